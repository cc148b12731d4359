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
                  {"id": "melden", "text": "Melden", "feedback": "Zo kijkt een ander mee.", "scores": {"A1": 2}, "next": "einde"},
                  {"id": "laten", "text": "Laten", "feedback": "Jammer.", "scores": {"A1": -1}, "next": "mis"}
                ]},
                {"id": "einde", "type": "end", "text": "Klaar.", "debrief": "Nabespreking.", "passes": true},
                {"id": "mis", "type": "end", "text": "Gemist.", "debrief": "Nabespreking van het gemiste signaal.", "passes": false}
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
        "missing feedback     | \"feedback\": \"Zo kijkt een ander mee.\", | | keuze | mist tekst of feedback",
        "missing debrief      | , \"debrief\": \"Nabespreking.\" | | einde | nabespreking (debrief)",
        "pass mark too high   | \"passMark\": 2 | \"passMark\": 9 | | hoger dan de hoogst haalbare score 2",
        "unknown theme        | {\"A1\": -1} | {\"D\": -1} | keuze | onbekend thema 'D'",
        "empty text           | \"text\": \"Er ligt een brief.\" | \"text\": \"\" | begin | tekst ontbreekt",
        "one choice only      | ,\\n      {\"id\": \"laten\", \"text\": \"Laten\", \"feedback\": \"Jammer.\", \"scores\": {\"A1\": -1}, \"next\": \"mis\"} | | keuze | 2 tot 4 keuzes",
        "cycle without exit   | \"next\": \"einde\"},\\n      {\"id\": \"laten\", \"text\": \"Laten\", \"feedback\": \"Jammer.\", \"scores\": {\"A1\": -1}, \"next\": \"mis\"} | \"next\": \"begin\"},\\n      {\"id\": \"laten\", \"text\": \"Laten\", \"feedback\": \"Jammer.\", \"scores\": {\"A1\": -1}, \"next\": \"begin\"} | keuze | geen einde bereikbaar: een lus zonder uitweg via 'begin', 'keuze'",
        "unreachable node     | {\"id\": \"einde\" | {\"id\": \"wees\", \"type\": \"end\", \"text\": \"Los.\", \"debrief\": \"Niemand komt hier.\"},\\n    {\"id\": \"einde\" | wees | niet bereikbaar vanaf de start",
        "dead end: no next    | , \"next\": \"keuze\"} | } | begin | doodlopend: een situatie heeft een volgende node (next) nodig",
        "dead end after choice| \"type\": \"end\" | \"type\": \"situation\" | keuze | geen einde bereikbaar: de paden lopen dood bij 'einde'",
        "dead end is named    | \"type\": \"end\" | \"type\": \"situation\" | einde | doodlopend",
        "five choices         | {\"id\": \"laten\", | {\"id\": \"a\", \"text\": \"A\", \"feedback\": \"A.\", \"scores\": {\"A1\": 0}, \"next\": \"einde\"},\\n      {\"id\": \"b\", \"text\": \"B\", \"feedback\": \"B.\", \"scores\": {\"A1\": 0}, \"next\": \"einde\"},\\n      {\"id\": \"c\", \"text\": \"C\", \"feedback\": \"C.\", \"scores\": {\"A1\": 0}, \"next\": \"einde\"},\\n      {\"id\": \"laten\", | keuze | 2 tot 4 keuzes, niet 5",
        "empty feedback       | \"feedback\": \"Zo kijkt een ander mee.\" | \"feedback\": \"\" | keuze | keuze 'melden' mist tekst of feedback",
        "missing title        | \"title\": \"Test\", | | | veld 'title' ontbreekt",
        "empty title          | \"title\": \"Test\" | \"title\": \"  \" | | titel ontbreekt",
        "1: end without passes| , \"passes\": true | | einde | een einde zegt of het geslaagd is: passes true of false",
        "1: passes not boolean| \"passes\": true | \"passes\": \"ja\" | einde | 'passes' is true of false",
        "1: pass ending fails | \"passes\": true | \"passes\": false | einde | einde met passes false, maar 1 pad(en) halen de cesuur 2, bijvoorbeeld continue > melden met 2 punten",
        "1: fail ending passes| \"passes\": false | \"passes\": true | mis | einde met passes true, maar 1 pad(en) halen niet de cesuur 2",
        "2: no first branching| \"next\": \"mis\"} | \"next\": \"einde\"} | keuze | de eerste beslissing vertakt niet: alle keuzes leiden naar [einde]",
        "4: give-away Goed    | \"Zo kijkt | \"Goed: zo kijkt | keuze | de feedback op keuze 'melden' begint met 'goed'",
        "4: give-away Helaas  | \"Jammer. | \"Helaas, jammer. | keuze | keuze 'laten' begint met 'helaas'",
        "4: give-away Well done| \"Zo kijkt | \"Well done - zo kijkt | keuze | begint met 'well done'",
        "4: give-away Indeed  | \"Zo kijkt | \"  indeed: zo kijkt | keuze | begint met 'indeed'",
        "5: bron not a list   | \"scores\": {\"A1\": 2} | \"bron\": \"brief.txt\", \"scores\": {\"A1\": 2} | keuze | bron is een lijst van bronnen",
        "5: bron seed only    | \"scores\": {\"A1\": 2} | \"bron\": [{\"seed\": \"brief.txt\"}], \"scores\": {\"A1\": 2} | keuze | bron heeft seed en citaat, of publiek en url, niet [seed]",
        "5: bron mixed        | \"scores\": {\"A1\": 2} | \"bron\": [{\"seed\": \"b.txt\", \"citaat\": \"a b c\", \"url\": \"https://x.nl\"}], \"scores\": {\"A1\": 2} | keuze | bron heeft seed en citaat, of publiek en url",
        "5: bron http url     | \"scores\": {\"A1\": 2} | \"bron\": [{\"publiek\": \"Politie\", \"url\": \"http://politie.nl\"}], \"scores\": {\"A1\": 2} | keuze | publiek is een naam en url een https-adres",
        "5: bron empty citaat | \"debrief\": \"Nabespreking.\" | \"debrief\": \"Nabespreking.\", \"bron\": [{\"seed\": \"b.txt\", \"citaat\": \" \"}] | einde | seed en citaat zijn niet-lege teksten",
        "5: bron empty list   | \"debrief\": \"Nabespreking.\" | \"debrief\": \"Nabespreking.\", \"bron\": [] | einde | bron is leeg"
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

    @Test
    void wellFormedSourcesOnNodesAndChoicesAreReadAndValid() {
        String sourced = VALID.replace("\"scores\": {\"A1\": 2}", "\"bron\": [{\"seed\": \"brief.txt\", \"citaat\": \"elk signaal beoordelen\"}], \"scores\": {\"A1\": 2}")
                .replace("\"debrief\": \"Nabespreking.\"", "\"debrief\": \"Nabespreking.\", \"bron\": [{\"publiek\": \"Politie\", \"url\": \"https://www.politie.nl\"}]");
        assertEquals(List.of(), ScenarioValidator.validate("bron.json", sourced));
        Scenario s = ScenarioReader.read("bron.json", sourced).scenario();
        assertEquals(List.of(new Bron("brief.txt", "elk signaal beoordelen", null, null)), s.node("keuze").orElseThrow().choices().get(0).bron());
        assertEquals(List.of(new Bron(null, null, "Politie", "https://www.politie.nl")), s.node("einde").orElseThrow().bron());
        assertEquals(Boolean.TRUE, s.node("einde").orElseThrow().passes());
        assertEquals(Boolean.FALSE, s.node("mis").orElseThrow().passes());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Goed: u legt vast.         | goed",
        "terecht.                   | terecht",
        "'Juist' zou men zeggen     | juist",
        "Fout                       | fout",
        "Correct, because           | correct",
        "Right: the letter          | right",
        "Unfortunately it grows     | unfortunately"
    })
    void aGiveAwayWordIsTheFirstWordWhateverItsCase(String feedback, String word) {
        assertEquals(word, ScenarioValidator.giveAway(feedback));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Goedbedoeld, maar u staat er alleen voor.", "Het is goed dat u belt.",
        "Rightly or not, it spreads.", "Wellicht.", "Klopstok", "Zo houdt u de regie."})
    void otherOpeningsAreNoGiveAway(String feedback) {
        assertNull(ScenarioValidator.giveAway(feedback));
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
