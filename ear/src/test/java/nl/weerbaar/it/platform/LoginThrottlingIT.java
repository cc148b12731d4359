package nl.weerbaar.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.FromAddress;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.Learners;
import nl.weerbaar.it.support.Mailbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Password guessing is slowed and stopped, for the API and the login form. Every test guesses from
 * a loopback address of its own and with names of its own, so no other test is ever limited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginThrottlingIT {

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.server();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String unknownName() {
        return "geraden-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void afterFiveFailuresTheApiAnswers429WithRetryAfterAndAReasonInDutchOrEnglish() {
        FromAddress guesser = FromAddress.loopback(21);
        String name = unknownName();
        for (int attempt = 1; attempt <= 6; attempt++) {
            FromAddress.Answer answer = guesser.getWithBasic("api/account", name, "gok-" + attempt, "nl");
            assertEquals(401, answer.status(), "attempt " + attempt + " is answered, wrongly guessed: " + answer.body());
            assertTrue(answer.headers().get("content-type").startsWith("application/json"), "a 401 from the API is JSON");
        }
        FromAddress.Answer refused = guesser.getWithBasic("api/account", name, "gok-7", "nl");
        assertEquals(429, refused.status(), refused.body());
        assertEquals("1", refused.headers().get("retry-after"));
        assertEquals("Te veel mislukte pogingen. Probeer het over 1 seconde opnieuw.", Http.object(refused.body()).getString("error"));
        FromAddress.Answer english = guesser.getWithBasic("api/account", name, "gok-8", "en");
        assertEquals(429, english.status());
        assertTrue(Http.object(english.body()).getString("error").startsWith("Too many failed attempts."), english.body());
    }

    @Test
    void tenFailuresLockTheAccountEvenForItsRightPasswordUntilAnAdministratorReleasesIt() throws InterruptedException {
        Learners.Learner mayor = Learners.create(smtp);
        FromAddress guesser = FromAddress.loopback(22);
        int failures = 0;
        while (failures < 10) {
            FromAddress.Answer answer = guesser.getWithBasic("api/account", mayor.username(), "fout-" + failures, "nl");
            if (answer.status() == 429) {
                Thread.sleep(Long.parseLong(answer.headers().get("retry-after")) * 1000);
            } else {
                assertEquals(401, answer.status(), answer.body());
                failures++;
            }
        }
        FromAddress.Answer locked = guesser.getWithBasic("api/account", mayor.username(), mayor.password(), "nl");
        assertEquals(429, locked.status(), "locked, even for the right password: " + locked.body());
        assertTrue(Long.parseLong(locked.headers().get("retry-after")) > 14 * 60, locked.headers().toString());
        assertTrue(Http.object(locked.body()).getString("error").contains("15 minuten geblokkeerd"), locked.body());
        assertEquals(429, mayor.api().get("api/account").statusCode(), "the lock is the name's, from every address");

        JsonObject locks = Http.object(Http.api("admin").get("api/admin/locks").body());
        assertTrue(locks.getJsonArray("locked").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(s -> s.getString().equals(mayor.username())), locks.toString());
        assertEquals(403, Http.api("ngb").postJson("api/admin/locks/" + mayor.username() + "/release", "").statusCode());
        assertEquals(204, Http.api("admin").postJson("api/admin/locks/" + mayor.username() + "/release", "").statusCode());
        assertEquals(404, Http.api("admin").postJson("api/admin/locks/" + mayor.username() + "/release", "").statusCode());
        assertEquals(200, guesser.getWithBasic("api/account", mayor.username(), mayor.password(), "nl").status());
    }

    @Test
    void fiftyFailuresFromOneAddressBlockItForEveryAccountButNotOtherAddresses() {
        FromAddress guesser = FromAddress.loopback(23);
        for (int attempt = 1; attempt <= 50; attempt++) {
            assertEquals(401, guesser.getWithBasic("api/account", unknownName(), "gok", "nl").status(), "attempt " + attempt);
        }
        FromAddress.Answer blocked = guesser.getWithBasic("api/account", "ngb", Deployments.PASSWORD, "nl");
        assertEquals(429, blocked.status(), "even a right password from that address: " + blocked.body());
        assertEquals(200, Http.api("ngb").get("api/account").statusCode(), "127.0.0.1 is not blocked");
    }

    @Test
    void aNameThatIsNoAccountCostsAsMuchTimeAsAWrongPassword() {
        Learners.Learner mayor = Learners.create(smtp);
        FromAddress guesser = FromAddress.loopback(24);
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            known.add(timeOf(() -> guesser.getWithBasic("api/account", mayor.username(), "fout", "nl")));
            unknown.add(timeOf(() -> guesser.getWithBasic("api/account", unknownName(), "fout", "nl")));
        }
        long knownMedian = median(known);
        long unknownMedian = median(unknown);
        System.out.printf("[LoginThrottlingIT] wrong password median %d ms, unknown name median %d ms%n",
                knownMedian / 1_000_000, unknownMedian / 1_000_000);
        // Without the dummy hash an unknown name answers in a few milliseconds against ~100 ms for a
        // wrong password; the bound is loose so that a busy machine cannot make it flaky.
        assertTrue(unknownMedian * 2 >= knownMedian, "an unknown name must not answer much faster: "
                + unknownMedian / 1_000_000 + " ms against " + knownMedian / 1_000_000 + " ms");
    }

    @Test
    void theLoginFormSaysHowLongToWaitAfterFiveFailures() {
        String name = unknownName();
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertTrue(Http.pages().login(name, "gok").body().contains("Inloggen is niet gelukt."), "attempt " + attempt);
        }
        // Each further failure adds a second of waiting; a form round trip may take longer than the
        // first second on a busy machine, so the test goes on until an attempt falls inside a wait.
        String body = "";
        for (int attempt = 7; attempt <= 12 && !body.contains("Te veel mislukte pogingen."); attempt++) {
            body = Http.pages().login(name, "gok").body();
        }
        assertTrue(body.contains("Te veel mislukte pogingen."), body);
    }

    @Test
    void thePublicCertificateCheckAnswersThirtyLookupsAMinutePerAddress() {
        FromAddress walker = FromAddress.loopback(25);
        for (int lookup = 1; lookup <= 30; lookup++) {
            assertEquals(404, walker.get("api/certificates/WB-2222" + lookup + "-ZZZZZZZZ").status(), "lookup " + lookup);
        }
        FromAddress.Answer refused = walker.get("api/certificates/WB-22223333-ZZZZZZZZ");
        assertEquals(429, refused.status(), refused.body());
        assertTrue(Long.parseLong(refused.headers().get("retry-after")) >= 1);
        assertEquals(404, Http.api(null).get("api/certificates/WB-22223333-ZZZZZZZZ").statusCode(), "other addresses go on");
    }

    private static long timeOf(Runnable request) {
        long start = System.nanoTime();
        request.run();
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    }
}
