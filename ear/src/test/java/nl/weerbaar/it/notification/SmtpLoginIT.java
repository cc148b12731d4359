package nl.weerbaar.it.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.it.planning.EnrolmentIT;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.OwnServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A mail server that speaks only TLS (SMTPS) and takes mail only after a login: the server, configured
 * through the environment as the README says (WEERBAAR_SMTP_SSL, _USER, _PASSWORD; nothing in the
 * repository), logs in and its enrolment mail arrives; restarted with a wrong password, its mail does not. It trusts the mail server's certificate (made
 * by the test for 127.0.0.1) through a trust store of that one certificate, with the host check on.
 * Not Arquillian: it starts its own server with that environment ({@code -Dit.test=SmtpLoginIT}).
 */
class SmtpLoginIT {

    private static final int SMTPS_PORT = 3465 + nl.weerbaar.it.support.Deployments.PORT_OFFSET;
    private static final String MAILER = "weerbaar-mailer";

    private static final String password = UUID.randomUUID().toString();
    private static GreenMail smtps;
    private static OwnServer server;

    @BeforeAll
    static void tlsMailServerWithLoginAndAServerConfiguredForIt() throws Exception {
        Path data = Path.of(System.getProperty("weerbaar.it.data.dir")).resolveSibling("smtp-login-data");
        OwnServer.deleteTree(data);
        Path keys = data.resolveSibling("smtp-login-keys");
        OwnServer.deleteTree(keys);
        Path trust = mailServerCertificate(keys);
        smtps = new GreenMail(new ServerSetup(SMTPS_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILER, password));
        smtps.start();
        server = new OwnServer(Path.of(System.getProperty("weerbaar.server.dir")), data)
                .withEnvironment("WEERBAAR_SMTP_HOST", "127.0.0.1")
                .withEnvironment("WEERBAAR_SMTP_PORT", String.valueOf(SMTPS_PORT))
                .withEnvironment("WEERBAAR_SMTP_SSL", "true")
                .withEnvironment("WEERBAAR_SMTP_USER", MAILER)
                .withEnvironment("WEERBAAR_SMTP_PASSWORD", password)
                .withJvmOption("-Djavax.net.ssl.trustStore=" + trust)
                .withJvmOption("-Djavax.net.ssl.trustStorePassword=changeit")
                .withJvmOption("-Djavax.net.ssl.trustStoreType=PKCS12");
        server.deploy(Path.of(System.getProperty("weerbaar.ear")));
        server.start();
    }

    @AfterAll
    static void stopBoth() throws Exception {
        try {
            server.stop();
            server.undeploy();
        } finally {
            smtps.stop();
        }
    }

    @Test
    void theServerLogsInOverTlsAndItsMailArrivesAndWithAWrongPasswordItDoesNot() throws Exception {
        String email = enrolSomeone();
        awaitMail(email);
        assertEquals(1, mailsTo(email), "the enrolment mail came through the TLS server that wants a login; see " + server.log());

        // GreenMail also takes mail from a client that does not log in, so the proof that the server
        // logs in is the other side: with a wrong password its mail does not arrive.
        server.stop();
        server.withEnvironment("WEERBAAR_SMTP_PASSWORD", "fout-" + UUID.randomUUID());
        server.start();
        String refused = enrolSomeone();
        awaitMail(refused);
        assertEquals(0, mailsTo(refused), "with a wrong password the server's mail is refused");
        // the test server gives a mail up after 6 fast attempts, so it may be pending or already dead
        String lastError = "";
        for (String state : List.of("pending", "dead")) {
            HttpResponse<String> listed = Http.api("admin").onServer(server.base()).get("api/admin/outbox?state=" + state);
            assertEquals(200, listed.statusCode(), listed.body());
            lastError += Http.array(listed.body()).getValuesAs(JsonObject.class).stream()
                    .filter(m -> m.getString("recipient").equals(refused)).findFirst()
                    .map(m -> m.getString("lastError", "")).orElse("");
        }
        assertTrue(lastError.toLowerCase(java.util.Locale.ROOT).contains("auth"), "the outbox names the failed login: " + lastError);
    }

    private static String enrolSomeone() {
        long session = EnrolmentIT.newSession(Http.api("ngb").onServer(server.base()), 8);
        String email = "tls-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        String json = "{\"name\":\"Wethouder Tls\",\"email\":\"" + email + "\",\"office\":\"wethouder\","
                + "\"gemeentecode\":\"GM0344\",\"inOfficeSince\":\"2022-06-01\"}";
        HttpResponse<String> created = Http.api("ngb").onServer(server.base()).postJson("api/participants", json);
        assertEquals(201, created.statusCode(), created.body());
        long participant = Http.object(created.body()).getJsonNumber("id").longValue();
        assertEquals(201, Http.api("ngb").onServer(server.base()).postJson("api/sessions/" + session + "/enrolments",
                "{\"participantId\":" + participant + "}").statusCode());
        return email;
    }

    /** Waits until a mail to the address arrived, at most 20 s (the worker retries every few seconds). */
    private static void awaitMail(String email) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until) && mailsTo(email) == 0) {
            Thread.sleep(500);
        }
    }

    private static long mailsTo(String address) {
        return Arrays.stream(smtps.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
            } catch (MessagingException e) {
                return false;
            }
        }).count();
    }

    /**
     * A key pair for GreenMail with the certificate naming 127.0.0.1 and localhost (WildFly hands the mail
     * session the socket binding's host name), so the server's host check passes,
     * as with a real mail server's certificate), and a trust store of that certificate for the server.
     */
    private static Path mailServerCertificate(Path directory) throws Exception {
        Files.createDirectories(directory);
        Path keyStore = directory.resolve("mail-server.p12");
        Path certificate = directory.resolve("mail-server.crt");
        Path trustStore = directory.resolve("trust.p12");
        keytool("-genkeypair", "-alias", "mail", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-keystore", keyStore.toString(),
                "-storetype", "PKCS12", "-storepass", "changeit");
        keytool("-exportcert", "-alias", "mail", "-keystore", keyStore.toString(), "-storepass", "changeit",
                "-file", certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", "mail", "-file", certificate.toString(),
                "-keystore", trustStore.toString(), "-storetype", "PKCS12", "-storepass", "changeit");
        System.setProperty("greenmail.tls.keystore.file", keyStore.toString());
        System.setProperty("greenmail.tls.keystore.password", "changeit");
        System.setProperty("greenmail.tls.key.password", "changeit");
        return trustStore;
    }

    private static void keytool(String... arguments) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(java.util.List.of(arguments));
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(keytool.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && keytool.exitValue() == 0,
                "keytool " + arguments[0] + ": " + output);
    }
}
