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
 * The self-assessment of the CCV dossier: 18 yes/no questions in four categories, each risky answer
 * leading to a concrete tip. The personal tip list is for the participant alone.
 */
public final class Zelfscan {

    /** A question and the tip for the risky answer ("nee": the measure is not taken yet). */
    public record Question(String id, String category, String text, String tip, List<Bron> bron) implements java.io.Serializable {
    }

    private Zelfscan() {
    }

    public static List<Question> questions() {
        try (InputStream in = Zelfscan.class.getResourceAsStream("/scenarios/zelfscan.json");
                JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.readObject().getJsonArray("categorieen").getValuesAs(JsonObject.class).stream()
                    .flatMap(c -> c.getJsonArray("vragen").getValuesAs(JsonObject.class).stream()
                            .map(v -> new Question(v.getString("id"), c.getString("naam"), v.getString("vraag"), v.getString("tip"), Bron.of(v))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the zelfscan ships with the module", e);
        }
    }

    /** The tips for the questions answered "no" (false), in the order of the scan. */
    public static List<String> tips(Map<String, Boolean> answers) {
        return questions().stream().filter(q -> Boolean.FALSE.equals(answers.get(q.id()))).map(Question::tip).toList();
    }
}
