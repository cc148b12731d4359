package nl.weerbaar.scenarios;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A module of the e-learning: scenarios a participant does before (PRE) or after (POST) her
 * session. She passes it by passing every required scenario; optional ones are extra practice.
 */
public record LearningModule(String id, String title, Phase phase, List<String> requiredScenarios,
        List<String> optionalScenarios) {

    /** Before or after the session. */
    public enum Phase { PRE, POST }

    private static final List<LearningModule> SHIPPED = read();

    /** The modules shipped in {@code scenarios/modules.json}, in order. */
    public static List<LearningModule> shipped() {
        return SHIPPED;
    }

    public static Optional<LearningModule> shipped(String id) {
        return SHIPPED.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** Required scenarios first, then optional ones. */
    public List<String> scenarios() {
        return Stream.concat(requiredScenarios.stream(), optionalScenarios.stream()).toList();
    }

    public boolean contains(String scenarioId) {
        return scenarios().contains(scenarioId);
    }

    private static List<LearningModule> read() {
        try (InputStream in = LearningModule.class.getResourceAsStream("/scenarios/modules.json");
                JsonReader reader = Json.createReader(in)) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(m -> new LearningModule(m.getString("id"), m.getString("title"), Phase.valueOf(m.getString("phase")),
                            ids(m, "requiredScenarios"), ids(m, "optionalScenarios")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> ids(JsonObject module, String key) {
        return module.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
