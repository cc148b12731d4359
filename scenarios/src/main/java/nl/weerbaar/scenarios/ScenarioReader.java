package nl.weerbaar.scenarios;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a scenario file (JSON). Structural problems (not UTF-8, not JSON, a missing or wrongly typed
 * field) become {@link ScenarioProblem}s naming the file and, where it can be found, the line.
 */
public final class ScenarioReader {

    /** The outcome: the scenario when it could be read, and what was wrong. */
    public record Result(Scenario scenario, List<ScenarioProblem> problems) {
    }

    /**
     * The text of a file's bytes: the text when they are UTF-8 (problems empty), otherwise no text
     * (null) and the one problem naming the line of the first bad byte.
     */
    public record Decoded(String text, List<ScenarioProblem> problems) {

        public Decoded {
            problems = List.copyOf(problems);
        }

        /** Whether the bytes were UTF-8, so {@link #text()} can be read. */
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final char BOM = '\uFEFF';

    private final String file;
    private final String text;
    private final List<ScenarioProblem> problems = new ArrayList<>();

    private ScenarioReader(String file, String text) {
        this.file = file;
        this.text = text;
    }

    public static Result read(String file, String text) {
        return new ScenarioReader(file, text).read();
    }

    /** Reads the bytes of a file: strictly UTF-8 (see {@link #decode}), then as {@link #read(String, String)}. */
    public static Result read(String file, byte[] bytes) {
        Decoded decoded = decode(file, bytes);
        return decoded.ok() ? read(file, decoded.text()) : new Result(null, decoded.problems());
    }

    /**
     * Decodes the bytes of a scenario file strictly as UTF-8: a byte order mark at the start is allowed
     * and dropped; malformed bytes (a file saved as ISO-8859-1 or Windows-1252, say) and NUL bytes (a
     * file saved as UTF-16) give one problem naming the line of the first bad byte, and no text.
     */
    public static Decoded decode(String file, byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        int bad = result.isError() ? in.position() : -1;
        for (int i = start; i < (bad < 0 ? bytes.length : bad); i++) {
            if (bytes[i] == 0) {
                bad = i;
                break;
            }
        }
        if (bad >= 0) {
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return new Decoded(null, List.of(new ScenarioProblem(file, line, null,
                    "het bestand is geen UTF-8 (regel " + line + "); sla het op als UTF-8")));
        }
        return new Decoded(out.flip().toString(), List.of());
    }

