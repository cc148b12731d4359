package nl.weerbaar.it.support;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Reads statements with Learning Locker's conformance-tested xAPI validator (npm {@code xapi-validation},
 * run by Node from {@code ear/src/test/xapi}), an implementation independent of the one that wrote them.
 * CI installs it ({@code npm ci} in .ci/run); elsewhere, without Node or the package, the check is skipped
 * with a printed reason; in the ci profile (CI=true) that is a failure, as a missing browser is.
 */
public final class XapiValidator {

    private static final Path DIRECTORY = Path.of("src/test/xapi").toAbsolutePath();

    private XapiValidator() {
    }

    /** Fails naming every invalid statement and why; the array is the body of a statements answer. */
    public static void assertValid(String statementsArray) throws Exception {
        requireTool();
        Process node = new ProcessBuilder("node", DIRECTORY.resolve("validate.js").toString()).directory(DIRECTORY.toFile())
                .redirectErrorStream(true).start();
        node.getOutputStream().write(statementsArray.getBytes(StandardCharsets.UTF_8));
        node.getOutputStream().close();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assertions.assertTrue(node.waitFor(60, TimeUnit.SECONDS), "the validator finished");
        JsonObject report = Http.object(out);
        Assertions.assertTrue(report.getInt("checked") > 0, "statements were checked: " + out);
        Assertions.assertEquals(0, node.exitValue(), "xAPI statements the validator refuses: " + out);
    }

    private static void requireTool() {
        String reason = null;
        if (!Files.isDirectory(DIRECTORY.resolve("node_modules/xapi-validation"))) {
            reason = "the xAPI validator is not installed (npm ci --prefix ear/src/test/xapi)";
        } else if (!nodeRuns()) {
            reason = "Node.js is not on the PATH";
        }
        if (reason != null) {
            if (Boolean.getBoolean("weerbaar.tools.required")) {
                Assertions.fail(reason);
            }
            System.out.println("[xAPI validation skipped] " + reason);
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
