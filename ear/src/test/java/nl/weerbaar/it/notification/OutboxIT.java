package nl.weerbaar.it.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.weerbaar.it.planning.EnrolmentIT;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail survives a mail server that is away: the outbox keeps every mail until the server takes it,
 * in order per participant and once, and shows an administrator the mails it gave up on. The test
 * server retries after 1, 2, 4, 4… s and gives up after 6 failures (arquillian.xml). GreenMail is
 * started and stopped by the tests themselves, so they can take it away.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboxIT {

    private static final ServerSetup SMTP = new ServerSetup(nl.weerbaar.it.support.Mailbox.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    private GreenMail smtp;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void smtpUp() {
        smtpComesBack();
    }

    @AfterEach
    void smtpDown() {
        smtpGoesAway();
    }

    private void smtpGoesAway() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    private void smtpComesBack() {
        smtp = new GreenMail(SMTP).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** Waits (at most 60 s: a retry may be 4 s away) until every address has this many mails. */
    private void awaitMails(List<String> addresses, int each) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            if (addresses.stream().allMatch(a -> mailsTo(a).size() >= each)) {
                return;
            }
            Thread.sleep(250);
        }
        List<String> missing = addresses.stream().filter(a -> mailsTo(a).size() < each).toList();
        throw new AssertionError(missing.size() + " of " + addresses.size() + " participants have fewer than " + each
                + " mails, e.g. " + missing.get(0) + " with " + mailsTo(missing.get(0)).size());
    }

    private static String newParticipantWithEmail(String email) {
        String json = "{\"name\":\"Wethouder Storing " + UUID.randomUUID().toString().substring(0, 6) + "\",\"email\":\""
                + email + "\",\"office\":\"wethouder\",\"gemeentecode\":\"GM0344\",\"inOfficeSince\":\"2022-06-01\"}";
        HttpResponse<String> created = Http.api("ngb").postJson("api/participants", json);
        assertEquals(201, created.statusCode(), created.body());
        return String.valueOf(Http.object(created.body()).getJsonNumber("id").longValue());
    }

    private static Optional<JsonObject> outboxEntry(String state, String recipient) {
        HttpResponse<String> listed = Http.api("admin").get("api/admin/outbox?state=" + state);
        assertEquals(200, listed.statusCode(), listed.body());
        return Http.array(listed.body()).getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("recipient").equals(recipient)).findFirst();
    }

    @Test
    void everyMailMadeWhileTheMailServerIsDownArrivesOnceAndInOrderWhenItIsBack() throws Exception {
        long session = EnrolmentIT.newSession(30);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> emails = new ArrayList<>();
        List<String> participants = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String email = "storing-" + tag + "-" + i + "@example.nl";
            emails.add(email);
            participants.add(newParticipantWithEmail(email));
        }

        smtpGoesAway();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String participant : participants) {
                done.add(pool.submit(() -> {
                    Http ngb = Http.api("ngb");
                    HttpResponse<String> booked = ngb.postJson("api/sessions/" + session + "/enrolments",
                            "{\"participantId\":" + participant + "}");
                    assertEquals(201, booked.statusCode(), booked.body());
                    HttpResponse<String> cancelled = ngb.delete("api/sessions/" + session + "/enrolments/" + participant);
                    assertEquals(204, cancelled.statusCode(), cancelled.body());
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(outboxEntry("pending", emails.get(0)).isPresent(), "her mails wait in the outbox");
        smtpComesBack();

        awaitMails(emails, 2);
        Thread.sleep(3000); // a few more worker rounds: nothing may come twice
        for (String email : emails) {
            List<MimeMessage> mine = mailsTo(email);
            assertEquals(2, mine.size(), "exactly the booking and the cancellation for " + email);
            assertTrue(mine.get(0).getSubject().startsWith("Inschrijving bevestigd"), mine.get(0).getSubject());
            assertTrue(mine.get(1).getSubject().startsWith("Inschrijving geannuleerd door het NGB"), mine.get(1).getSubject());
            assertFalse(outboxEntry("dead", email).isPresent(), "no mail of " + email + " died in the outage");
        }
    }

    @Test
    void aMailThatKeepsFailingDiesIsShownToTheAdministratorAndArrivesWhenResent() throws Exception {
        long session = EnrolmentIT.newSession(8);
        String email = "dood-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        String participant = newParticipantWithEmail(email);
        smtpGoesAway();
        assertEquals(201, Http.api("ngb").postJson("api/sessions/" + session + "/enrolments",
                "{\"participantId\":" + participant + "}").statusCode());

        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        Optional<JsonObject> dead = Optional.empty();
        while (dead.isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(1000);
            dead = outboxEntry("dead", email);
        }
        assertTrue(dead.isPresent(), "the mail to " + email + " died after its attempts");
        assertEquals(6, dead.get().getInt("attempts"));
        assertFalse(dead.get().getString("lastError").isBlank());
        assertTrue(dead.get().getString("subject").startsWith("Inschrijving bevestigd"), dead.get().toString());
        assertEquals(403, Http.api("ngb").get("api/admin/outbox?state=dead").statusCode());
        assertEquals(400, Http.api("admin").get("api/admin/outbox?state=lost").statusCode());
        Http browser = Http.pages();
        assertEquals(302, browser.login("admin", Deployments.PASSWORD).statusCode());
        HttpResponse<String> page = browser.get("beheer/uitgaande-mail.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(email), "the administrator's page lists the dead mail");
        Http ngbBrowser = Http.pages();
        ngbBrowser.login("ngb", Deployments.PASSWORD);
        assertEquals(403, ngbBrowser.get("beheer/uitgaande-mail.xhtml").statusCode());

        smtpComesBack();
        Thread.sleep(2500); // worker rounds with the server back: a dead mail stays put until resent
        assertEquals(0, mailsTo(email).size(), "a dead mail is not retried by itself");

        long id = dead.get().getJsonNumber("id").longValue();
        HttpResponse<String> resent = Http.api("admin").postJson("api/admin/outbox/" + id + "/resend", "");
        assertEquals(202, resent.statusCode(), resent.body());
        awaitMails(List.of(email), 1);
        assertTrue(mailsTo(email).get(0).getSubject().startsWith("Inschrijving bevestigd"));
        Instant sentBy = Instant.now().plus(Duration.ofSeconds(10));
        while (outboxEntry("sent", email).isEmpty() && Instant.now().isBefore(sentBy)) {
            Thread.sleep(200);
        }
        assertTrue(outboxEntry("sent", email).isPresent(), "marked sent");
        assertEquals(409, Http.api("admin").postJson("api/admin/outbox/" + id + "/resend", "").statusCode());
        assertEquals(404, Http.api("admin").postJson("api/admin/outbox/999999999/resend", "").statusCode());
        assertEquals(1, mailsTo(email).size());
    }
}
