package nl.weerbaar.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A scenario is played on its Dutch version and worded in English where a complete English version exists. */
class WordingTest {

    private static final Scenario DUTCH = read(ContentFiles.localized("/taalproef/", "proef.json", ContentLanguage.DUTCH_LOCALE).text());
    private static final String ENGLISH_TEXT = ContentFiles.localized("/taalproef/", "proef.json", Locale.ENGLISH).text();

    @Test
    void theEnglishWordsAreFoundByNodeAndChoiceIdOfTheDutchScenario() {
        Wording wording = Wording.of(DUTCH, read(ENGLISH_TEXT));
        assertEquals("en", wording.language());
        assertEquals("A trial in two languages", wording.title());
        Scenario.Node decision = DUTCH.node("keuze").orElseThrow();
        assertEquals("What do you do?", wording.text(decision));
        Scenario.Choice record = decision.choices().get(0);
        assertEquals("You have the card recorded.", wording.text(decision, record));
        assertEquals("Recording it completes the picture.", wording.feedback(decision, record));
        assertEquals("Record signals.", wording.debrief(DUTCH.node("gehaald").orElseThrow()));
        assertEquals("U legt de kaart vast.", record.text(), "the Dutch scenario itself is untouched");
    }

    @Test
    void withoutAnEnglishVersionTheDutchWordsAreUsed() {
        Wording wording = Wording.of(DUTCH, null);
        assertEquals("nl", wording.language());
        assertEquals("Een proef in twee talen", wording.title());
        assertTrue(wording.english().isEmpty());
        Scenario.Node decision = DUTCH.node("keuze").orElseThrow();
        assertEquals("U legt de kaart weg.", wording.text(decision, decision.choices().get(1)));
    }

    @Test
    void anEnglishVersionThatLacksANodeOrChoiceIsNotUsedAtAllSoNoPageMixesTheLanguages() {
        Scenario lacksChoice = read(ENGLISH_TEXT.replace("\"id\": \"wegleggen\"", "\"id\": \"anders\""));
        assertEquals("nl", Wording.of(DUTCH, lacksChoice).language());
        assertEquals("Wat doet u?", Wording.of(DUTCH, lacksChoice).text(DUTCH.node("keuze").orElseThrow()));
        Scenario lacksNode = read(ENGLISH_TEXT.replace("\"id\": \"niet-gehaald\"", "\"id\": \"elders\""));
        assertEquals("nl", Wording.of(DUTCH, lacksNode).language());
        Scenario otherScenario = read(ENGLISH_TEXT.replace("\"id\": \"proef\"", "\"id\": \"een-ander\""));
        assertEquals("nl", Wording.of(DUTCH, otherScenario).language());
    }

    private static Scenario read(String text) {
        return ScenarioReader.read("proef.json", text).scenario();
    }
}
