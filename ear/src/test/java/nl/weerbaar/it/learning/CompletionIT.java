package nl.weerbaar.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.weerbaar.it.support.Learners.Learner;
import nl.weerbaar.scenarios.LearningModule;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import nl.weerbaar.it.planning.EnrolmentIT;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.Learners;
import nl.weerbaar.it.support.Mailbox;

/**
 * Completion (attended and passed the required modules), the certificate PDF and its public
 * verification, the xAPI learning records, the evaluation after the session, and erasure.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompletionIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void attendingAndPassingTheRequiredModulesCompletesTheTrainingWithAVerifiableCertificate() throws Exception {
        Learner learner = Learners.create(SMTP);
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        long session = EnrolmentIT.sessionStartingAt(start);
        assertEquals(201, Http.api("ngb").postJson("api/sessions/" + session + "/enrolments",
                "{\"participantId\":" + learner.participantId() + "}").statusCode());

        passAllRequired(learner, "voorbereiding");
        JsonObject halfway = completion(learner);
        assertFalse(halfway.getBoolean("attended"));
        assertTrue(halfway.isNull("completedOn"), "the post-session module is still to do");
        passAllRequired(learner, "nazorg");
        assertTrue(completion(learner).isNull("completedOn"), "not attended yet");
        assertEquals(404, learner.api().getBytes("api/me/certificate").statusCode());

        Thread.sleep(Math.max(0, Duration.between(LocalDateTime.now(ZoneId.of("Europe/Amsterdam")), start).toMillis()) + 500);
        HttpResponse<String> attended = Http.api("trainer").putJson("api/sessions/" + session + "/enrolments/"
                + learner.participantId() + "/attendance", "{\"attendance\":\"ATTENDED\"}");
        assertEquals(200, attended.statusCode(), attended.body());

        JsonObject done = completion(learner);
        assertTrue(done.getBoolean("attended"));
        assertFalse(done.isNull("completedOn"), done.toString());
        String code = done.getString("certificateCode");
        assertTrue(code.matches("WB(-[A-Z0-9]{8}){2}"), "80 bits: " + code);
        JsonObject seenByNgb = Http.object(Http.api("ngb").get("api/participants/" + learner.participantId() + "/completion").body());
        assertEquals(code, seenByNgb.getString("certificateCode"));

        HttpResponse<byte[]> pdf = learner.api().getBytes("api/me/certificate");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains(learner.name()), text);
            assertTrue(text.contains(code), text);
            assertTrue(text.contains("Omgaan met intimidatie en bedreiging"), text);
            assertTrue(text.contains("Hierbij verklaren wij dat"), "she chose no language: Dutch, " + text);
            assertEquals("nl-NL", document.getDocumentCatalog().getLanguage());
            // The printed check address (the QR code says the same; CertificatePdfTest reads it) opens the public
            // check page with the code filled in, for anyone, without a login.
            assertThePrintedAddressOpensTheCheckPage(text, "Controleer dit certificaat op", learner);
        }

        HttpResponse<String> verified = Http.api(null).get("api/certificates/" + code);
        assertEquals(200, verified.statusCode(), verified.body());
        JsonObject verification = Http.object(verified.body());
        assertEquals(learner.name(), verification.getString("name"));
        assertEquals(Set.of("name", "training", "completedOn"), verification.keySet(), "nothing else");
        assertEquals(404, Http.api(null).get("api/certificates/WB-0000-0000").statusCode());
        assertEquals(403, learner.api().get("api/participants/" + learner.participantId() + "/completion").statusCode());
    }

    /** She chose English on the pages: her certificate is English and tagged en; the public check stays as it is. */
    @Test
    void aHolderWhoChoseEnglishGetsHerCertificateInEnglish() throws Exception {
        Learner learner = Learners.create(SMTP);
        Http pages = Http.pages();
        assertEquals(302, pages.login(learner.username(), learner.password()).statusCode());
        assertEquals(302, pages.submit("index.xhtml", java.util.Map.of("userForm", "userForm", "userForm:language",
                "userForm:language")).statusCode(), "she switches the top bar to English, kept with her login");
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        long session = EnrolmentIT.sessionStartingAt(start);
        assertEquals(201, Http.api("ngb").postJson("api/sessions/" + session + "/enrolments",
                "{\"participantId\":" + learner.participantId() + "}").statusCode());
        passAllRequired(learner, "voorbereiding");
        passAllRequired(learner, "nazorg");
        Thread.sleep(Math.max(0, Duration.between(LocalDateTime.now(ZoneId.of("Europe/Amsterdam")), start).toMillis()) + 500);
        assertEquals(200, Http.api("trainer").putJson("api/sessions/" + session + "/enrolments/"
                + learner.participantId() + "/attendance", "{\"attendance\":\"ATTENDED\"}").statusCode());
        String code = completion(learner).getString("certificateCode");

        HttpResponse<byte[]> pdf = learner.api().getBytes("api/me/certificate");
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertEquals("en", document.getDocumentCatalog().getLanguage());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("This is to certify that " + learner.name()), text);
            assertTrue(text.contains("has attended the training Dealing with intimidation and threats"), text);
            assertTrue(text.contains("Preparation: prevention and the network"), text);
            assertTrue(text.contains("Verification code: " + code), text);
            assertFalse(text.contains("Hierbij verklaren wij") || text.contains("Afgerond op"), text);
            assertThePrintedAddressOpensTheCheckPage(text, "Check this certificate at", learner);
        }
        JsonObject verification = Http.object(Http.api(null).get("api/certificates/" + code).body());
        assertEquals("Omgaan met intimidatie en bedreiging", verification.getString("training"), "the check is unchanged");
    }

    @Test
    void learningRecordsAreXapiStatementsWithAPseudonymousAccountActorAndErasureDeletesThem() throws Exception {
        Learner learner = Learners.create(SMTP);
        long attempt = Learners.start(learner, "voorbereiding", "a1-zwakke-signalen").getJsonNumber("attemptId").longValue();
        Learners.play(learner, attempt, Learners.worstPath("a1-zwakke-signalen"));

        HttpResponse<String> mine = learner.api().get("api/me/statements");
        assertEquals(200, mine.statusCode(), mine.body());
        List<JsonObject> statements = Http.array(mine.body()).getValuesAs(JsonObject.class);
        List<String> verbs = statements.stream().map(s -> s.getJsonObject("verb").getString("id")
                .replace("http://adlnet.gov/expapi/verbs/", "")).toList();
        assertEquals("launched", verbs.get(0));
        assertTrue(verbs.contains("answered"));
        assertEquals(List.of("completed", "failed"), verbs.subList(verbs.size() - 2, verbs.size()));
        String sha1 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                .digest(("mailto:" + learner.email()).getBytes(StandardCharsets.UTF_8)));
        assertFalse(mine.body().contains(sha1), "no hash of her address either");
        assertFalse(mine.body().contains("mbox"), "no mbox or mbox_sha1sum actor");
        assertFalse(mine.body().contains(learner.email()), "the address itself is never in a statement");
        JsonObject actor = statements.get(0).getJsonObject("actor");
        assertEquals(Set.of("objectType", "account"), actor.keySet());
        assertEquals("Agent", actor.getString("objectType"));
        assertEquals(Set.of("homePage", "name"), actor.getJsonObject("account").keySet());
        assertTrue(actor.getJsonObject("account").getString("name").matches("[0-9a-f]{64}"));
        assertTrue(statements.stream().allMatch(s -> s.getJsonObject("actor").equals(actor)), "one pseudonym per participant");
        JsonObject failed = statements.get(statements.size() - 1);
        assertFalse(failed.getJsonObject("result").getBoolean("success"));
        assertTrue(failed.getJsonObject("result").getJsonObject("score").containsKey("raw"));
        for (JsonObject statement : statements) {
            // xAPI 1.0.3 4.1.5.1: min <= raw <= max, scaled within -1..1 (12 of 40 statements broke this before).
            if (statement.containsKey("result") && statement.getJsonObject("result").containsKey("score")) {
                JsonObject score = statement.getJsonObject("result").getJsonObject("score");
                int raw = score.getInt("raw");
                assertTrue(score.getInt("min") <= raw && raw <= score.getInt("max"), score.toString());
                double scaled = score.getJsonNumber("scaled").doubleValue();
                assertTrue(-1 <= scaled && scaled <= 1, score.toString());
            }
        }

        nl.weerbaar.it.support.XapiValidator.assertValid(mine.body());

        HttpResponse<String> forNgb = Http.api("ngb").get("api/participants/" + learner.participantId() + "/statements");
        assertEquals(statements.size(), Http.array(forNgb.body()).size());
        assertEquals(403, Http.api("bzk").get("api/participants/" + learner.participantId() + "/statements").statusCode());

        assertEquals(204, Http.api("ngb").delete("api/participants/" + learner.participantId()).statusCode());
        HttpResponse<String> afterErasure = Http.api("ngb").get("api/participants/" + learner.participantId() + "/statements");
        assertEquals(0, Http.array(afterErasure.body()).size(), "erasure deletes her learning records");
    }

    @Test
    void attendeesEvaluateAHeldSessionOnceAndAggregatesShowOnlyFromThreeRespondents() throws Exception {
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        long session = EnrolmentIT.sessionStartingAt(start);
        List<Learner> attendees = List.of(Learners.create(SMTP), Learners.create(SMTP), Learners.create(SMTP));
        for (Learner l : attendees) {
            assertEquals(201, Http.api("ngb").postJson("api/sessions/" + session + "/enrolments",
                    "{\"participantId\":" + l.participantId() + "}").statusCode());
        }
        String answer = "{\"overall\":4,\"usefulness\":5,\"trainers\":3,\"comments\":\"Nuttig.\"}";
        assertEquals(404, attendees.get(0).api().postJson("api/sessions/" + session + "/evaluation", answer).statusCode(),
                "only attendees evaluate, and attendance is not recorded yet");
        Thread.sleep(Math.max(0, Duration.between(LocalDateTime.now(ZoneId.of("Europe/Amsterdam")), start).toMillis()) + 500);
        for (Learner l : attendees) {
            assertEquals(200, Http.api("trainer").putJson("api/sessions/" + session + "/enrolments/" + l.participantId()
                    + "/attendance", "{\"attendance\":\"ATTENDED\"}").statusCode());
        }
        assertEquals(409, attendees.get(0).api().postJson("api/sessions/" + session + "/evaluation", answer).statusCode(),
                "the session is not marked held yet");
        assertEquals(200, Http.api("ngb").putJson("api/sessions/" + session + "/status", "{\"status\":\"CONFIRMED\"}").statusCode());
        assertEquals(200, Http.api("ngb").putJson("api/sessions/" + session + "/status", "{\"status\":\"HELD\"}").statusCode());
        String request = evaluationMailTo(attendees.get(0).email());
        assertTrue(request.contains("/deelnemer/evaluatie.xhtml?sessie=" + session), request);

        HttpResponse<String> bad = attendees.get(0).api().postJson("api/sessions/" + session + "/evaluation",
                "{\"overall\":7,\"usefulness\":5}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("overall") && bad.body().contains("trainers"), bad.body());
        assertEquals(201, attendees.get(0).api().postJson("api/sessions/" + session + "/evaluation", answer).statusCode());
        assertEquals(409, attendees.get(0).api().postJson("api/sessions/" + session + "/evaluation", answer).statusCode(),
                "once");
        JsonObject one = Http.object(Http.api("trainer").get("api/sessions/" + session + "/evaluation").body());
        assertTrue(one.isNull("respondents"), "below three not even the count is told: " + one);
        assertTrue(one.isNull("overall"), "one respondent's answers are not shown: " + one);
        assertTrue(one.getJsonArray("comments").isEmpty());

        attendees.get(1).api().postJson("api/sessions/" + session + "/evaluation",
                "{\"overall\":2,\"usefulness\":3,\"trainers\":5}");
        attendees.get(2).api().postJson("api/sessions/" + session + "/evaluation",
                "{\"overall\":3,\"usefulness\":4,\"trainers\":4,\"comments\":\"Meer casussen graag.\"}");
        JsonObject three = Http.object(Http.api("ngb").get("api/sessions/" + session + "/evaluation").body());
        assertEquals(3, three.getInt("respondents"));
        assertEquals(3.0, three.getJsonNumber("overall").doubleValue(), 0.001);
        assertEquals(4.0, three.getJsonNumber("usefulness").doubleValue(), 0.001);
        assertEquals(Set.of("Nuttig.", "Meer casussen graag."), three.getJsonArray("comments").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).collect(Collectors.toSet()));
        assertEquals(403, Http.api("bzk").get("api/sessions/" + session + "/evaluation").statusCode());
        Learner stranger = Learners.create(SMTP);
        assertEquals(404, stranger.api().postJson("api/sessions/" + session + "/evaluation", answer).statusCode());

        // The page opens the form only for a session she may evaluate, and says why otherwise.
        Http strangerPages = Http.pages();
        strangerPages.login(stranger.username(), stranger.password());
        String refused = strangerPages.get("deelnemer/evaluatie.xhtml?sessie=" + session).body();
        assertTrue(refused.contains("id=\"niet-open\""), "she did not attend: the page says so");
        assertFalse(refused.contains("id=\"evaluatie\""), "and shows no form to fill in for nothing");
        Http attendeePages = Http.pages();
        attendeePages.login(attendees.get(1).username(), attendees.get(1).password());
        assertTrue(attendeePages.get("deelnemer/evaluatie.xhtml").body().contains("id=\"niet-open\""),
                "evaluated already, and without a session in the address: nothing open");
    }

    /** The body of the mail that asks her to evaluate (it comes after the commit, so wait for it). */
    private static String evaluationMailTo(String email) throws Exception {
        java.time.Instant until = java.time.Instant.now().plusSeconds(20);
        while (java.time.Instant.now().isBefore(until)) {
            for (jakarta.mail.internet.MimeMessage m : Mailbox.to(SMTP, email)) {
                if (m.getSubject().startsWith("Hoe was de training")) {
                    return (String) m.getContent();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no evaluation request to " + email);
    }

    /** The address printed after these words opens the public check page, which shows her name. */
    private static void assertThePrintedAddressOpensTheCheckPage(String text, String words, Learner learner) {
        java.util.regex.Matcher printed = java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote(words) + " \\S+/(certificaat\\.xhtml\\?code=\\S+)").matcher(text);
        assertTrue(printed.find(), text);
        HttpResponse<String> check = Http.pages().get(printed.group(1));
        assertEquals(200, check.statusCode());
        assertTrue(check.body().contains(learner.name()), "the check page shows the name on the certificate");
    }

    private static void passAllRequired(Learner learner, String module) {
        for (String scenario : LearningModule.shipped(module).orElseThrow().requiredScenarios()) {
            long attempt = Learners.start(learner, module, scenario).getJsonNumber("attemptId").longValue();
            JsonObject end = Learners.play(learner, attempt, Learners.bestPath(scenario));
            assertTrue(end.getBoolean("passed"), scenario);
        }
    }

    private static JsonObject completion(Learner learner) {
        HttpResponse<String> status = learner.api().get("api/me/completion");
        assertEquals(200, status.statusCode(), status.body());
        return Http.object(status.body());
    }
}
