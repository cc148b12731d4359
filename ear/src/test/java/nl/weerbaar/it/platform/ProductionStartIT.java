package nl.weerbaar.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A production start (no demo data) speaks HTTPS only: plain HTTP is redirected, answers carry HSTS,
 * the session cookie is Secure, and no demo login exists. Starts a second WildFly of its own from the
 * built server (its own base directory and data, ports +200, the embedded database), with the EAR,
 * and stops it afterwards. Its https listener has WildFly's self-signed certificate, which the test
 * trusts for this one loopback server only.
 */
class ProductionStartIT {

    private static final int OFFSET = 200 + nl.weerbaar.it.support.Deployments.PORT_OFFSET;
    private static final URI HTTP = URI.create("http://127.0.0.1:" + (8080 + OFFSET) + "/");
    private static final URI HTTPS = URI.create("https://127.0.0.1:" + (8443 + OFFSET) + "/");
    private static Process server;
    private static HttpClient client;

    @BeforeAll
    static void startProductionServer() throws Exception {
        Path home = Path.of(System.getProperty("weerbaar.server.dir"));
        Path base = Path.of("target", "production-start");
        deleteTree(base);
        copyTree(home.resolve("standalone"), base, List.of("data", "log", "tmp", "deployments"));
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(Path.of(System.getProperty("weerbaar.ear")), base.resolve("deployments/weerbaar.ear"),
                StandardCopyOption.REPLACE_EXISTING);
        ProcessBuilder start = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base.toAbsolutePath(),
                "-Djboss.socket.binding.port-offset=" + OFFSET,
                "-Dweerbaar.https.port=" + (8443 + OFFSET),
                "-Dweerbaar.data.dir=" + base.resolve("weerbaar-data").toAbsolutePath(),
                "-Duser.timezone=Europe/Amsterdam")
                .redirectErrorStream(true).redirectOutput(base.resolve("console.log").toFile());
        // The embedded database of its own, whatever this build is configured with.
        Map<String, String> environment = start.environment();
        environment.keySet().removeIf(name -> name.startsWith("WEERBAAR_"));
        server = start.start();
        client = HttpClient.newBuilder().sslContext(trustingThisServer()).sslParameters(withoutHostnameCheck())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get(HTTPS.resolve("login.xhtml")).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the production server did not start; see " + base.resolve("console.log"));
    }

    @AfterAll
    static void stopProductionServer() throws InterruptedException {
        if (server != null) {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void plainHttpIsRedirectedToHttps() throws Exception {
        HttpResponse<String> plain = get(HTTP.resolve("login.xhtml?next=%2Findex.xhtml"));
        assertEquals(301, plain.statusCode());
        assertEquals("https://127.0.0.1:" + (8443 + OFFSET) + "/login.xhtml?next=%2Findex.xhtml",
                plain.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> write = client.send(HttpRequest.newBuilder(HTTP.resolve("api/sessions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, write.statusCode(), "a write over plain HTTP is refused, not redirected");
    }

    @Test
    void httpsAnswersCarryHstsAndASecureSessionCookie() throws Exception {
        HttpResponse<String> page = get(HTTPS.resolve("login.xhtml"));
        assertEquals(200, page.statusCode());
        assertEquals("max-age=31536000; includeSubDomains", page.headers().firstValue("Strict-Transport-Security").orElse(""));
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + page.headers().map()));
        String attributes = cookie.toLowerCase(java.util.Locale.ROOT);
        assertTrue(attributes.contains("; secure"), cookie);
        assertTrue(attributes.contains("; httponly"), cookie);
        assertTrue(attributes.contains("samesite=lax"), cookie);
    }

    @Test
    void aProductionServerHasNoDemoLogins() throws Exception {
        HttpResponse<String> token = client.send(HttpRequest.newBuilder(HTTPS.resolve("api/account"))
                .header("Authorization", "Bearer demo-weerbaar-ngb").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, token.statusCode());
        HttpResponse<String> password = client.send(HttpRequest.newBuilder(HTTPS.resolve("api/account"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("deelnemer:demo-weerbaar".getBytes()))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, password.statusCode());
        assertFalse(Files.readString(Path.of("target", "production-start", "log", "server.log")).contains("DEMO SERVER"),
                "a production start does not call itself a demo server");
    }

    private static HttpResponse<String> get(URI address) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Trusts the certificate WildFly made for itself, in this client only and for this test's loopback server. */
    private static SSLContext trustingThisServer() throws Exception {
        // An extended trust manager, so that the runtime adds no host name check of its own (the
        // certificate names localhost; the test connects to 127.0.0.1).
        TrustManager trustAll = new X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, java.net.Socket socket) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, java.net.Socket socket) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, javax.net.ssl.SSLEngine engine) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, javax.net.ssl.SSLEngine engine) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, null);
        return context;
    }

    private static SSLParameters withoutHostnameCheck() {
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm(null);
        return parameters;
    }

    private static void copyTree(Path from, Path to, List<String> leaveOut) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path relative = from.relativize(file);
                if (!relative.toString().isEmpty() && leaveOut.contains(relative.getName(0).toString())) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
