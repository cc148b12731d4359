package nl.weerbaar.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import nl.weerbaar.it.reporting.ReportIT;
import nl.weerbaar.it.support.Browser;
import nl.weerbaar.it.support.PageWait;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.Keyboard;
import nl.weerbaar.it.support.Learners;
import nl.weerbaar.it.support.Learners.Learner;
import nl.weerbaar.it.support.Mailbox;
import nl.weerbaar.it.support.SessionJsonFixture;
import nl.weerbaar.it.support.Totp;
import nl.weerbaar.scenarios.Zelfscan;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The six main flows by keyboard alone: Tab, Shift+Tab, Enter, Space, Escape and typed text go to whatever has
 * the focus; the test never clicks and never types into an element it picked. Each flow prints its key
 * presses (the login before it separately), so a change that costs keyboard users keys shows in the output.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyboardBrowserIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private static final int REPORT_YEAR = 2021;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterAll
    static void removeGenerated() {
        assertEquals(200, Http.api("admin").delete("api/admin/synthetic").statusCode());
    }

    @Test
    void staffLogInWithPasswordAndSecondFactorByKeyboard() throws Exception {
        try (Browser browser = Browser.start()) {
            Keyboard keys = new Keyboard(browser);
            logIn(browser, keys, "ngb", Deployments.PASSWORD);
            int presses = keys.report("log in (ngb, with the second factor)");
            assertTrue(presses > 0);
        }
    }

    @Test
    void aParticipantEnrolsAndCancelsByKeyboard() throws Exception {
        // Her own account (the demo participant may be enrolled already) and a session of its own that
        // starts before any other on offer, so it is on the first page, and may still be cancelled.
        Learner mayor = Learners.create(SMTP);
        String title = SessionJsonFixture.uniqueTitle("Toetsenbord");
        java.time.LocalDateTime start = java.time.LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).plusHours(3).withNano(0);
        DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
        String json = SessionJsonFixture.valid(title)
                .replace("2027-03-01T09:00:00", start.format(iso)).replace("2027-03-02T16:00:00", start.plusHours(7).format(iso))
                .replace("\"capacity\":8", "\"capacity\":8,\"enrolmentDeadline\":\"" + start.minusHours(1).format(iso)
                        + "\",\"cancellationDeadline\":\"" + start.minusHours(1).format(iso) + "\"");
        assertEquals(201, Http.api("ngb").postJson("api/sessions", json).statusCode());
        try (Browser browser = Browser.start()) {
            Keyboard keys = new Keyboard(browser);
            logIn(browser, keys, mayor.username(), mayor.password());
            keys.report("log in (participant)");

            follow(browser, keys, "navAanbod", By.id("aanbodForm:sessies"));
            keys.tabTo(By.cssSelector("button[id$=':inschrijven'][aria-label$='" + title + "']"));
            keys.enter();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mijnInschrijving")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "U bent ingeschreven."));
            // The page was redrawn: the keyboard user is on the answer, not thrown back to the top.
            awaitFocusOnMessage(browser, keys);

            keys.tabTo(By.id("mijnForm:annuleren"));
            keys.enter();
            WebElement yes = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
            browser.awaitFocusWithin(By.cssSelector(".ui-confirm-dialog"));
            keys.escape();
            browser.wait.until(ExpectedConditions.invisibilityOf(yes));
            assertEquals(1, browser.driver.findElements(By.id("mijnInschrijving")).size(), "Escape cancels nothing");

            keys.tabTo(By.id("mijnForm:annuleren"));
            keys.enter();
            browser.awaitFocusWithin(By.cssSelector(".ui-confirm-dialog"));
            keys.tabTo(By.cssSelector(".ui-confirmdialog-yes"));
            keys.enter();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Uw inschrijving is geannuleerd."));
            assertEquals(0, browser.driver.findElements(By.id("mijnInschrijving")).size());
            awaitFocusOnMessage(browser, keys);
            keys.report("enrol and cancel (participant, with one Escape from the confirmation)");
        }
    }

    @Test
    void aParticipantPlaysAScenarioToItsDebriefByKeyboard() throws Exception {
        Learner learner = Learners.create(SMTP);
        List<String> path = Learners.bestPath("a1-zwakke-signalen");
        try (Browser browser = Browser.start()) {
            Keyboard keys = new Keyboard(browser);
            logIn(browser, keys, learner.username(), learner.password());
            keys.report("log in (new participant)");

            follow(browser, keys, "navLeren", By.id("voortgang"));
            keys.tabTo(By.cssSelector("button[aria-label^='Starten: De brief']"));
            keys.enter();
            for (String choice : path) {
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[data-choice='" + choice + "']")));
                keys.tabTo(By.cssSelector("button[data-choice='" + choice + "']"));
                keys.enter();
                // After each choice the focus is on the next step's heading, where reading goes on.
                browser.wait.until(d -> List.of("knoopKop", "nabesprekingKop").contains(keys.focused().getAttribute("id")));
            }
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nabespreking")));
            assertTrue(browser.driver.findElement(By.id("uitslag")).getText().contains("Gehaald"));
            keys.report("play a scenario (A1, " + path.size() + " choices)");
        }
    }

    @Test
    void aParticipantDoesTheZelfscanByKeyboard() throws Exception {
        List<Zelfscan.Question> questions = Zelfscan.questions();
        try (Browser browser = Browser.start()) {
            Keyboard keys = new Keyboard(browser);
            logIn(browser, keys, "deelnemer", Deployments.PASSWORD);
            keys.report("log in (participant)");

            follow(browser, keys, "navZelfscan", By.id("zelfscanForm:afronden"));
            // Tab into each question's group and answer with Space: the first answer, "Ja".
            for (int i = 0; i < questions.size(); i++) {
                WebElement yes = browser.driver.findElements(By.cssSelector("fieldset.question")).get(i)
                        .findElements(By.cssSelector("input[type=radio]")).get(0);
                keys.tabTo(By.id(yes.getAttribute("id")));
                keys.space();
                assertTrue(yes.isSelected(), "Space answers question " + (i + 1));
            }
            keys.tabTo(By.id("zelfscanForm:afronden"));
            keys.enter();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tips")));
            long risky = questions.stream().filter(Zelfscan.Question::riskyAnswer).count();
            assertEquals(risky, browser.driver.findElements(By.cssSelector("#tips li")).size(),
                    "a tip for every question where Ja is the risky answer");
            keys.report("zelfscan (" + questions.size() + " questions)");
        }
    }

    @Test
    void ngbPlansASessionTypingDatesAndTimes() throws Exception {
        String title = SessionJsonFixture.uniqueTitle("Toetsenbord");
        String day = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        try (Browser browser = Browser.start()) {
            Keyboard keys = new Keyboard(browser);
            logIn(browser, keys, "ngb", Deployments.PASSWORD);
            keys.report("log in (ngb)");

            follow(browser, keys, "navPlanning", By.id("nieuweSessie"));
            keys.tabTo(By.cssSelector("#nieuweSessie, #nieuweSessie a"));
            keys.enter();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sessieForm:title")));
            keys.tabTo(By.id("sessieForm:title"));
            keys.type(title);
            typeDate(browser, keys, "sessieForm:start_input", day + " 09:30");
            typeDate(browser, keys, "sessieForm:end_input", day + " 16:45");
            keys.tabTo(By.id("sessieForm:location"));
            keys.type("Utrecht");
            // PrimeFaces' menu takes the focus on its label (a combobox) and picks by the typed name.
            keys.tabTo(By.cssSelector("[id^='sessieForm:province']"));
            keys.type("Utrecht");
            browser.wait.until(ExpectedConditions.textToBe(By.id("sessieForm:province_label"), "Utrecht"));
            keys.tabTo(By.id("sessieForm:save"));
            keys.enter();
            // Back on the overview; the new session may sit on a later page of the list (other tests plan
            // many), so the typed moments are read back through the API.
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sessiesForm:sessies")));
            jakarta.json.JsonObject planned = Http.array(Http.api("ngb").get("api/sessions").body())
                    .getValuesAs(jakarta.json.JsonObject.class).stream()
                    .filter(s -> title.equals(s.getString("title"))).findFirst()
                    .orElseThrow(() -> new AssertionError("the session typed by keyboard was not saved: " + title));
            LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1);
            assertEquals(tomorrow.atTime(9, 30), java.time.LocalDateTime.parse(planned.getString("start")),
                    "the typed start time, to the minute");
            assertEquals(tomorrow.atTime(16, 45), java.time.LocalDateTime.parse(planned.getString("end")),
                    "the typed end time, to the minute");
            keys.report("plan a session (NGB, two dates with times typed)");
        }
    }

    @Test
    void bzkStartsAndDownloadsAReportByKeyboard() throws Exception {
        ReportIT.generate(REPORT_YEAR, 40);
        try (Browser browser = Browser.start()) {
            Keyboard keys = new Keyboard(browser);
            logIn(browser, keys, "bzk", Deployments.PASSWORD);
            keys.report("log in (bzk)");

            follow(browser, keys, "navRapporten", By.id("start:jaar"));
            keys.tabTo(By.id("start:jaar"));
            keys.selectAll();
            keys.type(String.valueOf(REPORT_YEAR));
            keys.tabTo(By.id("start:maken"));
            keys.enter();
            new PageWait(browser.driver, Duration.ofMinutes(2)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("messages"), "klaar om te downloaden"));
            assertNotEquals("body", keys.focused().getTagName(), "the partial update keeps the focus");
            keys.tabTo(By.cssSelector("button[id$=':download']"));
            keys.enter();
            Path file = new PageWait(browser.driver, Duration.ofSeconds(30)).until(d -> downloaded(browser.downloads()));
            assertTrue(file.getFileName().toString().startsWith("bzk-deelname-"), file.toString());
            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
                assertTrue(workbook.getSheet("Per provincie") != null, "a workbook with its sheets");
            }
            keys.report("start and download a report (BZK)");
        }
    }

    @Test
    void theEnglishPickerAndCalendarStartWeeksOnMondayWithTwentyFourHourTimes() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.login("ngb");
            browser.open("aanbod/sessies.xhtml");
            // The language is kept with the login: English for this test only, Dutch again at the end.
            try {
                browser.switchLanguage("en");
                Keyboard keys = new Keyboard(browser);
                browser.open("planning/sessie-nieuw.xhtml");
                keys.tabTo(By.id("sessieForm:start_input"));
                keys.tab();
                keys.enter();
                WebElement panel = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sessieForm:start_panel")));
                assertEquals("Mo", panel.findElement(By.cssSelector(".ui-datepicker-calendar th")).getText(), "weeks start on Monday");
                assertTrue(panel.findElements(By.cssSelector(".ui-ampm-picker")).isEmpty(), "no AM/PM in the time picker");

                // The offer's calendar opens on the month of the first open session, so it shows times.
                browser.open("aanbod/sessies.xhtml");
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-event-time")));
                assertEquals("Mon", browser.driver.findElement(By.cssSelector(".fc-col-header-cell")).getText());
                for (WebElement time : browser.driver.findElements(By.cssSelector(".fc-event-time"))) {
                    assertTrue(time.getText().matches("\\d{1,2}:\\d{2}"), "a 24-hour time, not " + time.getText());
                }
                keys.report("English date picker opened from its button");
            } finally {
                browser.switchLanguage("nl");
            }
        }
    }

    /** The login page and, for staff, the second step, by keyboard from the top of each page. */
    static void logIn(Browser browser, Keyboard keys, String user, String password) {
        browser.open("login.xhtml");
        keys.tabTo(By.id("loginForm:username"));
        keys.type(user);
        keys.tab();
        assertEquals("loginForm:password", keys.focused().getAttribute("id"), "Tab goes from user name to password");
        keys.type(password);
        keys.enter();
        if (Http.DEMO_STAFF.contains(user)) {
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tweedeStap:code")));
            keys.tabTo(By.id("tweedeStap:code"));
            keys.type(Totp.demoCode(user));
            keys.enter();
        }
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("userForm:logout")));
    }

    /** After a redraw the focus is on the page's message (its answer), not thrown back to the top. */
    private static void awaitFocusOnMessage(Browser browser, Keyboard keys) {
        try {
            browser.wait.until(d -> String.valueOf(keys.focused().getAttribute("class")).contains("page-message"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("after the update the focus is on " + keys.describeFocus() + ", not on the message", e);
        }
    }

    /** Tabs to a menu link, follows it with Enter and waits for the page. */
    private static void follow(Browser browser, Keyboard keys, String link, By loaded) {
        keys.tabTo(By.id(link));
        keys.enter();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(loaded));
    }

    /** Tabs into a date field and types the date and time; the picker's popup must not open or take keys. */
    private static void typeDate(Browser browser, Keyboard keys, String id, String value) {
        keys.tabTo(By.id(id));
        keys.type(value);
        String panel = id.replace("_input", "_panel");
        assertFalse(browser.driver.findElements(By.id(panel)).stream().anyMatch(WebElement::isDisplayed),
                "no popup opened on focus");
        keys.tab();
        assertEquals(value, browser.driver.findElement(By.id(id)).getAttribute("value"), id + " holds what was typed");
    }

    private static Path downloaded(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
