package nl.weerbaar.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A Flyway migration that has landed on main is frozen: databases out there have applied it, and Flyway refuses
 * to start when an applied file's checksum changes. The manifest lists every landed file with its SHA-256.
 */
class LandedMigrationsTest {

    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    /** Both the common set (db/migration) and the per-database folders (db/vendor/h2, db/vendor/postgresql). */
    private static final Path MIGRATIONS = MODULE.resolve("src/main/resources/db");
    private static final Path MANIFEST = MODULE.resolve("src/test/resources/landed-migrations.sha256");
    private static final String MANIFEST_NAME = "ejb/src/test/resources/landed-migrations.sha256";

    @Test
    void landedMigrationIsNeverChanged() {
        Map<String, String> landed = manifest();
        assertFalse(landed.isEmpty(), MANIFEST_NAME + " lists no migration");
        for (Map.Entry<String, String> entry : landed.entrySet()) {
            Path file = MIGRATIONS.resolve(entry.getKey());
            assertTrue(Files.isRegularFile(file), "the landed migration " + entry.getKey()
                    + " was removed; a migration on main is never removed: restore it, and put the change in a new version");
            assertEquals(entry.getValue(), sha256(file), "the landed migration " + entry.getKey()
                    + " was changed; a migration on main is never edited: restore it, and put the change in a new version");
        }
    }

    @Test
    void everyMigrationIsInTheManifest() {
        Map<String, String> landed = manifest();
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            files.filter(Files::isRegularFile).map(LandedMigrationsTest::name)
                    .filter(name -> !landed.containsKey(name))
                    .forEach(missing::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!missing.isEmpty()) {
            fail("migrations missing from " + MANIFEST_NAME + ": " + missing
                    + "; add each one's line in the same commit that adds the file: "
                    + "(cd ejb/src/main/resources/db && sha256sum " + String.join(" ", missing)
                    + ") >> " + MANIFEST_NAME);
        }
    }

    @Test
    void eachVersionStandsInTheCommonSetOrOnceForEveryDatabase() {
        Map<String, java.util.Set<String>> foldersByVersion = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            files.filter(Files::isRegularFile).map(LandedMigrationsTest::name).forEach(name -> {
                String file = name.substring(name.lastIndexOf('/') + 1);
                String version = file.substring(0, file.indexOf("__"));
                foldersByVersion.computeIfAbsent(version, v -> new TreeSet<>()).add(name.substring(0, name.lastIndexOf('/')));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.util.Set<String> everyDatabase = java.util.Set.of("vendor/h2", "vendor/postgresql");
        foldersByVersion.forEach((version, folders) -> assertTrue(
                folders.equals(java.util.Set.of("migration")) || folders.equals(everyDatabase),
                version + " stands in " + folders + ": a version is either common (db/migration) or in every database's folder "
                        + everyDatabase + ", so that Flyway sees it exactly once on each database"));
    }

    /** A migration's name in the manifest: its path below db/, with forward slashes. */
    private static String name(Path file) {
        return MIGRATIONS.relativize(file).toString().replace('\\', '/');
    }

    private static Map<String, String> manifest() {
        List<String> lines;
        try {
            lines = Files.readAllLines(MANIFEST);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MANIFEST_NAME, e);
        }
        Map<String, String> landed = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            // sha256sum's format: the hex digest, two spaces (or a space and '*' in binary mode), the file name
            String[] parts = line.trim().split("\\s+\\*?", 2);
            assertEquals(2, parts.length, "a line of " + MANIFEST_NAME + " is '<sha256>  <file name>', not: " + line);
            landed.put(parts[1], parts[0].toLowerCase());
        }
        return landed;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
