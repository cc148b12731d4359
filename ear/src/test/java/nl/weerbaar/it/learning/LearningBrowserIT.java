package nl.weerbaar.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.weerbaar.it.support.Learners.Learner;
import nl.weerbaar.scenarios.Scenario;
import nl.weerbaar.scenarios.ShippedScenarios;
import nl.weerbaar.scenarios.SupportMap;
import nl.weerbaar.scenarios.Zelfscan;
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
import nl.weerbaar.it.support.Browser;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.Learners;
import nl.weerbaar.it.support.Mailbox;

/**
 * In the browser: a participant plays and resumes a case, also in the English pages; a trainer imports,
 * previews and publishes; the public check.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningBrowserIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private static final String A1 = "a1-zwakke-signalen";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aParticipantPlaysACaseLogsOutHalfwayAndResumesToTheDebrief() throws Exception {
        Learner learner = Learners.create(SMTP);
        List<String> path = Learners.bestPath(A1);
        try (Browser browser = Browser.start()) {
            browser.login(learner.username(), learner.password());
            browser.driver.findElement(By.id("navLeren")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("voortgang")));
            browser.assertAccessible("my e-learning");
            browser.screenshot("leren-modules");
            browser.driver.findElement(By.cssSelector("button[aria-label^='Starten: De brief']")).click();

            choose(browser, path.get(0));
            browser.assertAccessible("player: decision");
            choose(browser, path.get(1));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feedbackTekst")));
            assertTrue(browser.driver.findElement(By.id("feedbackTekst")).getText().length() > 10);
            browser.assertAccessible("player: feedback");
            browser.screenshot("speler-terugkoppeling");
            String nodeBefore = browser.driver.findElement(By.id("knoopTekst")).getText();

            browser.logout();
            browser.login(learner.username(), learner.password());
            browser.driver.findElement(By.id("navLeren")).click();
            browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[id$='hervat']"))).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("knoopTekst")));
            assertEquals(nodeBefore, browser.driver.findElement(By.id("knoopTekst")).getText(), "exactly where she was");

            for (String choice : path.subList(2, path.size())) {
                choose(browser, choice);
            }
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nabespreking")));
            assertTrue(browser.driver.findElement(By.id("uitslag")).getText().contains("Gehaald"));
            assertTrue(browser.driver.findElement(By.id("scores")).getText().contains("A1"));
            browser.assertAccessible("player: debrief");
            browser.screenshot("speler-nabespreking");

            browser.driver.findElement(By.id("speler:naarModules")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("voortgang")));
            assertTrue(browser.driver.getPageSource().contains("Gehaald"));
        }
    }

    @Test
    void inTheEnglishPagesContentWithoutEnglishTextIsMarkedDutchAndTheChoicesKeepTheirOrder() throws Exception {
        Learner learner = Learners.create(SMTP);
        Scenario shown = ShippedScenarios.read(A1, Locale.ENGLISH);
        String scenarioLanguage = ShippedScenarios.englishText(A1).isPresent() ? "en" : "nl";
        try (Browser browser = Browser.start()) {
            browser.login(learner.username(), learner.password());
            // Her session switches to English as the top bar's language form does (posted for the session,
            // so the test does not hang on how the link's script handler is wired).
            String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
            assertEquals(302, Http.withSessionCookie(session).submit("index.xhtml",
                    java.util.Map.of("userForm", "userForm", "userForm:language", "userForm:language")).statusCode());
            browser.open("deelnemer/leren.xhtml");
            assertEquals("en", browser.driver.findElement(By.tagName("html")).getDomAttribute("lang"), "the English pages");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("voortgang")));
            browser.assertAccessible("my e-learning, English pages");
            String label = "Start: " + shown.title();
            browser.driver.findElements(By.cssSelector("button[id$='start']")).stream()
                    .filter(b -> label.equals(b.getDomAttribute("aria-label"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no button " + label)).click();

            WebElement text = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("knoopTekst")));
            assertEquals(shown.node(shown.start()).orElseThrow().text().strip(), text.getText().strip());
            assertEquals(scenarioLanguage, text.getDomAttribute("lang"), "the scenario's text says its language (WCAG 3.1.2)");
            assertEquals(scenarioLanguage, browser.driver.findElement(By.tagName("h1")).getDomAttribute("lang"), "and so does its title");
            assertEquals("en", browser.driver.findElement(By.tagName("html")).getDomAttribute("lang"), "the page is English");
            for (Scenario.Node at = shown.node(shown.start()).orElseThrow(); at.type() == Scenario.Type.SITUATION;
                    at = shown.node(at.next()).orElseThrow()) {
                choose(browser, "continue");
            }
            List<String> order = shownChoices(browser);
            assertTrue(order.size() > 1, order.toString());
            assertTrue(browser.driver.findElements(By.cssSelector("button[data-choice]")).stream()
                    .allMatch(b -> scenarioLanguage.equals(b.getDomAttribute("lang"))), "each choice says its language");
            browser.assertAccessible("player, English pages");
            browser.driver.navigate().refresh();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("knoopTekst")));
            assertEquals(order, shownChoices(browser), "the attempt keeps its order of choices");

            browser.open("hulp.xhtml");
            WebElement card = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.support-card")));
            assertEquals(SupportMap.language(Locale.ENGLISH), card.getDomAttribute("lang"));
            browser.assertAccessible("help, English pages");
            browser.open("deelnemer/zelfscan.xhtml");
            WebElement question = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("fieldset.question legend")));
            assertEquals(Zelfscan.language(Locale.ENGLISH), question.getDomAttribute("lang"));
            browser.assertAccessible("zelfscan, English pages");
        }
    }

    private static List<String> shownChoices(Browser browser) {
        return browser.driver.findElements(By.cssSelector("button[data-choice]")).stream()
                .map(b -> b.getDomAttribute("data-choice")).toList();
    }

    @Test
    void aTrainerImportsPreviewsAndPublishesAScenario() throws Exception {
        String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String text = ShippedScenarios.text(A1).replace("\"id\": \"" + A1 + "\"", "\"id\": \"" + id + "\"");
        Path file = Files.createTempFile(id, ".json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try (Browser browser = Browser.start()) {
            browser.login("trainer");
            browser.driver.findElement(By.id("navCasuistiek")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("importForm:bestand")));
            browser.assertAccessible("scenario library");
            browser.screenshot("scenario-bibliotheek");
            browser.driver.findElement(By.id("importForm:bestand")).sendKeys(file.toAbsolutePath().toString());
            browser.driver.findElement(By.id("importForm:importeren")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "geïmporteerd als concept"));
            browser.assertAccessible("scenario editor");

            browser.driver.findElement(By.id("editor:voorbeeld")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("voorbeeldTekst")));
            for (String choice : Learners.bestPath(A1)) {
                clickPreviewChoice(browser, choice);
            }
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("voorbeeldNabespreking")));
            browser.assertAccessible("scenario preview");
            browser.screenshot("scenario-voorbeeld");

            browser.driver.findElement(By.id("editor:publiceren")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is gepubliceerd"));
            assertTrue(browser.driver.findElement(By.id("versies:versieTabel")).getText().contains("Gepubliceerd"));
        } finally {
            Files.deleteIfExists(file);
        }
        String library = Http.api("trainer").get("api/scenarios").body();
        assertTrue(library.contains("\"scenarioId\":\"" + id + "\""), library);
    }

    @Test
    void theCasuistryEvaluationsAndCertificateCheckPagesAreUsable() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open("certificaat.xhtml");
            browser.driver.findElement(By.id("controle:code")).sendKeys("WB-0000-0000");
            browser.driver.findElement(By.id("controle:controleren")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ongeldig")));
            browser.assertAccessible("certificate check");

            browser.login("trainer");
            browser.open("casuistiek/casussen.xhtml");
            String title = "Casus " + UUID.randomUUID().toString().substring(0, 6);
            browser.driver.findElement(By.id("casusForm:title")).sendKeys(title);
            browser.driver.findElement(By.id("casusForm:description")).sendKeys("Na een raadsbesluit stonden demonstranten bij de woning.");
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("casusForm:theme"))).selectByValue("A3");
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("casusForm:incidentType")))
                    .selectByValue("DEMONSTRATIE");
            browser.driver.findElement(By.id("casusForm:source")).sendKeys("Intervisie");
            browser.driver.findElement(By.id("casusForm:opslaan")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lijst:casussen"), title));
            browser.assertAccessible("casuistry");

            browser.driver.findElement(By.id("navEvaluaties")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("perKwartaal")));
            browser.assertAccessible("evaluations");
        }
    }

    private static void choose(Browser browser, String choice) {
        WebElement button = browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[data-choice='" + choice + "']")));
        String before = browser.driver.findElement(By.id("knoopTekst")).getText();
        button.click();
        browser.wait.until(d -> changed(d, "knoopTekst", before));
    }

    /** Whether the element shows other text now; while the page swaps it, not yet. */
    private static boolean changed(org.openqa.selenium.WebDriver driver, String id, String before) {
        try {
            List<WebElement> found = driver.findElements(By.id(id));
            return !found.isEmpty() && !found.get(0).getText().equals(before);
        } catch (org.openqa.selenium.StaleElementReferenceException swapped) {
            return false;
        }
    }

    private static void clickPreviewChoice(Browser browser, String choice) {
        String before = browser.driver.findElement(By.id("voorbeeldTekst")).getText();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-choice='" + choice + "']")))
                .click();
        browser.wait.until(d -> changed(d, "voorbeeldTekst", before));
    }
}
