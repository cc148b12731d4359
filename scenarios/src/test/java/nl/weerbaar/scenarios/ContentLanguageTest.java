package nl.weerbaar.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Content comes in the user's language where an English file was written, and in Dutch otherwise. */
class ContentLanguageTest {

    private static final String TEST_ROOT = "/taalproef/";
    private static final Locale DUTCH = ContentLanguage.DUTCH_LOCALE;

    @Test
    void anEnglishUserGetsTheEnglishFileWhereOneIsWritten() {
        ContentFiles.Localized file = ContentFiles.localized(TEST_ROOT, "proef.json", Locale.ENGLISH);
        assertEquals("en", file.language());
        assertTrue(file.text().contains("A trial in two languages"), file.text());
        assertEquals("en", ContentFiles.language(TEST_ROOT, "proef.json", Locale.UK));
    }

    @Test
    void anEnglishUserGetsTheDutchFileWhereNoEnglishOneIsWritten() {
        ContentFiles.Localized file = ContentFiles.localized(TEST_ROOT, "alleen-nl.json", Locale.ENGLISH);
        assertEquals("nl", file.language());
        assertTrue(file.text().contains("Nederlands"));
        assertEquals("nl", ContentFiles.language(TEST_ROOT, "alleen-nl.json", Locale.ENGLISH));
    }

    @Test
    void aDutchOrOtherUserAlwaysGetsTheDutchFile() {
        for (Locale locale : new Locale[] {DUTCH, Locale.forLanguageTag("nl-BE"), Locale.GERMAN, null}) {
            ContentFiles.Localized file = ContentFiles.localized(TEST_ROOT, "proef.json", locale);
            assertEquals("nl", file.language(), String.valueOf(locale));
            assertTrue(file.text().contains("Een proef in twee talen"));
        }
    }

    @Test
    void everyShippedScenarioIsInEnglishExactlyWhenItsEnglishFileExists() {
        for (String id : ShippedScenarios.ids()) {
            String expected = ShippedScenarios.englishText(id).orElse(ShippedScenarios.text(id));
            assertEquals(expected, ShippedScenarios.text(id, Locale.ENGLISH), id);
            assertEquals(ShippedScenarios.text(id), ShippedScenarios.text(id, DUTCH), id);
            assertEquals(ShippedScenarios.read(id).nodes().size(), ShippedScenarios.read(id, Locale.ENGLISH).nodes().size(), id);
        }
    }

    @Test
    void theZelfscanFallsBackToDutchAndKeepsItsQuestionIdsInEnglish() {
        assertEquals("nl", Zelfscan.language(DUTCH));
        Map<String, Zelfscan.Question> dutch = byId(Zelfscan.questions(), Zelfscan.Question::id);
        Map<String, Zelfscan.Question> english = byId(Zelfscan.questions(Locale.ENGLISH), Zelfscan.Question::id);
        assertEquals(dutch.keySet(), english.keySet());
        if (Zelfscan.language(Locale.ENGLISH).equals("nl")) {
            assertEquals(Zelfscan.questions(), Zelfscan.questions(Locale.ENGLISH), "no English file: the Dutch questions");
        } else {
            assertTrue(dutch.keySet().stream().anyMatch(id -> !dutch.get(id).text().equals(english.get(id).text())),
                    "an English file: English questions");
        }
        String first = Zelfscan.questions().get(0).id();
        assertEquals(java.util.List.of(english.get(first).tip()), Zelfscan.tips(Map.of(first, false), Locale.ENGLISH),
                "the tip in the language of the questions");
    }

    @Test
    void theSupportMapFallsBackToDutchAndKeepsItsIdsAndNumbersInEnglish() {
        assertEquals("nl", SupportMap.language(DUTCH));
        Map<String, SupportMap.Instance> dutch = byId(SupportMap.instances(), SupportMap.Instance::id);
        Map<String, SupportMap.Instance> english = byId(SupportMap.instances(Locale.ENGLISH), SupportMap.Instance::id);
        assertEquals(dutch.keySet(), english.keySet());
        dutch.forEach((id, i) -> assertEquals(i.phone(), english.get(id).phone(), "the same number in either language: " + id));
        if (SupportMap.language(Locale.ENGLISH).equals("nl")) {
            assertEquals(SupportMap.instances(), SupportMap.instances(Locale.ENGLISH));
        }
    }

    private static <T> Map<String, T> byId(java.util.List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
