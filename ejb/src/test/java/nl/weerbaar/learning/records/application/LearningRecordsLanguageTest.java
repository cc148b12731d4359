package nl.weerbaar.learning.records.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import nl.weerbaar.scenarios.Scenario;
import nl.weerbaar.scenarios.Theme;
import nl.weerbaar.scenarios.Wording;
import org.junit.jupiter.api.Test;

/** xAPI display names are language maps: Dutch always, British English beside it where the version has an English text. */
class LearningRecordsLanguageTest {

    private static final Scenario DUTCH = scenario("De kaart", "Wat doet u?", "U legt hem vast.");
    private static final Scenario ENGLISH = scenario("The card", "What do you do?", "You have it recorded.");

    @Test
    void anActivityOfAVersionWithEnglishNamesItInBothLanguages() {
        Scenario.Node decision = DUTCH.node("keuze").orElseThrow();
        JsonObject definition = LearningRecords.activity(DUTCH, Wording.of(DUTCH, ENGLISH), decision).getJsonObject("definition");
        assertEquals("De kaart", definition.getJsonObject("name").getString("nl-NL"));
        assertEquals("The card", definition.getJsonObject("name").getString("en-GB"));
        assertEquals("What do you do?", definition.getJsonObject("description").getString("en-GB"));
        JsonObject choice = definition.getJsonArray("choices").getJsonObject(0);
        assertEquals("vastleggen", choice.getString("id"));
        assertEquals("U legt hem vast.", choice.getJsonObject("description").getString("nl-NL"));
        assertEquals("You have it recorded.", choice.getJsonObject("description").getString("en-GB"));
    }

    @Test
    void anActivityOfAVersionWithoutEnglishNamesItInDutchOnly() {
        JsonObject definition = LearningRecords.activity(DUTCH, Wording.dutch(DUTCH), null).getJsonObject("definition");
        assertEquals("De kaart", definition.getJsonObject("name").getString("nl-NL"));
        assertFalse(definition.getJsonObject("name").containsKey("en-GB"), definition.toString());
    }

    private static Scenario scenario(String title, String question, String choice) {
        Scenario.Choice c = new Scenario.Choice("vastleggen", choice, "-", Map.of(Theme.A1, 1), "einde", List.of());
        return new Scenario("kaart", 1, title, Theme.A1, 2, List.of("doel"), "bron", 0, 1, 1, "keuze",
                List.of(new Scenario.Node("keuze", Scenario.Type.DECISION, question, null, List.of(c), null, List.of(), null),
                        new Scenario.Node("einde", Scenario.Type.END, "Einde.", null, List.of(), "Nabespreking.", List.of(), Boolean.TRUE)));
    }
}