    private Result read() {
        JsonObject root;
        String json = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            root = reader.readObject();
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            Integer line = at != null && at.getLineNumber() > 0 ? (int) at.getLineNumber() : null;
            String where = line == null ? "" : " (regel " + line + (at.getColumnNumber() > 0 ? ", kolom " + at.getColumnNumber() : "") + ")";
            problems.add(new ScenarioProblem(file, line, null, "geen geldige JSON" + where + ": " + e.getMessage()));
            return new Result(null, problems);
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            problems.add(new ScenarioProblem(file, null, null, "geen geldige JSON: " + e.getMessage()));
            return new Result(null, problems);
        }
        String id = string(root, "id", null);
        List<Scenario.Node> nodes = new ArrayList<>();
        JsonArray array = root.containsKey("nodes") && root.get("nodes").getValueType() == JsonValue.ValueType.ARRAY
                ? root.getJsonArray("nodes") : null;
        if (array == null) {
            problems.add(new ScenarioProblem(file, null, null, "veld 'nodes' ontbreekt of is geen lijst"));
        } else {
            for (JsonValue value : array) {
                if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                    problems.add(new ScenarioProblem(file, null, null, "een node is geen object"));
                    continue;
                }
                nodes.add(node(value.asJsonObject()));
            }
        }
        JsonObject range = root.containsKey("scoreRange") && root.get("scoreRange").getValueType() == JsonValue.ValueType.OBJECT
                ? root.getJsonObject("scoreRange") : null;
        if (range == null) {
            problems.add(new ScenarioProblem(file, lineOf("scoreRange"), null, "veld 'scoreRange' ontbreekt"));
        }
        Scenario scenario = new Scenario(id == null ? "" : id, integer(root, "version", null), string(root, "title", null),
                theme(string(root, "part", null), null), integer(root, "estimatedMinutes", null), strings(root, "learningGoals"),
                string(root, "source", null), range == null ? 0 : integer(range, "min", null),
                range == null ? 0 : integer(range, "max", null), integer(root, "passMark", null),
                string(root, "start", null), nodes);
        return new Result(scenario, problems);
    }

    private Scenario.Node node(JsonObject o) {
        String id = string(o, "id", null);
        String typeName = string(o, "type", id);
        Scenario.Type type = null;
        try {
            type = typeName == null ? null : Scenario.Type.valueOf(typeName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new ScenarioProblem(file, lineOfNode(id), id, "onbekend type '" + typeName + "'"));
        }
        List<Scenario.Choice> choices = new ArrayList<>();
        if (o.containsKey("choices") && o.get("choices").getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue c : o.getJsonArray("choices")) {
                if (c.getValueType() == JsonValue.ValueType.OBJECT) {
                    choices.add(choice(c.asJsonObject(), id));
                }
            }
        }
        bron(o, id);
        Boolean passes = null;
        if (o.containsKey("passes")) {
            JsonValue value = o.get("passes");
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                passes = value == JsonValue.TRUE;
            } else {
                problems.add(new ScenarioProblem(file, lineOfNode(id), id, "'passes' is true of false"));
            }
        }
        return new Scenario.Node(id, type, optional(o, "text"), optional(o, "next"), choices, optional(o, "debrief"), Bron.of(o),
                passes);
    }

    private Scenario.Choice choice(JsonObject o, String nodeId) {
        Map<Theme, Integer> scores = new EnumMap<>(Theme.class);
        if (o.containsKey("scores") && o.get("scores").getValueType() == JsonValue.ValueType.OBJECT) {
            for (Map.Entry<String, JsonValue> e : o.getJsonObject("scores").entrySet()) {
                Theme theme = theme(e.getKey(), nodeId);
                if (theme != null && e.getValue() instanceof JsonNumber n) {
                    scores.put(theme, n.intValue());
                } else if (theme != null) {
                    problems.add(new ScenarioProblem(file, lineOfNode(nodeId), nodeId, "score voor " + e.getKey() + " is geen getal"));
                }
            }
        }
        bron(o, nodeId);
        return new Scenario.Choice(optional(o, "id"), optional(o, "text"), optional(o, "feedback"), scores, optional(o, "next"), Bron.of(o));
    }

    /** Names a {@code bron} of the wrong shape (rule 5 of the content agreements), at the node it belongs to. */
    private void bron(JsonObject o, String nodeId) {
        if (o.containsKey("bron")) {
            Bron.shapeProblems(o.get("bron")).forEach(message ->
                    problems.add(new ScenarioProblem(file, lineOfNode(nodeId), nodeId, message)));
        }
    }

    private Theme theme(String name, String nodeId) {
        if (name == null) {
            return null;
        }
        try {
            return Theme.valueOf(name);
        } catch (IllegalArgumentException e) {
            problems.add(new ScenarioProblem(file, nodeId == null ? lineOf("part") : lineOfNode(nodeId), nodeId,
                    "onbekend thema '" + name + "' (A1, A2, A3, B of C)"));
            return null;
        }
    }

    private String string(JsonObject o, String key, String nodeId) {
        JsonValue value = o.get(key);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        problems.add(new ScenarioProblem(file, nodeId == null ? lineOf(key) : lineOfNode(nodeId), nodeId,
                "veld '" + key + "' ontbreekt of is geen tekst"));
        return null;
    }

    private static String optional(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? s.getString() : null;
    }

    private int integer(JsonObject o, String key, String nodeId) {
        if (o.get(key) instanceof JsonNumber n) {
            return n.intValue();
        }
        problems.add(new ScenarioProblem(file, lineOf(key), nodeId, "veld '" + key + "' ontbreekt of is geen getal"));
        return 0;
    }

    private List<String> strings(JsonObject o, String key) {
        List<String> list = new ArrayList<>();
        if (o.get(key) instanceof JsonArray array) {
            array.forEach(v -> {
                if (v instanceof JsonString s) {
                    list.add(s.getString());
                }
            });
        }
        return list;
    }

    /** The line of the first occurrence of a key, or null. */
    private Integer lineOf(String key) {
        return line("\"" + key + "\"");
    }

    /** The line where the node with this id is declared, or null. */
    Integer lineOfNode(String nodeId) {
        if (nodeId == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"" + java.util.regex.Pattern.quote(nodeId) + "\"")
                .matcher(text);
        return m.find() ? lineAt(m.start()) : null;
    }

    private Integer line(String literal) {
        int at = text.indexOf(literal);
        return at < 0 ? null : lineAt(at);
    }

    private int lineAt(int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The line of a node in a scenario text, for the validator's messages. */
    static Integer lineOfNode(String text, String nodeId) {
        return new ScenarioReader("", text).lineOfNode(nodeId);
    }

    /** The line of the first occurrence of a key in a scenario text, or null. */
    static Integer lineOfKey(String text, String key) {
        return new ScenarioReader("", text).lineOf(key);
    }
}
