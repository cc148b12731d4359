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
 * A self-assessment based on the CCV dossier (its four categories), the woningscan and the Toolkit Veilig
 * Bestuur: yes/no questions, each with the answer that is the risk and a concrete tip for it. The CCV's
 * own scan is not in the sources, so these questions are not the CCV's. The tip list is for the participant
 * alone. It comes in Dutch and, where written ({@code scenarios/en/zelfscan.json}), in English with the same ids.
 */
public final class Zelfscan {

    static final String FILE = "zelfscan.json";

    /**
     * A question and the tip for its risky answer: {@code riskyAnswer} is the answer ({@code "risico"} in the
     * file: true for "ja", false for "nee") that gives the tip.
     */
    public record Question(String id, String category, String text, String tip, List<Bron> bron, boolean riskyAnswer)
            implements java.io.Serializable {
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

    /** The tips for the questions given their risky answer (yes is true), in the order of the scan. */
    public static List<String> tips(Map<String, Boolean> answers) {
        return tips(answers, ContentLanguage.DUTCH_LOCALE);
    }

    /** The same, in the user's language. */
    public static List<String> tips(Map<String, Boolean> answers, Locale locale) {
        return questions(locale).stream().filter(q -> Boolean.valueOf(q.riskyAnswer()).equals(answers.get(q.id())))
                .map(Question::tip).toList();
    }

    static List<Question> parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject().getJsonArray("categorieen").getValuesAs(JsonObject.class).stream()
                    .flatMap(c -> c.getJsonArray("vragen").getValuesAs(JsonObject.class).stream()
                            .map(v -> new Question(v.getString("id"), c.getString("naam"), v.getString("vraag"), v.getString("tip"),
                                    Bron.of(v), risky(v))))
                    .toList();
        }
    }

    private static boolean risky(JsonObject question) {
        return switch (question.getString("risico")) {
            case "ja" -> true;
            case "nee" -> false;
            default -> throw new IllegalStateException("zelfscan question " + question.getString("id") + ": risico is ja or nee");
        };
    }
}
