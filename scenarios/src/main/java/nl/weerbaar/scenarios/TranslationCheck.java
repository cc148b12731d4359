package nl.weerbaar.scenarios;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rule 6 of the content agreements: an English file (scenario, zelfscan or support map under {@code en/})
 * has exactly the structure of its Dutch file. Ids, versions, scores, references, {@code passes} and
 * {@code bron} (its citaat quotes the Dutch seed) are equal; only the human text may differ, and must be there.
 */
public final class TranslationCheck {

    /** The keys whose text is translated; everything else is structure and stays the same. */
    static final Set<String> HUMAN = Set.of("title", "learningGoals", "text", "feedback", "debrief", "intro", "naam", "vraag", "tip",
            "wanneer");

    /** Human text that must not be the Dutch text again (names of organisations may stay Dutch, so not "naam"). */
    private static final Set<String> PROSE = Set.of("text", "feedback", "debrief", "intro", "vraag", "tip", "wanneer");

    private final String file;
    private final String english;
    private final List<ScenarioProblem> problems = new ArrayList<>();

    private TranslationCheck(String file, String english) {
        this.file = file;
        this.english = english;
    }

    /** Every difference in structure between the Dutch text and its English version, named in the English file. */
    public static List<ScenarioProblem> compare(String file, String dutch, String english) {
        TranslationCheck check = new TranslationCheck(file, english);
        JsonValue nl = parse(dutch);
        JsonValue en = parse(english);
        if (nl == null || en == null) {
            check.problems.add(new ScenarioProblem(file, null, null, (nl == null ? "het Nederlandse" : "het Engelse") + " bestand is geen geldige JSON"));
        } else {
            check.compare(nl, en, "", null, null);
        }
        return check.problems;
    }

    private void compare(JsonValue nl, JsonValue en, String where, String id, String humanKey) {
        if (nl.getValueType() != en.getValueType() && !(bool(nl) && bool(en))) {
            differ(where, id, "is in het Engels een " + en.getValueType() + " in plaats van een " + nl.getValueType());
            return;
        }
        if (humanKey != null && nl instanceof JsonString dutch) {
            String text = ((JsonString) en).getString();
            if (text.isBlank()) {
                differ(where, id, "is niet vertaald (leeg)");
            } else if (PROSE.contains(humanKey) && text.equals(dutch.getString()) && text.contains(" ")) {
                differ(where, id, "is niet vertaald (gelijk aan het Nederlands)");
            }
            return;
        }
        switch (nl.getValueType()) {
            case OBJECT -> {
                JsonObject a = nl.asJsonObject();
                JsonObject b = en.asJsonObject();
                // Named by the English id, where the reader will look; the root's id is the file's, not a node's.
                String here = where.isEmpty() ? null : b.get("id") instanceof JsonString s ? s.getString() : id;
                if (!a.keySet().equals(b.keySet())) {
                    Set<String> missing = new TreeSet<>(a.keySet());
                    missing.removeAll(b.keySet());
                    Set<String> extra = new TreeSet<>(b.keySet());
                    extra.removeAll(a.keySet());
                    differ(where, here, "heeft andere velden: ontbreekt " + missing + ", extra " + extra);
                }
                for (String key : a.keySet()) {
                    if (b.containsKey(key)) {
                        compare(a.get(key), b.get(key), where + "/" + key, here, HUMAN.contains(key) ? key : humanKey);
                    }
                }
            }
            case ARRAY -> {
                JsonArray a = nl.asJsonArray();
                JsonArray b = en.asJsonArray();
                if (a.size() != b.size()) {
                    differ(where, id, "heeft " + b.size() + " elementen in plaats van " + a.size());
                    return;
                }
                for (int i = 0; i < a.size(); i++) {
                    String element = a.get(i) instanceof JsonObject o && o.get("id") instanceof JsonString s ? s.getString() : String.valueOf(i);
                    compare(a.get(i), b.get(i), where + "[" + element + "]", id, humanKey);
                }
            }
            default -> {
                if (!nl.equals(en)) {
                    differ(where, id, "is " + en + " in het Engels en " + nl + " in het Nederlands; alleen tekst wordt vertaald");
                }
            }
        }
    }

    private static boolean bool(JsonValue v) {
        return v.getValueType() == JsonValue.ValueType.TRUE || v.getValueType() == JsonValue.ValueType.FALSE;
    }

    private void differ(String where, String id, String message) {
        problems.add(new ScenarioProblem(file, id == null ? null : ScenarioReader.lineOfNode(english, id), id,
                "vertaling: " + (where.isEmpty() ? "/" : where) + " " + message));
    }

    private static JsonValue parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))) {
            return reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }
}
