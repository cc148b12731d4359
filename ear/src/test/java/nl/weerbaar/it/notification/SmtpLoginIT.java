package nl.weerbaar.it.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Properties;
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
 * repository), logs in and its enrolment mail arrives. It trusts the mail server's certificate (made
 * by the test for 127.0.0.1) through a trust store of that one certificate, with the host check on.
 * Not Arquillian: it starts its own server with that environment ({@code -Dit.test=SmtpLoginIT}).
 */
class SmtpLoginIT {

    private static final int SMTPS_PORT = 3465;
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
    void theServerLogsInOverTlsAndItsMailArrives() throws Exception {
        long session = EnrolmentIT.newSession(8);
        String email = "tls-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        String json = "{\"name\":\"Wethouder Tls\",\"email\":\"" + email + "\",\"office\":\"wethouder\","
                + "\"gemeentecode\":\"GM0344\",\"inOfficeSince\":\"2022-06-01\"}";
        var created = Http.api("ngb").postJson("api/participants", json);
        assertEquals(201, created.statusCode(), created.body());
        long participant = Http.object(created.body()).getJsonNumber("id").longValue();
        assertEquals(201, Http.api("ngb").postJson("api/sessions/" + session + "/enrolments",
                "{\"participantId\":" + participant + "}").statusCode());

        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until) && mailsTo(email) == 0) {
            Thread.sleep(500);
        }
        assertEquals(1, mailsTo(email), "the enrolment mail came through the TLS server that wants a login; see " + server.log());
    }

    @Test
    void theMailServerRefusesMailWithoutTheLogin() {
        // Proves the test above is not vacuous: this GreenMail takes no mail from a client that does not log in.
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(SMTPS_PORT));
        props.put("mail.smtp.ssl.enable", "true");
        props.put("mail.smtp.ssl.trust", "127.0.0.1");
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "5000");
        Session session = Session.getInstance(props);
        assertThrows(MessagingException.class, () -> {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress("weerbaar@localhost"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("niemand@example.nl"));
            message.setSubject("zonder login");
            message.setText("zonder login");
            Transport.send(message);
        });
        assertEquals(0, mailsTo("niemand@example.nl"));
    }

    private long mailsTo(String address) {
        return Arrays.stream(smtps.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
            } catch (MessagingException e) {
                return false;
            }
        }).count();
    }

    /**
     * A key pair for GreenMail with the certificate naming 127.0.0.1 (so the server's host check passes,
     * as with a real mail server's certificate), and a trust store of that certificate for the server.
     */
    private static Path mailServerCertificate(Path directory) throws Exception {
        Files.createDirectories(directory);
        Path keyStore = directory.resolve("mail-server.p12");
        Path certificate = directory.resolve("mail-server.crt");
        Path trustStore = directory.resolve("trust.p12");
        keytool("-genkeypair", "-alias", "mail", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-keystore", keyStore.toString(),
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
