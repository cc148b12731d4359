package nl.weerbaar.scenarios;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The support map (sociale kaart): the real instances and numbers from the seeds, kept as data in
 * {@code scenarios/sociale-kaart.json}, shown to every participant and in the network module.
 */
public final class SupportMap {

    /** One instance: what it is called, its number (null when there is none to call), and when to turn to it. */
    public record Instance(String id, String name, String phone, String when, List<Bron> bron) implements java.io.Serializable {
    }

    private SupportMap() {
    }

    public static List<Instance> instances() {
        try (InputStream in = SupportMap.class.getResourceAsStream("/scenarios/sociale-kaart.json");
                JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(o -> new Instance(o.getString("id"), o.getString("naam"),
                            o.get("telefoon") instanceof JsonString phone ? phone.getString() : null, o.getString("wanneer"), Bron.of(o)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the support map ships with the module", e);
        }
    }
}
