package nl.weerbaar.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule 6: an English file has exactly the structure of its Dutch file; only the human text differs. */
class TranslationCheckTest {

    private static final String DUTCH = ScenarioValidatorTest.VALID.replace("\"scores\": {\"A1\": 2}",
            "\"bron\": [{\"seed\": \"brief.txt\", \"citaat\": \"elk signaal beoordelen\"}], \"scores\": {\"A1\": 2}");

    /** The Dutch example with every human text in English. */
    static final String ENGLISH = DUTCH.replace("\"title\": \"Test\"", "\"title\": \"Test in English\"")
            .replace("Signalen herkennen", "Recognising signals").replace("Er ligt een brief.", "There is a letter.")
            .replace("Wat doet u?", "What do you do?").replace("\"Melden\"", "\"Report it\"").replace("\"Laten\"", "\"Leave it\"")
            .replace("Zo kijkt een ander mee.", "That way someone else looks at it too.").replace("Jammer.", "A pity.")
            .replace("Klaar.", "Done.").replace("\"Nabespreking.\"", "\"Debrief.\"").replace("Gemist.", "Missed.")
            .replace("Nabespreking van het gemiste signaal.", "Debrief of the missed signal.");

    @Test
    void aFaithfulTranslationHasNoProblems() {
        assertEquals(List.of(), ScenarioValidator.validateTranslation("en/test.json", DUTCH, ENGLISH));
        assertEquals(List.of(), ScenarioValidator.validate("en/test.json", ENGLISH), "the English file is a valid scenario too");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "other score        | {\"A1\": -1} | {\"A1\": 0} | laten | /nodes[keuze]/choices[laten]/scores/A1 is 0 in het Engels en -1",
        "other next         | \"next\": \"mis\" | \"next\": \"einde\" | laten | /nodes[keuze]/choices[laten]/next is \"einde\"",
        "other version      | \"version\": 1 | \"version\": 2 | | /version is 2",
        "other passes       | \"passes\": false | \"passes\": true | mis | /nodes[mis]/passes is true",
        "other citaat       | elk signaal beoordelen | judge every signal | melden | /nodes[keuze]/choices[melden]/bron[0]/citaat is \"judge every signal\"",
        "missing key        | , \"passes\": true | | einde | /nodes[einde] heeft andere velden: ontbreekt [passes], extra []",
        "extra key          | \"passes\": true | \"passes\": true, \"note\": \"x\" | einde | /nodes[einde] heeft andere velden: ontbreekt [], extra [note]",
        "other node id      | \"id\": \"mis\" | \"id\": \"missed\" | missed | /nodes[mis]/id is \"missed\"",
        "text not translated| There is a letter. | Er ligt een brief. | begin | /nodes[begin]/text is niet vertaald (gelijk aan het Nederlands)",
        "text empty         | \"Debrief.\" | \"\" | einde | /nodes[einde]/debrief is niet vertaald (leeg)",
        "fewer goals        | [\"Recognising signals\"] | [] | | /learningGoals heeft 0 elementen in plaats van 1",
        "text is a number   | \"text\": \"Done.\" | \"text\": 1 | einde | /nodes[einde]/text is in het Engels een NUMBER"
    })
    void structuralDifferencesAreNamedInTheEnglishFile(String name, String replace, String with, String node, String message) {
        String broken = ENGLISH.replace(replace, with == null ? "" : with);
        assertTrue(!broken.equals(ENGLISH), name);
        List<ScenarioProblem> problems = ScenarioValidator.validateTranslation("en/test.json", DUTCH, broken);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("vertaling: " + message)
                && (node == null ? p.node() == null : node.equals(p.node()))), name + ": " + problems);
        problems.stream().filter(p -> p.node() != null).forEach(p -> assertTrue(p.line() != null && p.line() > 1, p.toString()));
    }

    @Test
    void theChoicesInAnotherOrderAreAnotherStructure() {
        String melden = "{\"id\": \"melden\", \"text\": \"Report it\"";
        String swapped = ENGLISH.replace(melden, "{\"id\": \"PLACEHOLDER\", \"text\": \"Report it\"")
                .replace("{\"id\": \"laten\"", "{\"id\": \"melden\"").replace("\"PLACEHOLDER\"", "\"laten\"");
        assertTrue(ScenarioValidator.validateTranslation("en/test.json", DUTCH, swapped).stream()
                .anyMatch(p -> p.message().contains("/nodes[keuze]/choices[melden]/id is \"laten\"")));
    }

    @Test
    void theZelfscanAndTheSupportMapAreCheckedTheSameWay() {
        String zelfscan = """
                {"bron": [{"seed": "ccv.txt", "citaat": "de zelfscan geeft"}], "categorieen": [{"id": "woning", "naam": "Veiligheid in en om de woning",
                  "vragen": [{"id": "w1", "vraag": "Hebt u de woningscan laten doen?", "risico": "nee", "tip": "Vraag hem aan.",
                              "bron": [{"seed": "ccv.txt", "citaat": "gratis woningscan"}]}]}]}
                """;
        String english = zelfscan.replace("Veiligheid in en om de woning", "Safety in and around the home")
                .replace("Hebt u de woningscan laten doen?", "Have you had the home scan done?").replace("Vraag hem aan.", "Request it.");
        assertEquals(List.of(), ScenarioValidator.validateTranslation("en/zelfscan.json", zelfscan, english));
        assertTrue(ScenarioValidator.validateTranslation("en/zelfscan.json", zelfscan, english.replace("\"nee\"", "\"ja\"")).stream()
                .anyMatch(p -> p.message().contains("/categorieen[woning]/vragen[w1]/risico") && "w1".equals(p.node())));

        String map = """
                [{"id": "vertrouwenslijn", "naam": "Vertrouwenslijn", "telefoon": "0800 2800 200", "wanneer": "Zeven dagen per week.",
                  "bron": [{"seed": "brief.txt", "citaat": "zeven dagen per week"}]}]
                """;
        String englishMap = map.replace("\"Vertrouwenslijn\",", "\"Vertrouwenslijn (confidential helpline)\",")
                .replace("Zeven dagen per week.", "Seven days a week.");
        assertEquals(List.of(), ScenarioValidator.validateTranslation("en/sociale-kaart.json", map, englishMap));
        assertTrue(ScenarioValidator.validateTranslation("en/sociale-kaart.json", map, englishMap.replace("0800 2800 200", "0800 2800 201"))
                .stream().anyMatch(p -> p.message().contains("vertaling: [vertrouwenslijn]/telefoon is")));
    }

    @Test
    void unreadableJsonIsReported() {
        assertEquals(1, ScenarioValidator.validateTranslation("en/x.json", DUTCH, "{ no").size());
    }
}
