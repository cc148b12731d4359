package nl.weerbaar.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
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
        "cycle without exit   | \"next\": \"einde\"} | \"next\": \"begin\"} | keuze | geen einde bereikbaar: een lus zonder uitweg via 'begin', 'keuze'",
        "unreachable node     | {\"id\": \"einde\" | {\"id\": \"wees\", \"type\": \"end\", \"text\": \"Los.\", \"debrief\": \"Niemand komt hier.\"},\\n    {\"id\": \"einde\" | wees | niet bereikbaar vanaf de start",
        "dead end: no next    | , \"next\": \"keuze\"} | } | begin | doodlopend: een situatie heeft een volgende node (next) nodig",
        "dead end after choice| \"type\": \"end\" | \"type\": \"situation\" | keuze | geen einde bereikbaar: de paden lopen dood bij 'einde'",
        "dead end is named    | \"type\": \"end\" | \"type\": \"situation\" | einde | doodlopend",
        "five choices         | {\"id\": \"laten\", | {\"id\": \"a\", \"text\": \"A\", \"feedback\": \"A.\", \"scores\": {\"A1\": 0}, \"next\": \"einde\"},\\n      {\"id\": \"b\", \"text\": \"B\", \"feedback\": \"B.\", \"scores\": {\"A1\": 0}, \"next\": \"einde\"},\\n      {\"id\": \"c\", \"text\": \"C\", \"feedback\": \"C.\", \"scores\": {\"A1\": 0}, \"next\": \"einde\"},\\n      {\"id\": \"laten\", | keuze | 2 tot 4 keuzes, niet 5",
        "empty feedback       | \"feedback\": \"Goed.\" | \"feedback\": \"\" | keuze | keuze 'melden' mist tekst of feedback",
        "missing title        | \"title\": \"Test\", | | | veld 'title' ontbreekt",
        "empty title          | \"title\": \"Test\" | \"title\": \"  \" | | titel ontbreekt"
    })
    void brokenScenariosNameTheProblemAndTheNode(String name, String replace, String with, String node, String message) {
        String broken = VALID.replace(replace.replace("\\n", "\n"), with == null ? "" : with.replace("\\n", "\n"));
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

    @Test
    void emptyFilesAndOtherJsonAreReportedNotThrown() {
        for (String text : List.of("", "  \n", "[1, 2]", "\"scenario\"", "{} {}")) {
            List<ScenarioProblem> problems = ScenarioValidator.validate("kapot.json", text);
            assertFalse(problems.isEmpty(), "'" + text + "'");
            assertTrue(problems.stream().allMatch(p -> p.file().equals("kapot.json")), problems.toString());
        }
    }

    @Test
    void invalidSyntaxNamesTheLineWhereTheParserStopped() {
        String broken = VALID.replace("\"next\": \"keuze\"},", "\"next\": \"keuze\"}");
        List<ScenarioProblem> problems = ScenarioValidator.validate("kapot.json", broken);
        assertEquals(1, problems.size(), problems.toString());
        ScenarioProblem problem = problems.get(0);
        int line = lineOf(broken, "{\"id\": \"keuze\"");
        assertEquals(line, problem.line(), problem.toString());
        assertNull(problem.node());
        assertTrue(problem.message().startsWith("geen geldige JSON (regel " + line + ", kolom "), problem.message());
        assertEquals(1, ScenarioValidator.validate("kapot.json", "{ nee").get(0).line());
    }

    @Test
    void problemsWithTopLevelFieldsNameTheirLine() {
        assertEquals(lineOf(VALID, "\"passMark\""), onlyLine(VALID.replace("\"passMark\": 2", "\"passMark\": 9"), "cesuur"));
        assertEquals(lineOf(VALID, "\"start\""), onlyLine(VALID.replace("\"start\": \"begin\"", "\"start\": \"elders\""), "startnode"));
        assertEquals(lineOf(VALID, "\"title\""), onlyLine(VALID.replace("\"title\": \"Test\"", "\"title\": \"\""), "titel"));
    }

    /** VALID with a Dutch word that is one byte in ISO-8859-1 and two in UTF-8. */
    static final String DUTCH = VALID.replace("\"text\": \"Laten\"", "\"text\": \"Beëindigen\"");

    @Test
    void aFileSavedAsIso88591IsRejectedWholeNamingTheLineOfTheFirstBadByte() {
        byte[] latin1 = DUTCH.getBytes(StandardCharsets.ISO_8859_1);
        int line = lineOf(DUTCH, "Beëindigen");
        ScenarioProblem expected = new ScenarioProblem("latin1.json", line, null,
                "het bestand is geen UTF-8 (regel " + line + "); sla het op als UTF-8");
        assertEquals(List.of(expected), ScenarioValidator.validate("latin1.json", latin1));
        ScenarioReader.Decoded decoded = ScenarioReader.decode("latin1.json", latin1);
        assertFalse(decoded.ok());
        assertNull(decoded.text());
        assertEquals(List.of(expected), decoded.problems());
        assertNull(ScenarioReader.read("latin1.json", latin1).scenario());
    }

    @Test
    void theFirstBadByteCountsEvenAfterValidUtf8() {
        String mixed = DUTCH.replace("\"title\": \"Test\"", "\"title\": \"Café\"");
        int cut = mixed.indexOf("Beëindigen");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(mixed.substring(0, cut).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(mixed.substring(cut).getBytes(StandardCharsets.ISO_8859_1));
        List<ScenarioProblem> problems = ScenarioValidator.validate("gemengd.json", bytes.toByteArray());
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(lineOf(mixed, "Beëindigen"), problems.get(0).line());
    }

    @Test
    void aFileSavedAsUtf16IsNotUtf8() {
        for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16)) {
            List<ScenarioProblem> problems = ScenarioValidator.validate("utf16.json", DUTCH.getBytes(charset));
            assertEquals(List.of(new ScenarioProblem("utf16.json", 1, null, "het bestand is geen UTF-8 (regel 1); sla het op als UTF-8")),
                    problems, charset.name());
        }
    }

    @Test
    void utf8WithOrWithoutByteOrderMarkIsAccepted() {
        byte[] utf8 = DUTCH.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertEquals(List.of(), ScenarioValidator.validate("utf8.json", utf8));
        assertEquals(List.of(), ScenarioValidator.validate("bom.json", withBom));
        ScenarioReader.Decoded decoded = ScenarioReader.decode("bom.json", withBom);
        assertTrue(decoded.ok());
        assertEquals(DUTCH, decoded.text());
        assertEquals("Beëindigen", ScenarioReader.read("bom.json", withBom).scenario().node("keuze").orElseThrow()
                .choices().get(1).text());
        assertEquals(List.of(), ScenarioValidator.validate("bom.json", "\uFEFF" + DUTCH), "a text read with its mark");
    }

    private static Integer onlyLine(String broken, String message) {
        List<ScenarioProblem> problems = ScenarioValidator.validate("kapot.json", broken).stream()
                .filter(p -> p.message().contains(message)).toList();
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0).line();
    }

    private static int lineOf(String text, String literal) {
        int at = text.indexOf(literal);
        assertTrue(at >= 0, literal);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
