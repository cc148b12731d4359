package nl.weerbaar.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The configured WildFly in ear/target/server, run as a child process with the EAR in its deployments
 * folder, so a test can kill it with SIGKILL and start it again on the same data. Loopback only: the
 * server binds to 127.0.0.1 and the database is the one the environment names (H2 file by default).
 * It runs beside the suite's Arquillian server: a base directory of its own (a copy of the
 * configuration) and its ports {@value #OFFSET} higher, so neither disturbs the other.
 */
public final class OwnServer {

    private static final Duration START_LIMIT = Duration.ofSeconds(240);
    /** Above the suite's server and ProductionStartIT's (+200). */
    static final int OFFSET = 300 + Deployments.PORT_OFFSET;

    private final Path home;
    private final Path baseDirectory;
    private final Path dataDirectory;
    private final Path log;
    private final java.util.Map<String, String> environment = new java.util.HashMap<>();
    private final List<String> jvmOptions = new java.util.ArrayList<>();
    private Process shell;

    public OwnServer(Path home, Path dataDirectory) {
        this.home = home;
        this.dataDirectory = dataDirectory;
        this.baseDirectory = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-server");
        this.log = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-server.out");
    }

    /**
     * An environment variable for the server (e.g. WEERBAAR_SMTP_*, read by configure.cli's expressions);
     * null removes one the test JVM would pass on.
     */
    public OwnServer withEnvironment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public OwnServer withJvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    /** Where this server answers. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + (8080 + OFFSET) + "/");
    }

    /** A fresh base directory from the built server's configuration, and the EAR in its deployments folder. */
    public void deploy(Path ear) throws IOException {
        deleteTree(baseDirectory);
        Path configuration = home.resolve("standalone/configuration");
        try (var files = Files.walk(configuration)) {
            for (Path from : files.filter(p -> !p.toString().contains("standalone_xml_history")).toList()) {
                Path to = baseDirectory.resolve("configuration").resolve(configuration.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.createDirectories(baseDirectory.resolve("deployments"));
        Files.copy(ear, deployment(), StandardCopyOption.REPLACE_EXISTING);
    }

    public void undeploy() throws IOException {
        Files.deleteIfExists(deployment());
        try (var markers = Files.list(baseDirectory.resolve("deployments"))) {
            for (Path marker : markers.filter(p -> p.getFileName().toString().startsWith("weerbaar.ear.")).toList()) {
                Files.deleteIfExists(marker);
            }
        }
    }

    private Path deployment() {
        return baseDirectory.resolve("deployments/weerbaar.ear");
    }

    /** Starts the server and waits (bounded) until the API answers. */
    public void start() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "-b", "127.0.0.1", "-bmanagement", "127.0.0.1");
        // The same settings as arquillian.xml: a fast outbox, Dutch, demo accounts.
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        List<String> options = new java.util.ArrayList<>(List.of("-Xms256m", "-Xmx1g",
                "-Duser.language=nl", "-Duser.country=NL", "-Duser.timezone=Europe/Amsterdam", "-Dweerbaar.demo=true",
                "-Dweerbaar.data.dir=" + dataDirectory, "-Dweerbaar.outbox.interval=PT1S",
                "-Dweerbaar.outbox.retry.first=PT1S", "-Dweerbaar.outbox.retry.max=PT4S", "-Dweerbaar.outbox.attempts=6",
                "-Djava.net.preferIPv4Stack=true", "-Djboss.server.base.dir=" + baseDirectory.toAbsolutePath(),
                "-Djboss.socket.binding.port-offset=" + OFFSET));
        options.addAll(jvmOptions);
        builder.environment().put("JAVA_OPTS", String.join(" ", options));
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        shell = builder.start();
        awaitApi();
    }

    private void awaitApi() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ping = HttpRequest.newBuilder(base().resolve("api/sessions"))
                .header("Authorization", "Bearer demo-weerbaar-ngb").timeout(Duration.ofSeconds(10)).GET().build();
        Instant until = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(until)) {
            if (!shell.isAlive()) {
                throw new IllegalStateException("the server stopped while starting; see " + log);
            }
            try {
                if (client.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not answer within " + START_LIMIT + "; see " + log);
    }

    /** SIGKILL to the server's JVM (and its start script): no shutdown hook, no clean close. */
    public void killHard() throws InterruptedException {
        List<ProcessHandle> family = shell.descendants().toList();
        family.forEach(ProcessHandle::destroyForcibly);
        shell.toHandle().destroyForcibly();
        for (ProcessHandle p : family) {
            p.onExit().join();
        }
        shell.waitFor();
    }

    /** A clean stop at the end of the test, bounded; SIGKILL when it does not go. */
    public void stop() throws InterruptedException {
        if (shell == null || !shell.isAlive()) {
            return;
        }
        List<ProcessHandle> family = shell.descendants().toList();
        family.forEach(ProcessHandle::destroy);
        shell.destroy();
        shell.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        for (ProcessHandle p : family) {
            p.onExit().completeOnTimeout(p, 60, java.util.concurrent.TimeUnit.SECONDS).join();
            p.destroyForcibly();
        }
        shell.destroyForcibly();
    }

    public Path log() {
        return log;
    }

    /** Removes a directory of an earlier run, so a test starts on a database of its own. */
    public static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var walk = Files.walk(root)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
