package nl.weerbaar.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import nl.weerbaar.it.planning.EnrolmentIT;
import nl.weerbaar.it.support.Browser;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Destructive actions look destructive (red, apart from the everyday ones) and are confirmed first, by
 * keyboard: Enter opens the dialog with the focus on the safe answer, Escape closes it and nothing
 * happens, the red "Ja, …" button does it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DestructiveActionsBrowserIT {

    private static final By DIALOG = By.cssSelector(".ui-confirm-dialog");
    private static final By YES = By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void erasingAParticipantIsRedAskedFirstAndEscapeKeepsHer() throws Exception {
        String name = "Wethouder " + UUID.randomUUID().toString().substring(0, 6);
        String email = "w." + UUID.randomUUID() + "@gemeente-met-een-heel-lange-naam.example.nl";
        var created = Http.api("ngb").postJson("api/participants", "{\"name\":\"" + name + "\",\"email\":\"" + email
                + "\",\"office\":\"wethouder\",\"gemeentecode\":\"GM0344\",\"inOfficeSince\":\"2022-06-01\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.object(created.body()).getJsonNumber("id").longValue();
        try (Browser browser = Browser.start()) {
            browser.login("ngb");
            browser.open("planning/deelnemers.xhtml");
            browser.driver.findElement(By.id("zoekForm:zoek")).sendKeys(name, Keys.ENTER);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("zoekForm:deelnemers"), email));

            WebElement mail = browser.driver.findElement(By.cssSelector("td.register-email"));
            assertEquals(email, mail.getText().replace("\n", ""), "the whole address is shown");
            assertTrue(fits(browser, mail), "the e-mail address is not cut off by its cell");
            WebElement erase = browser.driver.findElement(By.cssSelector("[id$=':wissen']"));
            WebElement invite = browser.driver.findElement(By.cssSelector("[id$=':uitnodigen']"));
            assertTrue(erase.getAttribute("class").contains("weerbaar-danger"));
            assertFalse(invite.getAttribute("class").contains("weerbaar-danger"));
            assertNotEquals(invite.getCssValue("background-color"), erase.getCssValue("background-color"),
                    "erasing does not look like inviting");
            browser.assertAccessible("participant register with a long e-mail address");

            erase.sendKeys(Keys.ENTER);
            WebElement dialog = browser.awaitFocusWithin(DIALOG);
            assertTrue(dialog.getText().contains(name), "the dialog names whom it erases: " + dialog.getText());
            assertEquals("Ja, gegevens wissen", browser.driver.findElement(YES).getText());
            assertTrue(browser.driver.findElement(YES).getAttribute("class").contains("weerbaar-danger"));
            assertEquals("Nee", focused(browser).getText(), "the focus starts on the safe answer");
            browser.assertAccessible("erase confirmation");
            focused(browser).sendKeys(Keys.ESCAPE);
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
            assertEquals(name, Http.object(Http.api("ngb").get("api/participants/" + id).body()).getString("name"),
                    "Escape erased nothing");

            browser.driver.findElement(By.cssSelector("[id$=':wissen']")).sendKeys(Keys.ENTER);
            browser.awaitFocusWithin(DIALOG);
            assertEquals("Nee", focused(browser).getText(), "reopened, the focus starts on the safe answer again");
            // Closed and opened again at once, as Escape and a quick Enter do: PrimeFaces hands the focus
            // back to the opener 100 ms after a close, which left it behind the reopened dialog.
            ((JavascriptExecutor) browser.driver).executeScript("PrimeFaces.confirmDialog.hide(); arguments[0].click();",
                    browser.driver.findElement(By.cssSelector("[id$=':wissen']")));
            browser.assertFocusStaysWithin(browser.awaitFocusWithin(DIALOG), Duration.ofMillis(500));
            assertEquals("Nee", focused(browser).getText(), "reopened at once, the focus is on the safe answer");
            focused(browser).sendKeys(Keys.TAB);
            assertEquals("Ja, gegevens wissen", focused(browser).getText());
            focused(browser).sendKeys(Keys.ENTER);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "De persoonsgegevens zijn gewist."));
        }
        assertNotEquals(name, Http.object(Http.api("ngb").get("api/participants/" + id).body()).getString("name", ""),
                "her name is gone");
    }

    @Test
    void cancellingASessionIsRedAndEscapeLeavesItAsItWas() throws Exception {
        long session = EnrolmentIT.newSession(8);
        String before = status(session);
        try (Browser browser = Browser.start()) {
            browser.login("ngb");
            browser.open("planning/sessie.xhtml?id=" + session);
            WebElement cancel = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("detailForm:sessieAnnuleren")));
            assertTrue(cancel.getAttribute("class").contains("weerbaar-danger"));
            cancel.sendKeys(Keys.ENTER);
            browser.awaitFocusWithin(DIALOG);
            assertEquals("Ja, sessie annuleren", browser.driver.findElement(YES).getText());
            browser.assertAccessible("session cancel confirmation");
            focused(browser).sendKeys(Keys.ESCAPE);
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
        }
        assertEquals(before, status(session), "Escape cancelled nothing");
        assertNotEquals("CANCELLED", before);
    }

    @Test
    void revokingAnAccessTokenIsAskedFirstAndThenDone() throws Exception {
        String label = "IT intrekken " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.start()) {
            browser.login("ngb");
            browser.open("account.xhtml");
            browser.driver.findElement(By.id("tokenForm:label")).sendKeys(label);
            browser.driver.findElement(By.id("tokenForm:days")).clear();
            browser.driver.findElement(By.id("tokenForm:days")).sendKeys("1");
            browser.driver.findElement(By.id("tokenForm:maken")).click();
            String token = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("token"))).getText();
            assertEquals(200, bearer(token), "the new token works");
            WebElement revoke = revokeButton(browser, label);
            assertTrue(revoke.getAttribute("class").contains("weerbaar-danger"));

            revoke.sendKeys(Keys.ENTER);
            browser.awaitFocusWithin(DIALOG);
            assertEquals("Ja, token intrekken", browser.driver.findElement(YES).getText());
            browser.assertAccessible("revoke confirmation");
            focused(browser).sendKeys(Keys.ESCAPE);
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
            assertEquals(200, bearer(token), "Escape revoked nothing");

            revokeButton(browser, label).sendKeys(Keys.ENTER);
            browser.awaitFocusWithin(DIALOG);
            browser.driver.findElement(YES).sendKeys(Keys.ENTER);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokenForm:tokens"), "Ingetrokken"));
            assertEquals(401, bearer(token), "the revoked token is refused");
        }
    }

    private static WebElement revokeButton(Browser browser, String label) {
        return browser.driver.findElements(By.cssSelector("#tokenForm\\:tokens tbody tr")).stream()
                .filter(row -> row.getText().contains(label)).findFirst().orElseThrow()
                .findElement(By.cssSelector("[id$=':intrekken']"));
    }

    private static int bearer(String token) {
        return Http.bearer(token).get("api/sessions").statusCode();
    }

    private static String status(long session) {
        return Http.object(Http.api("ngb").get("api/sessions/" + session).body()).getString("status");
    }

    private static WebElement focused(Browser browser) {
        return browser.driver.switchTo().activeElement();
    }

    private static boolean fits(Browser browser, WebElement cell) {
        return (Boolean) ((JavascriptExecutor) browser.driver)
                .executeScript("return arguments[0].scrollWidth <= arguments[0].clientWidth;", cell);
    }
}
