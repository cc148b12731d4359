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

    /**
     * What is wrong with the shape of a {@code bron} value: it is a list, and each element is either exactly
     * {@code seed} and {@code citaat} or exactly {@code publiek} and an https {@code url}, none of them empty.
     * Whether the seed holds the citaat is a content test (the seeds are not shipped).
     */
    public static List<String> shapeProblems(JsonValue bron) {
        List<String> problems = new ArrayList<>();
        if (!(bron instanceof JsonArray array)) {
            problems.add("bron is een lijst van bronnen");
            return problems;
        }
        if (array.isEmpty()) {
            problems.add("bron is leeg");
        }
        for (JsonValue v : array) {
            if (!(v instanceof JsonObject b)) {
                problems.add("een bron is een object met seed en citaat, of publiek en url");
            } else if (b.keySet().equals(java.util.Set.of("seed", "citaat"))) {
                if (blank(text(b, "seed")) || blank(text(b, "citaat"))) {
                    problems.add("bron: seed en citaat zijn niet-lege teksten");
                }
            } else if (b.keySet().equals(java.util.Set.of("publiek", "url"))) {
                String url = text(b, "url");
                if (blank(text(b, "publiek")) || url == null || !url.matches("https://[^\\s]+")) {
                    problems.add("bron: publiek is een naam en url een https-adres");
                }
            } else {
                problems.add("bron heeft seed en citaat, of publiek en url, niet " + b.keySet());
            }
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? s.getString() : null;
    }
}
