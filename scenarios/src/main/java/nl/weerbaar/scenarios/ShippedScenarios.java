package nl.weerbaar.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The scenario files shipped in this module: every scenario a shipped module names. */
public final class ShippedScenarios {

    private ShippedScenarios() {
    }

    public static List<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        LearningModule.shipped().forEach(m -> ids.addAll(m.scenarios()));
        return List.copyOf(ids);
    }

    /** The file's text as shipped. */
    public static String text(String id) {
        try (InputStream in = ShippedScenarios.class.getResourceAsStream("/scenarios/" + id + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no shipped scenario " + id);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped scenario, read; shipped files are valid (their tests say so). */
    public static Scenario read(String id) {
        return ScenarioReader.read(id + ".json", text(id)).scenario();
    }
}
