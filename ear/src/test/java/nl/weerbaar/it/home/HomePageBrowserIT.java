package nl.weerbaar.it.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import nl.weerbaar.it.planning.EnrolmentIT;
import nl.weerbaar.it.support.Browser;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.Learners;
import nl.weerbaar.it.support.Learners.Learner;
import nl.weerbaar.it.support.Mailbox;
import nl.weerbaar.it.support.SessionJsonFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Each role's home page shows its next step from the data the test made, passes axe-core, and is
 * photographed for the README; the help page and the accessibility statement open without a login.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePageBrowserIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aWaitlistedParticipantSeesHerPlaceHerNameAndThatHerNextStepIsTheFirstCase() throws Exception {
        long session = EnrolmentIT.newSession(1);
        assertEquals(201, enrolOnBehalf(session, EnrolmentIT.newParticipant()).statusCode());
        Learner learner = Learners.create(SMTP);
        HttpResponse<String> waiting = learner.api().postJson("api/sessions/" + session + "/enrolments", "{}");
        assertEquals(201, waiting.statusCode(), waiting.body());
        String title = Http.object(Http.api("ngb").get("api/sessions/" + session).body()).getString("title");
        try (Browser browser = Browser.start()) {
            browser.login(learner.username(), learner.password());
            String bar = browser.driver.findElement(By.cssSelector("#userForm strong")).getText();
            assertEquals(learner.name(), bar, "her name from the register, not her user name");
            String mine = text(browser, "mijnSessie");
            assertTrue(mine.contains(title) && mine.contains("Op de wachtlijst, plaats 1"), mine);
            assertTrue(mine.contains("maandag 1 maart 2027, 09:00") && mine.contains("Nieuwegein"), mine);
            String next = text(browser, "volgendeStap");
            assertTrue(next.contains("Oefen de volgende casus"), next);
            assertTrue(text(browser, "mijnModules").contains("0 van "), "no case passed yet");
            browser.assertAccessible("participant's home page");
            browser.screenshot("home-deelnemer");

            browser.driver.findElement(By.id("stapForm:starten")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("knoopTekst")));
            browser.assertAccessible("the player, from the home page's next step");
            browser.screenshot("speler");
        }
    }

    @Test
    void herPreparationDoneSheIsToldToAttendAndOnceCompleteThatSheHasFinishedWithHerCertificate() throws Exception {
        Learner learner = Learners.create(SMTP);
        LocalDateTime start = LocalDateTime.now(AMSTERDAM).plusSeconds(8).withNano(0);
        long session = EnrolmentIT.sessionStartingAt(start);
        assertEquals(201, enrolOnBehalf(session, learner.participantId()).statusCode());
        passAllRequired(learner, "voorbereiding");
        try (Browser browser = Browser.start()) {
            browser.login(learner.username(), learner.password());
            assertTrue(text(browser, "volgendeStap").contains("Uw voorbereiding is klaar"), text(browser, "volgendeStap"));
            assertTrue(text(browser, "mijnSessie").contains("Ingeschreven"), text(browser, "mijnSessie"));

            passAllRequired(learner, "nazorg");
            Thread.sleep(Math.max(0, java.time.Duration.between(LocalDateTime.now(AMSTERDAM), start).toMillis()) + 500);
            HttpResponse<String> attended = Http.api("trainer").putJson("api/sessions/" + session + "/enrolments/"
                    + learner.participantId() + "/attendance", "{\"attendance\":\"ATTENDED\"}");
            assertEquals(200, attended.statusCode(), attended.body());

            browser.open("index.xhtml");
            String done = text(browser, "volgendeStap");
            assertTrue(done.contains("U hebt de training afgerond op") && done.contains("u bent klaar"), done);
            assertTrue(text(browser, "mijnSessie").contains("U hebt uw trainingsdag bijgewoond"), text(browser, "mijnSessie"));
            browser.assertAccessible("participant's home page, finished");
            browser.driver.findElement(By.id("certificaatForm:certificaat")).click();
            java.nio.file.Path pdf = browser.downloads().resolve("certificaat-weerbaar.pdf");
            browser.wait.until(d -> java.nio.file.Files.exists(pdf));
            assertTrue(new String(java.nio.file.Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                    .startsWith("%PDF-"), "her certificate, from the home page");
        }
    }

    private static void passAllRequired(Learner learner, String module) {
        for (String scenario : nl.weerbaar.scenarios.LearningModule.shipped(module).orElseThrow().requiredScenarios()) {
            long attempt = Learners.start(learner, module, scenario).getJsonNumber("attemptId").longValue();
            assertTrue(Learners.play(learner, attempt, Learners.bestPath(scenario)).getBoolean("passed"), scenario);
        }
    }

    @Test
    void aParticipantWithoutASessionIsToldToEnrolAndTheDemoParticipantIsGreetedByHerName() throws Exception {
        Learner learner = Learners.create(SMTP);
        try (Browser browser = Browser.start()) {
            browser.login(learner.username(), learner.password());
            assertTrue(text(browser, "volgendeStap").contains("nog niet voor een trainingsdag ingeschreven"));
            assertTrue(text(browser, "mijnSessie").contains("U bent niet ingeschreven"));
            browser.driver.findElement(By.id("stapAanbod")).click();
            browser.wait.until(ExpectedConditions.urlContains("/aanbod/sessies.xhtml"));
        }
    }

    @Test
    void ngbSeesTheSessionUnderItsMinimumItsDeadlineThisWeekAndTheFullOneWithItsWaitlist() throws Exception {
        LocalDateTime now = LocalDateTime.now(AMSTERDAM).withNano(0);
        String shortTitle = SessionJsonFixture.uniqueTitle("Te weinig");
        String json = SessionJsonFixture.valid(shortTitle)
                .replace("\"capacity\":8", "\"capacity\":8,\"minParticipants\":4,\"enrolmentDeadline\":\""
                        + now.plusDays(3).format(ISO) + "\"");
        HttpResponse<String> created = Http.api("ngb").postJson("api/sessions", json);
        assertEquals(201, created.statusCode(), created.body());
        long full = EnrolmentIT.newSession(1);
        assertEquals(201, enrolOnBehalf(full, EnrolmentIT.newParticipant()).statusCode());
        assertEquals(201, enrolOnBehalf(full, EnrolmentIT.newParticipant()).statusCode());
        assertEquals(201, enrolOnBehalf(full, EnrolmentIT.newParticipant()).statusCode());
        String fullTitle = Http.object(Http.api("ngb").get("api/sessions/" + full).body()).getString("title");
        try (Browser browser = Browser.start()) {
            browser.login("ngb");
            String under = text(browser, "onderMinimum");
            assertTrue(under.contains(shortTitle + ": 0 ingeschreven, minimaal 4"), under);
            String deadlines = text(browser, "deadlines");
            assertTrue(deadlines.contains("inschrijving sluit — " + shortTitle), deadlines);
            String waitlists = text(browser, "volMetWachtlijst");
            assertTrue(waitlists.contains(fullTitle + ": 2 personen wachten"), waitlists);
            String mails = text(browser, "mislukteMails");
            assertTrue(mails.contains("niet verzonden") || mails.contains("Alle e-mails zijn verzonden"), mails);
            browser.assertAccessible("NGB's home page");
            browser.screenshot("home-ngb");
        }
    }

    @Test
    void theTrainerSeesAttendanceToRecordAndHowFarHerNextGroupIsInCountsOnly() throws Exception {
        LocalDateTime now = LocalDateTime.now(AMSTERDAM).withNano(0);
        LocalDateTime soon = now.plusSeconds(8);
        long begun = EnrolmentIT.sessionStartingAt(soon);
        assertEquals(201, enrolOnBehalf(begun, EnrolmentIT.newParticipant()).statusCode());
        String begunTitle = Http.object(Http.api("ngb").get("api/sessions/" + begun).body()).getString("title");

        // Her next session starts within the hour, before any other planned one of the demo trainer.
        LocalDateTime next = now.plusMinutes(30);
        String nextTitle = SessionJsonFixture.uniqueTitle("Volgende groep");
        String json = SessionJsonFixture.valid(nextTitle).replace("2027-03-01T09:00:00", next.format(ISO))
                .replace("\"capacity\":8", "\"capacity\":8,\"minParticipants\":1,\"trainers\":[\"trainer\"],"
                        + "\"enrolmentDeadline\":\"" + next.minusMinutes(1).format(ISO) + "\"");
        HttpResponse<String> created = Http.api("ngb").postJson("api/sessions", json);
        assertEquals(201, created.statusCode(), created.body());
        long nextId = Http.object(created.body()).getJsonNumber("id").longValue();
        Learner started = Learners.create(SMTP);
        Learner notYet = Learners.create(SMTP);
        assertEquals(201, started.api().postJson("api/sessions/" + nextId + "/enrolments", "{}").statusCode());
        assertEquals(201, notYet.api().postJson("api/sessions/" + nextId + "/enrolments", "{}").statusCode());
        String firstModule = Http.array(started.api().get("api/modules").body()).getJsonObject(0).getString("id");
        Learners.start(started, firstModule, Http.array(started.api().get("api/modules").body()).getJsonObject(0)
                .getJsonArray("scenarios").getJsonObject(0).getString("id"));

        Thread.sleep(java.time.Duration.between(LocalDateTime.now(AMSTERDAM), soon).toMillis() + 500);
        try (Browser browser = Browser.start()) {
            browser.login("trainer");
            String toRecord = text(browser, "aanwezigheidOpnemen");
            assertTrue(toRecord.contains(begunTitle) && toRecord.contains("1 deelnemer zonder vastgelegde aanwezigheid"), toRecord);
            String group = text(browser, "volgendeSessie");
            assertTrue(group.contains(nextTitle), group);
            assertTrue(group.contains("2 deelnemers ingeschreven"), group);
            assertTrue(group.contains("0 gehaald, 1 begonnen"), "one of the two started the first module: " + group);
            assertTrue(!group.contains(started.name()) && !group.contains(notYet.name()), "counts only, no names");
            assertTrue(text(browser, "nieuweEvaluaties").length() > 0);
            browser.assertAccessible("trainer's home page");
            browser.screenshot("home-trainer");
        }
    }

    @Test
    void bzkSeesItsLatestReportAndThisYearsBudget() throws Exception {
        int year = LocalDateTime.now(AMSTERDAM).getYear();
        int status = Http.api("bzk").postJson("api/reports/participation?year=" + year, "").statusCode();
        assertTrue(status == 202 || status == 409, "started, or this one runs already: " + status);
        try (Browser browser = Browser.start()) {
            browser.login("bzk");
            String report = text(browser, "laatsteRapport");
            assertTrue(report.contains("Deelnamerapportage BZK (totalen)"), report);
            String budget = text(browser, "budget");
            assertTrue(budget.contains("Budget " + year) && budget.contains("Uitgegeven"), budget);
            browser.assertAccessible("BZK's home page");
            browser.screenshot("home-bzk");
        }
    }

    @Test
    void theAdministratorSeesLocksFailedMailsAndTheDatabasesSchemaVersion() throws Exception {
        String schema = Http.object(Http.api("admin").get("api/admin/platform").body()).getString("schemaVersion");
        try (Browser browser = Browser.start()) {
            browser.login("admin");
            assertTrue(text(browser, "gezondheid").contains("schemaversie " + schema), text(browser, "gezondheid"));
            String locks = text(browser, "geblokkeerd");
            assertTrue(locks.contains("Geen inlognamen geblokkeerd") || locks.contains("15 minuten geblokkeerd"), locks);
            assertTrue(text(browser, "dodeMails").contains("e-mail"), text(browser, "dodeMails"));
            browser.assertAccessible("administrator's home page");
            browser.screenshot("home-admin");
        }
    }

    @Test
    void aVisitorWithoutAnAccountOpensTheHelpPageAndTheAccessibilityStatementFromTheFooter() throws Exception {
        HttpResponse<String> help = Http.pages().get("hulp.xhtml");
        assertEquals(200, help.statusCode(), "no login for the support numbers");
        assertTrue(help.body().contains("070-3738314"), "the support team's number");
        try (Browser browser = Browser.start()) {
            browser.open("login.xhtml");
            browser.driver.findElement(By.id("navBezoekerHulp")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.support-card")));
            assertTrue(browser.driver.getCurrentUrl().endsWith("/hulp.xhtml"), browser.driver.getCurrentUrl());
            browser.assertAccessible("help page, anonymous");
            browser.driver.findElement(By.id("navVerklaring")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("laatsteControle")));
            String checked = text(browser, "laatsteControle");
            assertTrue(checked.matches("(?s)Laatste geautomatiseerde controle:\\s+\\d{1,2} \\p{L}+ \\d{4}"),
                    "a Dutch date from the build: " + checked);
            assertTrue(text(browser, "betekenis").contains("bouwdatum"), "it says what the date means");
            assertTrue(text(browser, "onderzoek").contains("axe-core") && text(browser, "onderzoek").contains("320"));
            assertTrue(browser.driver.findElement(By.id("contactAdres")).getDomAttribute("href").startsWith("mailto:"));
            browser.assertAccessible("accessibility statement, anonymous");
        }
        Http visitor = Http.pages();
        assertEquals(302, visitor.submit("toegankelijkheidsverklaring.xhtml",
                Map.of("userForm", "userForm", "userForm:language", "userForm:language")).statusCode());
        String english = visitor.get("toegankelijkheidsverklaring.xhtml").body();
        assertTrue(english.contains("Accessibility statement") && english.contains("Last automated check:"), english);
        assertTrue(english.contains("lang=\"en\""));
    }

    private static HttpResponse<String> enrolOnBehalf(long session, long participant) {
        return Http.api("ngb").postJson("api/sessions/" + session + "/enrolments", "{\"participantId\":" + participant + "}");
    }

    private static String text(Browser browser, String id) {
        return browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText();
    }
}
