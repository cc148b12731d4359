package nl.weerbaar.scenarios;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The scenario files shipped in this module: every scenario a shipped module names. */
public final class ShippedScenarios {

    private ShippedScenarios() {
    }

    public static List<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        LearningModule.shipped().forEach(m -> ids.addAll(m.scenarios()));
        return List.copyOf(ids);
    }

    /** The file's text as shipped, in Dutch (the authored language). */
    public static String text(String id) {
        return ContentFiles.dutch(ContentFiles.ROOT, id + ".json");
    }

    /** The file's English version ({@code scenarios/en/<id>.json}), if one was written. */
    public static Optional<String> englishText(String id) {
        return ContentFiles.english(ContentFiles.ROOT, id + ".json");
    }

    /** The file in the user's language: English for an English locale when it exists, Dutch otherwise. */
    public static String text(String id, Locale locale) {
        return ContentFiles.localized(ContentFiles.ROOT, id + ".json", locale).text();
    }

    /** The shipped scenario, read; shipped files are valid (their tests say so). */
    public static Scenario read(String id) {
        return ScenarioReader.read(id + ".json", text(id)).scenario();
    }

    /** The shipped scenario in the user's language, falling back to Dutch. */
    public static Scenario read(String id, Locale locale) {
        return ScenarioReader.read(id + ".json", text(id, locale)).scenario();
    }
}
