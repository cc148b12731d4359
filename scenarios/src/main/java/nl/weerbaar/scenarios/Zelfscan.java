package nl.weerbaar.scenarios;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The self-assessment of the CCV dossier: 18 yes/no questions in four categories, each risky answer
 * leading to a concrete tip. The personal tip list is for the participant alone. It comes in Dutch
 * and, where written ({@code scenarios/en/zelfscan.json}), in English with the same question ids.
 */
public final class Zelfscan {

    static final String FILE = "zelfscan.json";

    /** A question and the tip for the risky answer ("nee": the measure is not taken yet). */
    public record Question(String id, String category, String text, String tip, List<Bron> bron) implements java.io.Serializable {
    }

    /** The questions per content language: the files ship in the jar and do not change while it runs. */
    private static final Map<String, List<Question>> READ = new ConcurrentHashMap<>();

    private Zelfscan() {
    }

    /** The questions in Dutch. */
    public static List<Question> questions() {
        return questions(ContentLanguage.DUTCH_LOCALE);
    }

    /** The questions in the user's language: English for an English locale when written, Dutch otherwise. */
    public static List<Question> questions(Locale locale) {
        return READ.computeIfAbsent(language(locale), l -> parse(ContentFiles.localized(ContentFiles.ROOT, FILE, locale).text()));
    }

    /** The language {@link #questions(Locale)} gives for this locale: {@code en} or, falling back, {@code nl}. */
    public static String language(Locale locale) {
        return ContentFiles.language(ContentFiles.ROOT, FILE, locale);
    }

    /** The tips for the questions answered "no" (false), in the order of the scan. */
    public static List<String> tips(Map<String, Boolean> answers) {
        return tips(answers, ContentLanguage.DUTCH_LOCALE);
    }

    /** The same, in the user's language. */
    public static List<String> tips(Map<String, Boolean> answers, Locale locale) {
        return questions(locale).stream().filter(q -> Boolean.FALSE.equals(answers.get(q.id()))).map(Question::tip).toList();
    }

    static List<Question> parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject().getJsonArray("categorieen").getValuesAs(JsonObject.class).stream()
                    .flatMap(c -> c.getJsonArray("vragen").getValuesAs(JsonObject.class).stream()
                            .map(v -> new Question(v.getString("id"), c.getString("naam"), v.getString("vraag"), v.getString("tip"), Bron.of(v))))
                    .toList();
        }
    }
}
