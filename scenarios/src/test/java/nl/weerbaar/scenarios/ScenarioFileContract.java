package nl.weerbaar.scenarios;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

/**
 * What any uploaded scenario file, however broken, must get: a list of problems that each say what is
 * wrong, or, when there are none, a scenario that can be read and started. Shared by the Jazzer fuzz
 * test and the regression test that replays the inputs it found.
 */
final class ScenarioFileContract {

    private ScenarioFileContract() {
    }

    static void holdsFor(byte[] bytes) {
        List<ScenarioProblem> problems = ScenarioValidator.validate("fuzz.json", bytes);
        assertNotNull(problems);
        for (ScenarioProblem problem : problems) {
            assertNotNull(problem.message(), "every problem says what is wrong");
            assertFalse(problem.message().isBlank(), "every problem says what is wrong");
        }
        if (problems.isEmpty()) {
            Scenario scenario = ScenarioReader.read("fuzz.json", bytes).scenario();
            assertNotNull(scenario, "a file without problems is readable");
            Playthrough.start(scenario);
            ScenarioPaths.totals(scenario);
        }
    }
}
