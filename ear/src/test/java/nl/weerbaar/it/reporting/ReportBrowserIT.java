package nl.weerbaar.it.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import nl.weerbaar.it.support.Browser;
import nl.weerbaar.it.support.PageWait;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;

/** In the browser: BZK starts a report, watches the progress bar reach 100% and downloads it; the dashboards and funding pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Generated participation would crowd the other tests' session lists: it goes again. */
    @org.junit.jupiter.api.AfterAll
    static void removeGenerated() {
        assertEquals(200, Http.api("admin").delete("api/admin/synthetic").statusCode());
    }

    @Test
    void bzkStartsAReportWatchesItsProgressAndDownloadsIt() throws Exception {
        ReportIT.generate(2023, 3000);
        try (Browser browser = Browser.start()) {
            browser.login("bzk");
            browser.driver.findElement(By.id("navRapporten")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start:jaar")));
            browser.assertAccessible("reports");
            browser.driver.findElement(By.id("start:jaar")).clear();
            browser.driver.findElement(By.id("start:jaar")).sendKeys("2023");
            browser.driver.findElement(By.id("start:maken")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("voortgangForm:voortgang")));
            new PageWait(browser.driver, Duration.ofMinutes(2)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("voortgangForm:voortgang"), "100%"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "klaar om te downloaden"));
            browser.assertAccessible("reports with a finished report");
            browser.screenshot("rapportages");
            browser.driver.findElement(By.cssSelector("button[id$=':download']")).click();
            Path file = new PageWait(browser.driver, Duration.ofSeconds(30)).until(d -> downloaded(browser.downloads()));
            assertTrue(file.getFileName().toString().startsWith("bzk-deelname-"), file.toString());
            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
                assertTrue(workbook.getSheet("Per provincie") != null);
            }

            browser.driver.findElement(By.id("navDashboard")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tabelProvincie")));
            browser.driver.findElement(By.id("keuze:jaar")).clear();
            browser.driver.findElement(By.id("keuze:jaar")).sendKeys("2023");
            browser.driver.findElement(By.id("keuze:tonen")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#provincies canvas")));
            assertTrue(browser.driver.findElement(By.id("tabelProvincie")).getText().contains("Utrecht"));
            browser.assertAccessible("dashboard");
            browser.screenshot("dashboard");
        }
    }

    @Test
    void ngbSetsTheBudgetAndATariffAndIsWarnedWhenThePlanExceedsIt() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.login("ngb");
            browser.open("planning/financiering.xhtml");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("budgetForm:bedrag")));
            browser.assertAccessible("funding");
            new Select(browser.driver.findElement(By.id("tariefForm:kind"))).selectByValue("PARTICIPANT");
            browser.driver.findElement(By.id("tariefForm:amount")).sendKeys("475.00");
            browser.driver.findElement(By.id("tariefForm:validFrom")).sendKeys("01-01-2020");
            browser.driver.findElement(By.id("tariefForm:tariefOpslaan")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Het tarief is opgeslagen."));
            browser.driver.findElement(By.id("budgetForm:bedrag")).clear();
            browser.driver.findElement(By.id("budgetForm:bedrag")).sendKeys("100");
            browser.driver.findElement(By.id("budgetForm:budgetOpslaan")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("overschrijding")));
            browser.assertAccessible("funding over budget");
            browser.open("planning/sessies.xhtml");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("budgetWaarschuwing")));
        }
    }

    private static Path downloaded(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
