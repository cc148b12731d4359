package nl.weerbaar.it.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.UUID;
import nl.weerbaar.it.support.Browser;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Mailbox;
import nl.weerbaar.it.support.Totp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A staff login by keyboard alone, the second step included, and the administrator's accounts page:
 * accessible (axe), under its Content-Security-Policy, usable at 320 px, and inviting from it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffAccountBrowserIT {

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.server();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aStaffMemberLogsInWithTheKeyboardOnlyAndTheAdministratorInvitesFromTheAccountsPage() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open("login.xhtml");
            tabTo(browser, "loginForm:username");
            type(browser, "admin", Keys.TAB);
            assertEquals("loginForm:password", active(browser).getAttribute("id"), "Tab goes from the user name to the password");
            type(browser, Deployments.PASSWORD, Keys.ENTER);
            browser.wait.until(ExpectedConditions.urlContains("/tweede-stap.xhtml"));
            browser.assertAccessible("second step");
            tabTo(browser, "tweedeStap:code");
            type(browser, Totp.demoCode("admin"), Keys.ENTER);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("userForm:logout")));
            assertTrue(browser.driver.getCurrentUrl().endsWith("/index.xhtml"), browser.driver.getCurrentUrl());

            browser.driver.findElement(By.id("navAccounts")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("uitnodigenForm:name")));
            assertTrue(browser.driver.findElement(By.id("lijstForm:accounts")).getText().contains("admin"));
            browser.assertAccessible("accounts");

            browser.driver.findElement(By.id("uitnodigenForm:uitnodigen")).sendKeys(Keys.ENTER);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("uitnodigenForm"),
                    "Vul de naam van de medewerker in."));
            String problems = browser.driver.findElement(By.id("uitnodigenForm")).getText();
            assertTrue(problems.contains("Vul het e-mailadres in") && problems.contains("Kies één of meer rollen"),
                    "each problem next to its field: " + problems);
            browser.assertAccessible("accounts with the form's problems");

            String email = "planner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
            browser.driver.findElement(By.id("uitnodigenForm:name")).sendKeys("Planner Oefen");
            browser.driver.findElement(By.id("uitnodigenForm:email")).sendKeys(email);
            browser.driver.findElement(By.cssSelector("#uitnodigenForm\\:roles input[value='ngb']")).sendKeys(Keys.SPACE);
            browser.driver.findElement(By.id("uitnodigenForm:uitnodigen")).sendKeys(Keys.ENTER);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "De uitnodiging aan " + email + " is verstuurd."));
            assertEquals("Uitnodiging: uw medewerkersaccount voor Weerbaar", Mailbox.await(smtp, email, 1).getSubject());
            assertEquals("", browser.driver.findElement(By.id("uitnodigenForm:name")).getAttribute("value"),
                    "the form is empty again for the next one");
            browser.assertAccessible("accounts after inviting");

            // A real 320 px viewport: a headless window is not made narrower than 500 px.
            ((org.openqa.selenium.chrome.ChromeDriver) browser.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    java.util.Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", false));
            browser.open("beheer/accounts.xhtml");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("uitnodigenForm:name")));
            long width = (Long) ((JavascriptExecutor) browser.driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(width <= 0, "nothing sticks out sideways at 320 px: " + width + " px");
            browser.assertAccessible("accounts at 320 px");
        }
    }

    /** Keys typed into whatever has the focus, as a keyboard does. */
    private static void type(Browser browser, CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }

    private static WebElement active(Browser browser) {
        return browser.driver.switchTo().activeElement();
    }

    /** Presses Tab until the field has the focus, as someone without a mouse does. */
    private static void tabTo(Browser browser, String id) {
        for (int i = 0; i < 30; i++) {
            if (id.equals(active(browser).getAttribute("id"))) {
                return;
            }
            type(browser, Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + id);
    }
}
