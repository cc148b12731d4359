package nl.weerbaar.it.support;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Reads Prometheus text exposition with an independent parser (npm {@code parse-prometheus-text-format},
 * a port of the Prometheus Python client's parser, run by Node from {@code ear/src/test/prometheus}):
 * a line it cannot read fails the test. CI installs it ({@code npm ci} in .ci/run); elsewhere, without Node
 * or the package, the check is skipped with a printed reason; in the ci profile (CI=true) that is a failure.
 */
public final class PrometheusText {

    private static final Path DIRECTORY = Path.of("src/test/prometheus").toAbsolutePath();

    private final JsonArray families;

    private PrometheusText(JsonArray families) {
        this.families = families;
    }

    /** Parses the text, failing on any line the parser refuses. */
    public static PrometheusText parse(String exposition) throws Exception {
        requireTool();
        Process node = new ProcessBuilder("node", DIRECTORY.resolve("parse.js").toString()).directory(DIRECTORY.toFile())
                .redirectErrorStream(true).start();
        node.getOutputStream().write(exposition.getBytes(StandardCharsets.UTF_8));
        node.getOutputStream().close();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assertions.assertTrue(node.waitFor(60, TimeUnit.SECONDS), "the parser finished");
        Assertions.assertEquals(0, node.exitValue(), "Prometheus text the parser refuses: " + out);
        return new PrometheusText(Http.array(out));
    }

    /** The family of this name (as exposed, e.g. {@code weerbaar_enrolments_total}), if there is one. */
    public Optional<JsonObject> family(String name) {
        return families.stream().map(JsonValue::asJsonObject).filter(f -> f.getString("name").equals(name)).findFirst();
    }

    /** Every family whose name starts so. */
    public java.util.List<JsonObject> familiesStartingWith(String prefix) {
        return families.stream().map(JsonValue::asJsonObject).filter(f -> f.getString("name").startsWith(prefix)).toList();
    }

    /** The sample of the family whose labels include these; its {@code value} (or, for a summary, {@code count}). */
    public double value(String family, Map<String, String> labels) {
        JsonObject f = family(family).orElseThrow(() -> new AssertionError("no metric family " + family));
        for (JsonValue m : f.getJsonArray("metrics")) {
            JsonObject sample = m.asJsonObject();
            JsonObject have = sample.containsKey("labels") ? sample.getJsonObject("labels") : JsonValue.EMPTY_JSON_OBJECT;
            if (labels.entrySet().stream().allMatch(l -> l.getValue().equals(have.getString(l.getKey(), null)))) {
                return Double.parseDouble(sample.containsKey("value") ? sample.getString("value") : sample.getString("count"));
            }
        }
        throw new AssertionError("no sample of " + family + " with " + labels + ": " + f);
    }

    /** Like {@link #value}, but 0 when the family or the sample is not there yet. */
    public double valueOrZero(String family, Map<String, String> labels) {
        try {
            return value(family, labels);
        } catch (AssertionError notYet) {
            return 0;
        }
    }

    private static void requireTool() {
        String reason = null;
        if (!Files.isDirectory(DIRECTORY.resolve("node_modules/parse-prometheus-text-format"))) {
            reason = "the Prometheus text parser is not installed (npm ci --prefix ear/src/test/prometheus)";
        } else if (!nodeRuns()) {
            reason = "Node.js is not on the PATH";
        }
        if (reason != null) {
            if (Boolean.getBoolean("weerbaar.tools.required")) {
                Assertions.fail(reason);
            }
            System.out.println("[Prometheus parsing skipped] " + reason);
            Assumptions.abort(reason);
        }
    }

    private static boolean nodeRuns() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
