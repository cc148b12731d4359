package nl.weerbaar.it.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import nl.weerbaar.scenarios.Zelfscan;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import nl.weerbaar.it.support.Browser;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;

/** A participant enrols from the calendar, NGB cancels a session, a trainer records attendance. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnrolmentBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aParticipantEnrolsFromTheCalendarAndCancelsAgain() throws Exception {
        String title = nl.weerbaar.it.support.SessionJsonFixture.uniqueTitle("Kalender");
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).plusHours(2).truncatedTo(ChronoUnit.MINUTES);
        DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
        String json = nl.weerbaar.it.support.SessionJsonFixture.valid(title)
                .replace("2027-03-01T09:00:00", start.format(iso)).replace("2027-03-02T16:00:00", start.plusHours(1).format(iso))
                .replace("\"capacity\":8", "\"capacity\":8,\"enrolmentDeadline\":\"" + start.minusHours(1).format(iso)
                        + "\",\"cancellationDeadline\":\"" + start.minusHours(1).format(iso) + "\"");
        assertEquals(201, Http.api("ngb").postJson("api/sessions", json).statusCode());
        try (Browser browser = Browser.start()) {
            browser.login("deelnemer");
            browser.open("aanbod/sessies.xhtml");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-event")));
            browser.assertAccessible("offer with calendar");
            java.util.Set<String> startTimes = Http.array(Http.api("deelnemer").get("api/sessions").body())
                    .getValuesAs(jakarta.json.JsonObject.class).stream()
                    .map(s -> LocalDateTime.parse(s.getString("start")).format(DateTimeFormatter.ofPattern("H:mm")))
                    .collect(java.util.stream.Collectors.toSet());
            for (var time : browser.driver.findElements(By.cssSelector(".fc-event-time"))) {
                assertTrue(startTimes.contains(time.getText()), "calendar shows " + time.getText()
                        + ", not an Amsterdam start time of a session " + startTimes);
            }
            browser.screenshot("aanbod-kalender");
            // Her own session (the earliest open one, so the calendar opens on its month), which she may still cancel.
            browser.open("aanbod/sessies.xhtml");
            By ownEvent = By.xpath("//*[contains(@class,'fc-event')][contains(normalize-space(.), '" + title + "')]");
            browser.wait.until(ExpectedConditions.elementToBeClickable(ownEvent)).click();
            browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("keuzeForm:keuzeInschrijven"))).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mijnInschrijving")));
            assertTrue(browser.driver.getPageSource().contains("U bent ingeschreven."));
            assertTrue(browser.driver.findElement(By.id("mijnInschrijving")).getText().contains("Ingeschreven"));
            browser.assertAccessible("offer with own enrolment");
            browser.screenshot("aanbod-ingeschreven");

            browser.driver.findElement(By.id("mijnForm:annuleren")).click();
            browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Uw inschrijving is geannuleerd."));
            assertEquals(0, browser.driver.findElements(By.id("mijnInschrijving")).size());
        }
    }

    @Test
    void aParticipantDoesTheZelfscanAndGetsTheTipsForHerRiskyAnswers() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.login("deelnemer");
            browser.driver.findElement(By.id("navZelfscan")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("zelfscanForm:afronden")));
            browser.assertAccessible("zelfscan");
            // Sent without answers it gives no tips and no "all measures taken": it says what is still open.
            browser.driver.findElement(By.id("zelfscanForm:afronden")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "open"));
            assertTrue(browser.driver.findElements(By.id("tips")).isEmpty(), "no tips for a scan not filled in");
            var questions = browser.driver.findElements(By.cssSelector("fieldset.question"));
            List<Zelfscan.Question> scan = Zelfscan.questions();
            assertEquals(scan.size(), questions.size());
            for (int i = 0; i < questions.size(); i++) {
                // w1 (no woningscan yet, risky "nee") and g2 (keeps intimidation to herself at home, risky "ja") give tips
                Zelfscan.Question q = scan.get(i);
                boolean answer = Set.of("w1", "g2").contains(q.id()) == q.riskyAnswer();
                questions.get(i).findElement(By.cssSelector("input[type=radio][value='" + answer + "']")).click();
            }
            browser.driver.findElement(By.id("zelfscanForm:afronden")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tips")));
            var tips = browser.driver.findElements(By.cssSelector("#tips li"));
            assertEquals(2, tips.size());
            assertTrue(tips.get(0).getText().contains("030 751 67 99"), tips.get(0).getText());
            browser.assertAccessible("zelfscan tips");
        }
    }

    @Test
    void ngbCancelsASessionAndItsEnrolmentsLapse() throws Exception {
        long session = EnrolmentIT.newSession(8);
        long participant = EnrolmentIT.newParticipant();
        assertEquals(201, Http.api("ngb").postJson("api/sessions/" + session + "/enrolments",
                "{\"participantId\":" + participant + "}").statusCode());
        try (Browser browser = Browser.start()) {
            browser.login("ngb");
            browser.open("planning/sessie.xhtml?id=" + session);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("detailForm:sessieAnnuleren")));
            assertTrue(browser.driver.findElement(By.id("detailForm:inschrijvingen")).getText().contains("Ingeschreven"));
            browser.assertAccessible("session detail");
            browser.screenshot("sessie-detail");

            browser.driver.findElement(By.id("detailForm:wijzigen")).click();
            By location = By.id("sessieForm:location");
            browser.wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.driver.findElement(location), "value"));
            browser.assertAccessible("change session");
            browser.driver.findElement(location).clear();
            browser.driver.findElement(location).sendKeys("Zeist");
            browser.driver.findElement(By.id("sessieForm:save")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is gewijzigd"));
            assertTrue(browser.driver.findElement(By.tagName("main")).getText().contains("Zeist (Utrecht)"));
            browser.driver.findElement(By.id("detailForm:sessieAnnuleren")).click();
            browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sessieStatus"), "Geannuleerd"));
            assertTrue(browser.driver.findElement(By.id("detailForm:inschrijvingen")).getText().contains("Nog geen inschrijvingen."));
        }
        assertEquals("CANCELLED", Http.object(Http.api("ngb").get("api/sessions/" + session).body()).getString("status"));
    }

    @Test
    void theTrainerRecordsAttendanceOnceTheSessionHasBegun() throws Exception {
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        long session = EnrolmentIT.sessionStartingAt(start);
        long participant = EnrolmentIT.newParticipant();
        assertEquals(201, Http.api("ngb").postJson("api/sessions/" + session + "/enrolments",
                "{\"participantId\":" + participant + "}").statusCode());
        Thread.sleep(java.time.Duration.between(LocalDateTime.now(ZoneId.of("Europe/Amsterdam")), start).toMillis() + 500);

        try (Browser browser = Browser.start()) {
            browser.login("trainer");
            browser.open("trainer/sessies.xhtml");
            browser.assertAccessible("trainer's sessions");
            browser.open("trainer/aanwezigheid.xhtml?id=" + session);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("aanwezigheidForm:inschrijvingen")));
            browser.assertAccessible("attendance");
            browser.driver.findElement(By.cssSelector("[id$=':aanwezig']")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "De aanwezigheid is vastgelegd."));
            assertTrue(browser.driver.findElement(By.id("aanwezigheidForm:inschrijvingen")).getText().contains("Aanwezig"));
            browser.screenshot("aanwezigheid");
        }
    }
}
