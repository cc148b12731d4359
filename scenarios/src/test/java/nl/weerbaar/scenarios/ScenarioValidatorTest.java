package nl.weerbaar.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Broken scenarios and the exact problem the validator must name. */
class ScenarioValidatorTest {

    /** A small valid scenario; the cases below break one thing each. */
    static final String VALID = """
            {
              "id": "test-scenario",
              "version": 1,
              "title": "Test",
              "part": "A1",
              "estimatedMinutes": 5,
              "learningGoals": ["Signalen herkennen"],
              "source": "brief",
              "scoreRange": {"min": -1, "max": 2},
              "passMark": 2,
              "start": "begin",
              "nodes": [
                {"id": "begin", "type": "situation", "text": "Er ligt een brief.", "next": "keuze"},
                {"id": "keuze", "type": "decision", "text": "Wat doet u?", "choices": [
                  {"id": "melden", "text": "Melden", "feedback": "Goed.", "scores": {"A1": 2}, "next": "einde"},
                  {"id": "laten", "text": "Laten", "feedback": "Jammer.", "scores": {"A1": -1}, "next": "einde"}
                ]},
                {"id": "einde", "type": "end", "text": "Klaar.", "debrief": "Nabespreking."}
              ]
            }
            """;

    @org.junit.jupiter.api.Test
    void theValidExampleIsValid() {
        assertEquals(List.of(), ScenarioValidator.validate("test.json", VALID));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "dangling reference   | \"next\": \"einde\"} | \"next\": \"nergens\"} | keuze | verwijst naar 'nergens'",
        "unknown start        | \"start\": \"begin\" | \"start\": \"elders\" | | startnode 'elders' bestaat niet",
        "duplicate id         | \"id\": \"einde\" | \"id\": \"keuze\" | keuze | id komt meer dan eens voor",
        "score out of range   | {\"A1\": 2} | {\"A1\": 5} | keuze | valt buiten -1..2",
        "missing feedback     | \"feedback\": \"Goed.\", | | keuze | mist tekst of feedback",
        "missing debrief      | , \"debrief\": \"Nabespreking.\" | | einde | nabespreking (debrief)",
        "pass mark too high   | \"passMark\": 2 | \"passMark\": 9 | | hoger dan de hoogst haalbare score 2",
        "unknown theme        | {\"A1\": -1} | {\"D\": -1} | keuze | onbekend thema 'D'",
        "empty text           | \"text\": \"Er ligt een brief.\" | \"text\": \"\" | begin | tekst ontbreekt",
        "one choice only      | ,\\n      {\"id\": \"laten\", \"text\": \"Laten\", \"feedback\": \"Jammer.\", \"scores\": {\"A1\": -1}, \"next\": \"einde\"} | | keuze | 2 tot 4 keuzes",
        "cycle without exit   | \"next\": \"einde\"} | \"next\": \"begin\"} | keuze | geen einde bereikbaar"
    })
    void brokenScenariosNameTheProblemAndTheNode(String name, String replace, String with, String node, String message) {
        String broken = VALID.replace(replace.replace("\\n", "\n"), with == null ? "" : with);
        assertTrue(!broken.equals(VALID), "the case changes the example: " + name);
        List<ScenarioProblem> problems = ScenarioValidator.validate("kapot.json", broken);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains(message)
                && (node == null ? p.node() == null : node.equals(p.node()))), name + ": " + problems);
        problems.stream().filter(p -> p.node() != null).forEach(p -> assertTrue(p.line() != null && p.line() > 1, p.toString()));
        assertTrue(problems.stream().allMatch(p -> p.file().equals("kapot.json")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not json        | { nee",
        "no nodes        | {\"id\": \"x-y-z\"}"
    })
    void unreadableFilesAreReportedNotThrown(String name, String text) {
        List<ScenarioProblem> problems = ScenarioValidator.validate("kapot.json", text);
        assertTrue(!problems.isEmpty(), name);
    }
}
