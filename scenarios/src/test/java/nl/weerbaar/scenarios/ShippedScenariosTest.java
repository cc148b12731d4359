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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario the module ships is valid, and the modules cover the programme. */
class ShippedScenariosTest {

    private static final Path DIR = Path.of("src/main/resources/scenarios");
    private static final Path EN = DIR.resolve("en");
    private static final Set<String> NOT_SCENARIOS = Set.of("modules.json", "scenario.schema.json", "sociale-kaart.json", "zelfscan.json");

    private static List<Path> scenarioFiles() throws IOException {
        return scenarioFiles(DIR);
    }

    private static List<Path> scenarioFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json"))
                    .filter(f -> !NOT_SCENARIOS.contains(f.getFileName().toString()))
                    .sorted().toList();
        }
    }

    /** Every scenario file, Dutch and English, as its path under the scenarios folder. */
    static Stream<String> allScenarioFiles() throws IOException {
        return Stream.concat(scenarioFiles(DIR).stream(), scenarioFiles(EN).stream()).map(f -> DIR.relativize(f).toString());
    }

    /** Every Dutch content file that has an English version: the scenarios, the zelfscan and the support map. */
    static Stream<String> translatedFiles() throws IOException {
        return Stream.concat(scenarioFiles(DIR).stream().map(f -> f.getFileName().toString()), Stream.of("zelfscan.json", "sociale-kaart.json"));
    }

    @Test
    void thereAreAtLeastSevenScenarios() throws IOException {
        assertTrue(scenarioFiles().size() >= 7, "at least seven scenarios: " + scenarioFiles());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allScenarioFiles")
    void everyShippedScenarioIsValid(String file) throws IOException {
        List<ScenarioProblem> problems = ScenarioValidator.validate(file, Files.readString(DIR.resolve(file), StandardCharsets.UTF_8));
        assertTrue(problems.isEmpty(), String.join("\n", problems.stream().map(ScenarioProblem::toString).toList()));
    }

    /** Rule 6: an English version of every content file, with exactly the Dutch structure. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("translatedFiles")
    void everyContentFileHasAnEnglishVersionOfTheSameStructure(String file) throws IOException {
        assertTrue(Files.exists(EN.resolve(file)), "en/" + file + " is missing");
        List<ScenarioProblem> problems = ScenarioValidator.validateTranslation("en/" + file,
                Files.readString(DIR.resolve(file), StandardCharsets.UTF_8), Files.readString(EN.resolve(file), StandardCharsets.UTF_8));
        assertTrue(problems.isEmpty(), String.join("\n", problems.stream().map(ScenarioProblem::toString).toList()));
    }

    /** Rule 3, in both languages (lengths differ): per module the best option is not systematically the longest. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"nl", "en"})
    void perModuleTheBestOptionIsNotSystematicallyTheLongest(String language) throws IOException {
        Path dir = language.equals("nl") ? DIR : EN;
        List<ScenarioProblem> problems = new java.util.ArrayList<>();
        for (LearningModule module : LearningModule.shipped()) {
            List<Scenario> scenarios = new java.util.ArrayList<>();
            for (String id : module.scenarios()) {
                Path file = dir.resolve(id + ".json");
                assertTrue(Files.exists(file), file + " is missing");
                scenarios.add(ScenarioReader.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8)).scenario());
            }
            ModuleCheck.Figures f = ModuleCheck.figures(scenarios);
            System.out.printf("module %s (%s): %d decisions, best option longest %d%%, first %d%%, options of similar length in %d%n",
                    module.id(), language, f.decisions(), f.bestLongestPercent(), f.bestFirstPercent(),
                    f.similarLength());
            problems.addAll(ScenarioValidator.validateModule(module.id(), scenarios));
        }
        assertTrue(problems.isEmpty(), problems.toString());
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
