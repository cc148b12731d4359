package nl.weerbaar.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The content test for sources (rule 5): in every shipped content file, Dutch and English, each
 * {@code bron} has the right shape, names a seed document that exists, and quotes words that stand in it
 * (whitespace and case aside). The seeds are not shipped; without them the test is skipped, saying why.
 */
class SeedSourcesTest {

    static final Path SEEDS = Path.of("../../shared/seeds");
    private static final Path DIR = Path.of("src/main/resources/scenarios");
    private static final Set<String> NOT_CONTENT = Set.of("modules.json", "scenario.schema.json");
    private static final Map<String, String> seeds = new HashMap<>();

    @BeforeAll
    static void readSeeds() throws IOException {
        if (!Files.isDirectory(SEEDS)) {
            System.out.println("SeedSourcesTest skipped: no seed documents at " + SEEDS.toAbsolutePath().normalize());
            return;
        }
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                seeds.put(f.getFileName().toString(), normalise(Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
    }

    static Stream<String> contentFiles() throws IOException {
        List<String> names = new ArrayList<>();
        for (Path dir : List.of(DIR, DIR.resolve("en"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(f -> f.toString().endsWith(".json") && !NOT_CONTENT.contains(f.getFileName().toString()))
                            .map(f -> DIR.relativize(f).toString()).sorted().forEach(names::add);
                }
            }
        }
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contentFiles")
    void everySourceIsASeedPassageOrANamedPublicSource(String file) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "no seed documents at " + SEEDS.toAbsolutePath().normalize());
        JsonValue root;
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(DIR.resolve(file), StandardCharsets.UTF_8)))) {
            root = reader.readValue();
        }
        List<String> problems = new ArrayList<>();
        walk(root, "", problems);
        assertTrue(problems.isEmpty(), file + ":\n" + String.join("\n", problems));
    }

    private static void walk(JsonValue value, String where, List<String> problems) {
        if (value instanceof JsonObject o) {
            String here = where + (o.get("id") instanceof jakarta.json.JsonString id ? "[" + id.getString() + "]" : "");
            o.forEach((key, v) -> {
                if (key.equals("bron")) {
                    check(v, here, problems);
                } else {
                    walk(v, here + "/" + key, problems);
                }
            });
        } else if (value instanceof JsonArray a) {
            a.forEach(v -> walk(v, where, problems));
        }
    }

    private static void check(JsonValue bron, String where, List<String> problems) {
        Bron.shapeProblems(bron).forEach(p -> problems.add(where + ": " + p));
        if (!(bron instanceof JsonArray list)) {
            return;
        }
        for (JsonValue v : list) {
            if (v instanceof JsonObject b && b.containsKey("seed") && b.containsKey("citaat")) {
                String seed = b.getString("seed", "");
                String citaat = normalise(b.getString("citaat", ""));
                if (!seeds.containsKey(seed)) {
                    problems.add(where + ": seed '" + seed + "' is not one of " + seeds.keySet());
                } else if (!seeds.get(seed).contains(citaat)) {
                    problems.add(where + ": '" + citaat + "' does not stand in " + seed);
                } else if (citaat.split("[\\s/]+").length < 3) {
                    problems.add(where + ": '" + citaat + "' is too short to identify a passage (3 words or more)");
                }
            }
        }
    }

    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
