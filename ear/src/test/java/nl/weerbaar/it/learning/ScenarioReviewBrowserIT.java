package nl.weerbaar.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.weerbaar.it.support.Browser;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.scenarios.Scenario;
import nl.weerbaar.scenarios.ScenarioPaths;
import nl.weerbaar.scenarios.ShippedScenarios;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** In the browser: a trainer reviews a scenario from the library, by keyboard, on a wide screen and at 320 px. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScenarioReviewBrowserIT {

    private static final String A1 = "a1-zwakke-signalen";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aTrainerOpensTheReviewFromTheLibraryAndSeesSourcesPathsWithTotalsAndChoices() throws Exception {
        Scenario scenario = ShippedScenarios.read(A1);
        List<ScenarioPaths.Path> paths = ScenarioPaths.of(scenario);
        try (Browser browser = Browser.start()) {
            browser.login("trainer");
            browser.open("casuistiek/scenarios.xhtml");
            WebElement link = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("a[id$=':beoordeel'][href*='id=" + A1 + "']")));
            assertEquals("Beoordelen: " + scenario.title(), link.getAttribute("aria-label"));
            // By keyboard: the link takes focus and Enter follows it.
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].focus();", link);
            assertEquals(link, browser.driver.switchTo().activeElement(), "the link can take focus");
            new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
            try {
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("beoordelingKop")));
            } catch (org.openqa.selenium.TimeoutException notThere) {
                browser.screenshot("scenario-beoordeling-ontbreekt");
                throw new AssertionError("no review at " + browser.driver.getCurrentUrl() + ": "
                        + browser.driver.findElement(By.tagName("main")).getText(), notThere);
            }
            assertTrue(browser.driver.getCurrentUrl().endsWith("#beoordelingKop"), browser.driver.getCurrentUrl());

            String sources = browser.driver.findElement(By.id("bronnen")).getText();
            assertTrue(sources.contains(scenario.source()) && sources.contains("het hele scenario"), sources);
            List<WebElement> rows = browser.driver.findElements(By.cssSelector("[id$='paden_data'] > tr"));
            assertEquals(paths.size(), rows.size());
            ScenarioPaths.Path first = paths.get(0);
            String firstRow = rows.get(0).getText();
            List<WebElement> cells = rows.get(0).findElements(By.tagName("td"));
            assertTrue(cells.get(2).getText().contains(first.endId()), firstRow);
            assertEquals(String.valueOf(first.total()), cells.get(4).getText().strip(), firstRow);
            assertEquals(first.passed() ? "Ja" : "Nee", cells.get(5).getText().strip(), firstRow);
            String firstChoice = scenario.nodes().stream().flatMap(n -> n.choices().stream())
                    .filter(c -> c.id().equals(first.choices().stream().filter(id -> !id.equals("continue")).findFirst().orElseThrow()))
                    .findFirst().orElseThrow().text();
            assertTrue(firstRow.contains(firstChoice), firstRow);
            assertTrue(browser.driver.findElement(By.id("keuzesKop")).isDisplayed());
            browser.assertAccessible("scenario review");
            browser.screenshot("scenario-beoordeling");

            browser.narrow(320);
            browser.open("casuistiek/scenario.xhtml?id=" + A1);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("beoordelingKop")));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            assertEquals(320L, ((Number) js.executeScript("return window.innerWidth;")).longValue());
            // Nothing in the review sticks out to the right: no sideways scrolling to read it.
            Number overflow = (Number) js.executeScript("""
                    let worst = 0;
                    document.querySelectorAll('section.review, section.review *').forEach(e => {
                        worst = Math.max(worst, e.getBoundingClientRect().right - window.innerWidth);
                    });
                    return worst;""");
            assertTrue(overflow.doubleValue() <= 0.5, "the review is wider than 320 px by " + overflow);
            WebElement columnTitle = browser.driver.findElement(By.cssSelector("[id$='paden_data'] > tr:first-child .ui-column-title"));
            assertTrue(columnTitle.isDisplayed(), "the table reflows: each cell carries its column's title");
            browser.assertAccessible("scenario review at 320 px");
            browser.screenshot("scenario-beoordeling-320");
        }
    }

    @Test
    void aDutchPageStaysDutchForABrowserThatPrefersEnglish() throws Exception {
        try (Browser browser = Browser.start("en-GB,en")) {
            browser.login("trainer");
            browser.open("casuistiek/scenario.xhtml?id=bestaat-niet");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages")));
            String messages = browser.driver.findElement(By.id("messages")).getText();
            assertTrue(messages.contains("Dit scenario bestaat niet."), "the view action's message is Dutch: " + messages);
            assertEquals("nl", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));

            browser.switchLanguage("en");
            browser.open("casuistiek/scenario.xhtml?id=bestaat-niet");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "This scenario does not exist."));
            assertTrue(browser.driver.findElement(By.id("navCasuistiek")).getText().contains("Case studies"));
            browser.assertAccessible("scenario page in English");
            // The choice is kept with the demo trainer's login: back to Dutch, for the tests after this one.
            browser.switchLanguage("nl");
        }
    }
}
