package nl.weerbaar.scenarios;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A self-assessment based on the CCV dossier (its four categories), the woningscan and the Toolkit Veilig
 * Bestuur: yes/no questions, each with the answer that is the risk and a concrete tip for it. The CCV's
 * own scan is not in the sources, so these questions are not the CCV's. The tip list is for the participant alone.
 */
public final class Zelfscan {

    /**
     * A question and the tip for its risky answer: {@code riskyAnswer} is the answer ({@code "risico"} in the
     * file: true for "ja", false for "nee") that gives the tip.
     */
    public record Question(String id, String category, String text, String tip, List<Bron> bron, boolean riskyAnswer)
            implements java.io.Serializable {
    }

    private Zelfscan() {
    }

    public static List<Question> questions() {
        try (InputStream in = Zelfscan.class.getResourceAsStream("/scenarios/zelfscan.json");
                JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.readObject().getJsonArray("categorieen").getValuesAs(JsonObject.class).stream()
                    .flatMap(c -> c.getJsonArray("vragen").getValuesAs(JsonObject.class).stream()
                            .map(v -> new Question(v.getString("id"), c.getString("naam"), v.getString("vraag"), v.getString("tip"), Bron.of(v),
                                    risky(v))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the zelfscan ships with the module", e);
        }
    }

    /** The tips for the questions given their risky answer (yes is true), in the order of the scan. */
    public static List<String> tips(Map<String, Boolean> answers) {
        return questions().stream().filter(q -> Boolean.valueOf(q.riskyAnswer()).equals(answers.get(q.id()))).map(Question::tip).toList();
    }

    private static boolean risky(JsonObject question) {
        return switch (question.getString("risico")) {
            case "ja" -> true;
            case "nee" -> false;
            default -> throw new IllegalStateException("zelfscan question " + question.getString("id") + ": risico is ja or nee");
        };
    }
}
