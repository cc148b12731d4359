package nl.weerbaar.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * EclipseLink takes nextval as the top of a block of allocationSize ids; when the sequence's increment is
 * smaller, two servers (or one after a restart) hand out the same ids. So every entity's allocationSize must
 * equal its sequence's increment after all migrations, in file order.
 */
class SequenceBlocksTest {

    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    private static final Pattern GENERATOR = Pattern.compile(
            "@SequenceGenerator\\([^)]*sequenceName\\s*=\\s*\"(\\w+)\"[^)]*allocationSize\\s*=\\s*(\\d+)");
    private static final Pattern INCREMENT = Pattern.compile(
            "(?i)(?:create|alter)\\s+sequence\\s+(\\w+)[^;]*?increment\\s+by\\s+(\\d+)");
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__");

    @Test
    void everyAllocationSizeIsItsSequencesIncrement() throws IOException {
        Map<String, Integer> increments = increments();
        Map<String, Integer> sizes = allocationSizes();
        assertFalse(sizes.isEmpty(), "no @SequenceGenerator found under src/main/java");
        sizes.forEach((sequence, size) -> {
            assertTrue(increments.containsKey(sequence), sequence + " is used by an entity but no migration creates it");
            assertEquals(increments.get(sequence), size, "allocationSize of " + sequence
                    + " differs from its increment in the migrations");
        });
    }

    private static Map<String, Integer> allocationSizes() throws IOException {
        Map<String, Integer> sizes = new HashMap<>();
        try (Stream<Path> files = Files.walk(MODULE.resolve("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = GENERATOR.matcher(Files.readString(file));
                while (m.find()) {
                    sizes.put(m.group(1), Integer.valueOf(m.group(2)));
                }
            }
        }
        return sizes;
    }

    /** Every migration, common and per database, in version order. */
    private static Map<String, Integer> increments() throws IOException {
        List<Path> migrations;
        try (Stream<Path> files = Files.walk(MODULE.resolve("src/main/resources/db"))) {
            migrations = files.filter(f -> f.toString().endsWith(".sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
        }
        Map<String, Integer> increments = new HashMap<>();
        for (Path migration : migrations) {
            Matcher m = INCREMENT.matcher(Files.readString(migration));
            while (m.find()) {
                increments.put(m.group(1).toLowerCase(), Integer.valueOf(m.group(2)));
            }
        }
        return increments;
    }

    private static int version(Path migration) {
        Matcher m = VERSION.matcher(migration.getFileName().toString());
        return m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }
}
