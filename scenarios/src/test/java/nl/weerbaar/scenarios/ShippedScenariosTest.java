package nl.weerbaar.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every scenario the module ships is valid, and the modules cover the programme. */
class ShippedScenariosTest {

    private static final Path DIR = Path.of("src/main/resources/scenarios");

    private static List<Path> scenarioFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> f.toString().endsWith(".json"))
                    .filter(f -> !Set.of("modules.json", "scenario.schema.json", "sociale-kaart.json", "zelfscan.json").contains(f.getFileName().toString()))
                    .sorted().toList();
        }
    }

    @Test
    void everyShippedScenarioIsValid() throws IOException {
        List<Path> files = scenarioFiles();
        assertTrue(files.size() >= 7, "at least seven scenarios: " + files);
        for (Path file : files) {
            List<ScenarioProblem> problems = ScenarioValidator.validate(file.getFileName().toString(),
                    Files.readString(file, StandardCharsets.UTF_8));
            assertTrue(problems.isEmpty(), problems.toString());
        }
    }

    @Test
    void theScenariosCoverEveryAngleOfTheProgramme() throws IOException {
        Map<Theme, Integer> perPart = new EnumMap<>(Theme.class);
        for (Path file : scenarioFiles()) {
            Scenario s = ScenarioReader.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8)).scenario();
            assertEquals(s.id() + ".json", file.getFileName().toString(), "a file is named after its scenario");
            perPart.merge(s.part(), 1, Integer::sum);
        }
        assertTrue(perPart.getOrDefault(Theme.A1, 0) >= 1 && perPart.getOrDefault(Theme.A2, 0) >= 1
                && perPart.getOrDefault(Theme.A3, 0) >= 1, "one prevention scenario per angle: " + perPart);
        assertTrue(perPart.getOrDefault(Theme.B, 0) >= 2, "two support-network scenarios: " + perPart);
        assertTrue(perPart.getOrDefault(Theme.C, 0) >= 2, "two aftercare scenarios: " + perPart);
    }

    @Test
    void theModulesNameOnlyShippedScenariosAndCoverBeforeAndAfter() throws IOException {
        Set<String> shipped = new HashSet<>();
        for (Path file : scenarioFiles()) {
            shipped.add(file.getFileName().toString().replace(".json", ""));
        }
        Set<String> phases = new HashSet<>();
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(DIR.resolve("modules.json")))) {
            for (JsonObject module : reader.readArray().getValuesAs(JsonObject.class)) {
                phases.add(module.getString("phase"));
                Stream.concat(module.getJsonArray("requiredScenarios").getValuesAs(JsonString.class).stream(),
                                module.getJsonArray("optionalScenarios").getValuesAs(JsonString.class).stream())
                        .map(JsonString::getString)
                        .forEach(id -> assertTrue(shipped.contains(id), module.getString("id") + " names unknown " + id));
            }
        }
        assertEquals(Set.of("PRE", "POST"), phases);
    }
}
