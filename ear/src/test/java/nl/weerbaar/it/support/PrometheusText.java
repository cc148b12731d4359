package nl.weerbaar.it.support;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Reads Prometheus text exposition with the Prometheus Python client's own parser (Debian's
 * {@code python3-prometheus-client}, run by {@code ear/src/test/prometheus/parse.py}), independent of the
 * Micrometer and Prometheus Java code that wrote it: text it refuses fails the test. CI installs it
 * (.ci/run); elsewhere, without it, the check is skipped with a printed reason; in the ci profile
 * (CI=true) that is a failure, as a missing browser is.
 */
public final class PrometheusText {

    /** Debian's interpreter, where Debian's package is; a python3 first on the PATH may be another. */
    private static final String PYTHON = "/usr/bin/python3";
    private static final Path SCRIPT = Path.of("src/test/prometheus/parse.py").toAbsolutePath();

    private final JsonArray families;

    private PrometheusText(JsonArray families) {
        this.families = families;
    }

    public static PrometheusText parse(String exposition) throws Exception {
        requireTool();
        Process python = new ProcessBuilder(PYTHON, SCRIPT.toString()).redirectErrorStream(true).start();
        python.getOutputStream().write(exposition.getBytes(StandardCharsets.UTF_8));
        python.getOutputStream().close();
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assertions.assertTrue(python.waitFor(60, TimeUnit.SECONDS), "the parser finished");
        Assertions.assertEquals(0, python.exitValue(), "Prometheus text the parser refuses: " + out);
        return new PrometheusText(Http.array(out));
    }

    /** The family of this name (the parser's: a counter's without {@code _total}), if there is one. */
    public Optional<JsonObject> family(String name) {
        return families.stream().map(JsonValue::asJsonObject).filter(f -> f.getString("name").equals(name)).findFirst();
    }

    public List<JsonObject> familiesStartingWith(String prefix) {
        return families.stream().map(JsonValue::asJsonObject).filter(f -> f.getString("name").startsWith(prefix)).toList();
    }

    /** The value of the sample of this name (e.g. {@code weerbaar_enrolments_total}) whose labels include these. */
    public double value(String sample, Map<String, String> labels) {
        for (JsonValue f : families) {
            for (JsonValue s : f.asJsonObject().getJsonArray("samples")) {
                JsonObject one = s.asJsonObject();
                JsonObject have = one.getJsonObject("labels");
                if (one.getString("name").equals(sample)
                        && labels.entrySet().stream().allMatch(l -> l.getValue().equals(have.getString(l.getKey(), null)))) {
                    return one.getJsonNumber("value").doubleValue();
                }
            }
        }
        throw new AssertionError("no sample " + sample + " with " + labels);
    }

    /** Like {@link #value}, but 0 when the sample is not there yet. */
    public double valueOrZero(String sample, Map<String, String> labels) {
        try {
            return value(sample, labels);
        } catch (AssertionError notYet) {
            return 0;
        }
    }

    private static void requireTool() {
        String reason = parserRuns() ? null
                : "the Prometheus Python client is not installed (apt-get install python3-prometheus-client)";
        if (reason != null) {
            if (Boolean.getBoolean("weerbaar.tools.required")) {
                Assertions.fail(reason);
            }
            System.out.println("[Prometheus parsing skipped] " + reason);
            Assumptions.abort(reason);
        }
    }

    private static boolean parserRuns() {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import prometheus_client.parser").redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
