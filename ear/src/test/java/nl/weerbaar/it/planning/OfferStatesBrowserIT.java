package nl.weerbaar.it.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The offer never leaves a session's action cell empty for her: it says she is enrolled there (or on
 * its waitlist), enrolled elsewhere, already trained, or that enrolment closed, and when.
 * Its sessions start tomorrow, so they are on the first page of the offer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfferStatesBrowserIT {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void sheSeesWhereSheIsEnrolledAndNgbSeesWhenEnrolmentClosed() throws Exception {
        Learner learner = Learners.create(SMTP);
        String mineTitle = SessionJsonFixture.uniqueTitle("Mijn sessie");
        long mine = soonSession(mineTitle, 1, null);
        String closedTitle = SessionJsonFixture.uniqueTitle("Gesloten");
        LocalDateTime deadline = LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        soonSession(closedTitle, 3, deadline);
        assertEquals(201, Http.api("ngb").postJson("api/sessions/" + mine + "/enrolments",
                "{\"participantId\":" + learner.participantId() + "}").statusCode());
        // The closed session's deadline passes; what is tested is the page after it, not the timing.
        Thread.sleep(Math.max(0, Duration.between(LocalDateTime.now(ZoneId.of("Europe/Amsterdam")), deadline).toMillis()) + 1000);

        try (Browser browser = Browser.start()) {
            browser.login(learner.username(), learner.password());
            openOffer(browser);
            assertEquals("U bent voor deze sessie ingeschreven.", actionCell(browser, mineTitle).getText());
            assertEquals("U bent al voor een andere sessie ingeschreven.", actionCell(browser, closedTitle).getText());
            browser.assertAccessible("offer of an enrolled participant");
            browser.screenshot("aanbod-staten-deelnemer");
            browser.logout();

            browser.login("ngb");
            openOffer(browser);
            assertEquals("Inschrijving gesloten sinds " + deadline.format(DUTCH), actionCell(browser, closedTitle).getText());
            browser.assertAccessible("offer with a closed session");
        }
    }

    @Test
    void aParticipantWhoAttendedIsToldSheHasTakenTheTraining() throws Exception {
        Learner learner = Learners.create(SMTP);
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        long attended = EnrolmentIT.sessionStartingAt(start);
        assertEquals(201, Http.api("ngb").postJson("api/sessions/" + attended + "/enrolments",
                "{\"participantId\":" + learner.participantId() + "}").statusCode());
        String openTitle = SessionJsonFixture.uniqueTitle("Open");
        soonSession(openTitle, 5, null);
        // Attendance can be recorded once the session has begun.
        Thread.sleep(Math.max(0, Duration.between(LocalDateTime.now(ZoneId.of("Europe/Amsterdam")), start).toMillis()) + 500);
        HttpResponse<String> recorded = Http.api("trainer").putJson("api/sessions/" + attended + "/enrolments/"
                + learner.participantId() + "/attendance", "{\"attendance\":\"ATTENDED\"}");
        assertEquals(200, recorded.statusCode(), recorded.body());

        try (Browser browser = Browser.start()) {
            browser.login(learner.username(), learner.password());
            openOffer(browser);
            assertEquals("U hebt de training al gevolgd.", actionCell(browser, openTitle).getText());
            assertTrue(browser.driver.findElements(By.cssSelector("#aanbodForm [id$=':inschrijven']")).stream()
                    .noneMatch(WebElement::isDisplayed), "no enrol button for a trained participant");
            assertEquals("U hebt de training gevolgd op " + start.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")) + ". Mijn e-learning",
                    browser.driver.findElement(By.id("gevolgdTekst")).getText());
            browser.assertAccessible("offer of a trained participant");
        }
    }

    /**
     * A session that starts tomorrow (plus {@code hours}), before the demo sessions, so it is on the
     * offer's first page in its default order (by start); enrolment closes at the deadline given, else in 12 hours.
     */
    private static long soonSession(String title, int hours, LocalDateTime deadline) {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime start = now.plusDays(1).plusHours(hours);
        String json = SessionJsonFixture.valid(title)
                .replace("2027-03-01T09:00:00", start.format(ISO))
                .replace("2027-03-02T16:00:00", start.plusHours(7).format(ISO))
                .replace("\"capacity\":8", "\"capacity\":8,\"minParticipants\":1,\"trainers\":[\"trainer\"]"
                        + ",\"enrolmentDeadline\":\"" + (deadline == null ? now.plusHours(12) : deadline).format(ISO) + "\"");
        HttpResponse<String> created = Http.api("ngb").postJson("api/sessions", json);
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created.body()).getJsonNumber("id").longValue();
    }

    private static void openOffer(Browser browser) {
        browser.open("aanbod/sessies.xhtml");
    }

    private static WebElement actionCell(Browser browser, String title) {
        // A stacking (reflow) table puts the column's title in each cell too, so the cell contains the title.
        By row = By.xpath("//*[@id='aanbodForm:sessies']//tbody/tr[td[contains(normalize-space(), '" + title + "')]]");
        return browser.wait.until(ExpectedConditions.presenceOfElementLocated(row)).findElement(By.xpath("td[last()]"));
    }
}
