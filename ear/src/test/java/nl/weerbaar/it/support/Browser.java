package nl.weerbaar.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver — never a downloaded browser.
 * Without them the browser tests skip with a printed reason, unless {@code weerbaar.browser.required}
 * (set by CI) turns that into a failure.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    public final WebDriver driver;
    public final WebDriverWait wait;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.wait = new PageWait(driver, Duration.ofSeconds(20));
    }

    public static Browser start() throws Exception {
        return start("nl-NL,nl");
    }

    /** A browser whose user prefers these languages (an Accept-Language list such as {@code "en-GB,en"}). */
    public static Browser start(String acceptLanguages) throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String reason = "Chromium or chromedriver missing (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): install Debian's chromium and chromium-driver to run the browser tests";
            if (Boolean.getBoolean("weerbaar.browser.required")) {
                Assertions.fail(reason);
            }
            System.out.println("[browser tests skipped] " + reason);
            Assumptions.abort(reason);
        }
        Path profile = Files.createTempDirectory("weerbaar-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1024", "--lang=" + acceptLanguages.split(",")[0], "--accept-lang=" + acceptLanguages, "--user-data-dir=" + profile);
        Path downloads = Files.createDirectories(profile.resolve("downloads"));
        // The console is read after each page: a Content-Security-Policy violation fails the test.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguages,
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    /** Shows pages in a viewport this many CSS pixels wide (320 for WCAG 1.4.10 reflow), without zooming out to fit. */
    public void narrow(int width) {
        ((org.openqa.selenium.chromium.HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.<String, Object>of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Where the browser saves downloads. */
    public Path downloads() {
        return profile.resolve("downloads");
    }

    public void open(String path) {
        driver.get(Deployments.BASE.resolve(path).toString());
    }

    public void login(String user) {
        login(user, Deployments.PASSWORD);
    }

    public void login(String user, String password) {
        open("login.xhtml");
        driver.findElement(By.id("loginForm:username")).sendKeys(user);
        driver.findElement(By.id("loginForm:password")).sendKeys(password + "\n");
        if (Http.DEMO_STAFF.contains(user)) {
            // Staff pass the second step with the code their authenticator app shows.
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tweedeStap:code")))
                    .sendKeys(Totp.demoCode(user) + "\n");
        }
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("userForm:logout")));
        } catch (org.openqa.selenium.TimeoutException e) {
            // Say what the server answered instead, so a failed login in CI explains itself.
            throw new AssertionError(user + " was not logged in; the page at " + driver.getCurrentUrl()
                    + " says: " + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    public void logout() {
        driver.findElement(By.id("userForm:logout")).click();
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loginForm:username")));
        } catch (org.openqa.selenium.TimeoutException e) {
            // A click that landed while the page was still busy with a partial update can be lost
            // (seen once in CI): if the button is still there, press it once more, else say what is shown.
            List<org.openqa.selenium.WebElement> still = driver.findElements(By.id("userForm:logout"));
            if (still.isEmpty()) {
                throw new AssertionError("after logging out the page at " + driver.getCurrentUrl() + " says: "
                        + driver.findElement(By.tagName("body")).getText(), e);
            }
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", still.get(0));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loginForm:username")));
        }
    }

    /**
     * Presses the top bar's language button until the page is in {@code lang} ("nl" or "en"). A press
     * that lands while a partial update redraws the page can be lost or hit a detached node; it is then
     * pressed again, at most three times, and otherwise the test says what the page shows.
     */
    public void switchLanguage(String lang) {
        for (int attempt = 1; !lang.equals(pageLanguage()); attempt++) {
            if (attempt > 3) {
                throw new AssertionError("the language button did not give " + lang + " on " + driver.getCurrentUrl()
                        + ": " + driver.findElement(By.tagName("body")).getText());
            }
            try {
                driver.findElement(By.id("userForm:language")).click();
                wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", lang));
            } catch (org.openqa.selenium.WebDriverException redrawn) {
                // stale, detached or not answered in time: the page's language is read again first
            }
        }
    }

    /**
     * Waits until an element of this kind is shown and holds the focus (it or something in it): PrimeFaces moves the
     * focus into a dialog after its opening animation, so a key pressed as soon as the dialog is visible
     * can still land on the page behind it (seen in CI).
     */
    public org.openqa.selenium.WebElement awaitFocusWithin(By locator) {
        // The shown one of its kind: a page can hold hidden dialogs of the same class.
        org.openqa.selenium.WebElement element = wait.until(d -> d.findElements(locator).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).findFirst().orElse(null));
        wait.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return arguments[0].contains(document.activeElement);", element));
        return element;
    }

    /**
     * Fails when the focus leaves ELEMENT at any moment within FOR (checked every 20 ms): a modal dialog
     * that has taken the focus must keep it, also when a script of the page moves it later.
     */
    public void assertFocusStaysWithin(org.openqa.selenium.WebElement element, Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            Object outside = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "var a = document.activeElement; return arguments[0].contains(a) ? null"
                            + " : (a ? a.tagName + '#' + a.id + ' ' + (a.textContent || '').trim().substring(0, 40) : 'nothing');",
                    element);
            if (outside != null) {
                throw new AssertionError("the focus left the dialog for " + outside);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while watching the focus", e);
            }
        }
    }

    /** The lang attribute of the page shown, read again if the page is being replaced. */
    private String pageLanguage() {
        return wait.until(d -> d.findElement(By.tagName("html")).getAttribute("lang"));
    }

    /**
     * Saves what the browser shows to target/screenshots/NAME.png, for people to look at; with
     * {@code -Dweerbaar.screenshots=docs/screenshots} (relative to the repository) also there, for the
     * README, so a normal run leaves the working tree as it was.
     */
    public void screenshot(String name) throws java.io.IOException {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), png);
        String published = System.getProperty("weerbaar.screenshots", "");
        if (!published.isBlank()) {
            Path target = repositoryRoot().resolve(published);
            Files.createDirectories(target);
            Files.write(target.resolve(name + ".png"), png);
        }
    }

    /** The directory with the Maven wrapper above the test's working directory (the ear module). */
    private static Path repositoryRoot() {
        Path at = Path.of("").toAbsolutePath();
        for (Path p = at; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("mvnw"))) {
                return p;
            }
        }
        return at;
    }

    /** The page ran under its Content-Security-Policy without the browser refusing anything. */
    public void assertNoPolicyViolations(String page) {
        List<String> refused = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                .toList();
        assertTrue(refused.isEmpty(), page + " broke its Content-Security-Policy:\n" + String.join("\n", refused));
    }

    /** The page passes axe-core's WCAG 2.1 A and AA rules, and ran under its Content-Security-Policy. */
    public void assertAccessible(String page) {
        assertNoPolicyViolations(page);
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<Rule> violations = results.getViolations();
        String report = violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().map(n -> n.getTarget() + " " + n.getHtml() + " " + n.getFailureSummary())
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertTrue(violations.isEmpty(), page + " has accessibility violations:\n" + report);
    }

    @Override
    public void close() throws Exception {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
