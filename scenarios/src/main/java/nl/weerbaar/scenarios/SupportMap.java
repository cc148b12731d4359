package nl.weerbaar.scenarios;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The support map (sociale kaart): the real instances and numbers from the seeds, kept as data in
 * {@code scenarios/sociale-kaart.json} (and, where written, in English in {@code scenarios/en/}),
 * shown to every participant and in the network module.
 */
public final class SupportMap {

    static final String FILE = "sociale-kaart.json";

    /** One instance: what it is called, its number (null when there is none to call), and when to turn to it. */
    public record Instance(String id, String name, String phone, String when, List<Bron> bron) implements java.io.Serializable {
    }

    /** The instances per content language: the files ship in the jar and do not change while it runs. */
    private static final Map<String, List<Instance>> READ = new ConcurrentHashMap<>();

    private SupportMap() {
    }

    /** The instances in Dutch. */
    public static List<Instance> instances() {
        return instances(ContentLanguage.DUTCH_LOCALE);
    }

    /** The instances in the user's language: English for an English locale when written, Dutch otherwise. */
    public static List<Instance> instances(Locale locale) {
        return READ.computeIfAbsent(language(locale), l -> parse(ContentFiles.localized(ContentFiles.ROOT, FILE, locale).text()));
    }

    /** The language {@link #instances(Locale)} gives for this locale: {@code en} or, falling back, {@code nl}. */
    public static String language(Locale locale) {
        return ContentFiles.language(ContentFiles.ROOT, FILE, locale);
    }

    static List<Instance> parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(o -> new Instance(o.getString("id"), o.getString("naam"),
                            o.get("telefoon") instanceof JsonString phone ? phone.getString() : null, o.getString("wanneer"), Bron.of(o)))
                    .toList();
        }
    }
}
