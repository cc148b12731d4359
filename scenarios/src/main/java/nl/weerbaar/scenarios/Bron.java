package nl.weerbaar.scenarios;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a fact in the content comes from: a passage of a seed document ({@code seed} is its file name
 * in the programme's source documents, {@code citaat} words that stand in it), or a named public source
 * where the seeds are silent ({@code publiek}, with an {@code url}). A mayor may act on what the content
 * says, so every factual statement names its source and a trainer can check it.
 */
public record Bron(String seed, String citaat, String publiek, String url) implements Serializable {

    /** Whether this names a passage of a seed document (otherwise a public source). */
    public boolean isSeed() {
        return seed != null;
    }

    /** The {@code bron} list of a JSON object; empty when it has none. Wrong shapes are skipped here and named by the validator. */
    public static List<Bron> of(JsonObject o) {
        List<Bron> list = new ArrayList<>();
        if (o.get("bron") instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (v instanceof JsonObject b) {
                    list.add(new Bron(text(b, "seed"), text(b, "citaat"), text(b, "publiek"), text(b, "url")));
                }
            }
        }
        return List.copyOf(list);
    }

    private static String text(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? s.getString() : null;
    }
}
