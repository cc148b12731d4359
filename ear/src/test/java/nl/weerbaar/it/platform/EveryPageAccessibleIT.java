package nl.weerbaar.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.weerbaar.it.support.Browser;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.SessionJsonFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.weerbaar.it.support.Mailbox;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page each role can reach — found by following the links from its home page, so a new page is
 * checked without anyone listing it — passes axe-core (WCAG 2.0/2.1 A and AA) in Dutch and English at
 * 1280 and 320 px, and at 320 px and at 640 px (a 1280 px screen zoomed to 200 %) does not scroll sideways
 * (WCAG 1.4.10, 1.4.4). All findings are collected and
 * reported at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EveryPageAccessibleIT {

    /** Anonymous first (null), then each demo role. */
    private static final String[] ROLES = {null, "ngb", "deelnemer", "trainer", "bzk", "admin"};
    private static final String[] LANGUAGES = {"nl", "en"};
    private static final int[] WIDTHS = {1280, 640, 320};
    /** 200 % zoom of a 1280 px window: the sideways check only (axe already ran at the widths on either side). */
    private static final int ZOOMED = 640;
    /** A bound on the crawl, well above the number of pages any role has. */
    private static final int MAX_PAGES_PER_ROLE = 60;
    private static final Path AUTHORISATION = Path.of("..", "web", "src", "main", "resources", "security", "authorisation.txt");
    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Every link on the page that is a plain GET of a page of this application; commandLinks (href "#") are left out. */
    private static final String LINKS = """
            const origin = location.origin;
            return Array.from(document.querySelectorAll('a[href]'))
                .filter(a => !a.getAttribute('href').startsWith('#') && !a.hasAttribute("onclick") && !a.hasAttribute("download")
                    && !/logout|language/i.test(a.id))
                .map(a => a.href)
                .filter(h => h.startsWith(origin + '/'));""";

    /** At the current width: 0 when nothing sticks out, else how far, with the elements that stick out furthest. */
    private static final String OVERFLOW = """
            const root = document.documentElement;
            const over = root.scrollWidth - root.clientWidth;
            if (over <= 1) return '';
            const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).slice(0, 3).join('.') : '');
            let widest = [];
            document.querySelectorAll('body *').forEach(e => {
                const r = e.getBoundingClientRect();
                if (r.width > 0 && r.right > root.clientWidth + 1) widest.push({e, right: r.right, width: r.width});
            });
            // The innermost elements that stick out say most about the cause.
            widest = widest.filter(w => !widest.some(o => o !== w && w.e.contains(o.e) && o.right >= w.right - 1));
            widest.sort((a, b) => b.right - a.right);
            return 'scrollWidth ' + root.scrollWidth + ' > clientWidth ' + root.clientWidth + '; widest: '
                + widest.slice(0, 3).map(w => describe(w.e) + ' (right ' + Math.round(w.right) + ', width ' + Math.round(w.width) + ')').join(', ');""";

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void everyPageOfEveryRoleIsAccessibleInBothLanguagesAtBothWidths() throws Exception {
        long started = System.nanoTime();
        // A session of its own, so the planners' detail and edit pages have something to link to.
        var created = Http.api("ngb").postJson("api/sessions", SessionJsonFixture.valid(SessionJsonFixture.uniqueTitle("Toegankelijkheid")));
        assertEquals(201, created.statusCode(), created.body());
        long sessionId = Http.object(created.body()).getJsonNumber("id").longValue();
        EntryPages entries = EntryPages.prepare(SMTP, sessionId);
        Tally tally = new Tally();
        for (String role : ROLES) {
            String who = role == null ? "anonymous" : role;
            try (Browser browser = Browser.start()) {
                if (role != null) {
                    browser.login(role);
                }
                browser.narrow(1280);
                browser.open("index.xhtml");
                List<String> pages = crawl(browser, role != null);
                System.out.println("[accessibility crawl] " + who + ": " + pages.size() + " pages found by links: "
                        + pages.stream().map(EveryPageAccessibleIT::path).toList());
                for (String entry : absolute(role == null ? entries.anonymous() : "ngb".equals(role) ? entries.ngb() : List.of())) {
                    if (pages.stream().noneMatch(p -> key(p).equals(key(entry)))) {
                        pages.add(entry);
                    }
                }
                checkInBothLanguages(browser, who, role == null ? "login.xhtml" : "account.xhtml", pages, tally);
            } catch (RuntimeException | AssertionError e) {
                tally.add(who + ": the crawl stopped: " + e);
            } finally {
                try {
                    if (role != null) {
                        dutchAgain(role);
                    }
                } catch (RuntimeException | AssertionError e) {
                    tally.add(who + ": could not be given Dutch back: " + e);
                }
            }
        }
        // A learner of the test's own, in a started attempt: the player and the evaluation page.
        try (Browser browser = Browser.start()) {
            browser.login(entries.learner().username(), entries.learner().password());
            checkInBothLanguages(browser, "learner", "account.xhtml", absolute(entries.learnerPages()), tally);
        } catch (RuntimeException | AssertionError e) {
            tally.add("learner: the check stopped: " + e);
        }
        checkSecondStep(tally);
        int pages = tally.pagesPerRole.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("[accessibility crawl] pages per role %s: %d pages over all roles × %d languages × %d widths"
                + " = %d checks; %d axe violations (nodes), %d pages scrolling sideways at 640 or 320 px; %d findings; %.0f s%n",
                tally.pagesPerRole, pages, LANGUAGES.length, WIDTHS.length, tally.checks, tally.axeViolations,
                tally.reflowFailures, tally.findings.size(), (System.nanoTime() - started) / 1e9);
        // A page that neither a link nor EntryPages reaches would go unchecked: that is a finding too.
        Files.readAllLines(AUTHORISATION).stream().filter(l -> l.startsWith("page "))
                .map(l -> l.trim().split("\\s+")[2]).filter(p -> !tally.reached.contains(p))
                .forEach(p -> tally.add(p + " is in authorisation.txt but no link and no entry in EntryPages reaches it"));
        assertTrue(tally.findings.isEmpty(), tally.findings.size() + " accessibility findings on " + tally.checks + " checks:\n"
                + String.join("\n", tally.findings));
    }

    @Test
    void onANarrowScreenTheMenuFoldsBehindAButtonAndTheCalendarIsAList() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.login("deelnemer");
            browser.narrow(320);
            browser.open("aanbod/sessies.xhtml");
            var button = browser.driver.findElement(By.id("menuKnop"));
            var offer = browser.driver.findElement(By.id("navAanbod"));
            assertEquals("false", button.getAttribute("aria-expanded"));
            assertTrue(button.isDisplayed() && !offer.isDisplayed(), "folded: the button shows, the menu does not");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#kalenderForm .fc-list")));

            // By keyboard: Enter opens the menu, Escape closes it and gives the focus back to the button.
            button.sendKeys(org.openqa.selenium.Keys.ENTER);
            assertEquals("true", button.getAttribute("aria-expanded"));
            assertTrue(offer.isDisplayed(), "the menu opened");
            offer.sendKeys(org.openqa.selenium.Keys.ESCAPE);
            assertEquals("false", button.getAttribute("aria-expanded"));
            assertTrue(!offer.isDisplayed(), "Escape folded the menu");
            assertEquals(button, browser.driver.switchTo().activeElement(), "the focus is back on the menu button");

            browser.narrow(1280);
            browser.open("aanbod/sessies.xhtml");
            assertTrue(!browser.driver.findElement(By.id("menuKnop")).isDisplayed(), "a wide screen has no menu button");
            assertTrue(browser.driver.findElement(By.id("navAanbod")).isDisplayed(), "and shows the menu");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#kalenderForm .fc-daygrid")));
        }
    }

    /** Each page in Dutch and English (switched on a plain page of the visitor), at each width. */
    private static void checkInBothLanguages(Browser browser, String who, String plain, List<String> pages, Tally tally) {
        tally.pagesPerRole.merge(who, pages.size(), Integer::sum);
        pages.forEach(p -> tally.reached.add(URI.create(p).getPath()));
        try {
            for (String language : LANGUAGES) {
                browser.open(plain);
                browser.switchLanguage(language);
                for (int width : WIDTHS) {
                    browser.narrow(width);
                    for (String page : pages) {
                        check(browser, page, who + " " + language + " " + width + "px " + path(page), width, tally);
                    }
                }
            }
        } finally {
            // The language is kept with the login: give it Dutch back for the tests after this one.
            browser.narrow(1280);
            browser.open(plain);
            browser.switchLanguage("nl");
        }
    }

    /** The second login step of a staff member, between her password and her code, in each language and width. */
    private static void checkSecondStep(Tally tally) {
        tally.pagesPerRole.merge("ngb halfway", 1, Integer::sum);
        tally.reached.add(EntryPages.SECOND_STEP);
        for (String language : LANGUAGES) {
            try (Browser browser = Browser.start()) {
                browser.open("login.xhtml");
                browser.switchLanguage(language);
                browser.driver.findElement(By.id("loginForm:username")).sendKeys("ngb");
                browser.driver.findElement(By.id("loginForm:password")).sendKeys(Deployments.PASSWORD + "\n");
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tweedeStap:code")));
                String page = browser.driver.getCurrentUrl();
                String shown = browser.driver.findElement(By.tagName("html")).getAttribute("lang");
                for (int width : WIDTHS) {
                    browser.narrow(width);
                    check(browser, page, "ngb halfway " + shown + " " + width + "px " + path(page), width, tally);
                }
            } catch (Exception | AssertionError e) {
                tally.add("ngb halfway " + language + ": the second step could not be checked: " + e);
            }
        }
    }

    private static List<String> absolute(List<String> paths) {
        return paths.stream().map(p -> Deployments.BASE.resolve(p).toString()).collect(Collectors.toCollection(ArrayList::new));
    }

    /** One page in one language at one width: axe-core (not at the zoomed width), and at 640 and 320 px no sideways scrolling. */
    private static void check(Browser browser, String page, String where, int width, Tally tally) {
        tally.checks++;
        try {
            browser.driver.get(page);
            // axe's WCAG rules pass a page that broke off half-way: each page must have come out whole.
            Boolean whole = (Boolean) ((JavascriptExecutor) browser.driver).executeScript(
                    "return document.querySelectorAll('main h1').length === 1 && !!document.querySelector('footer');");
            if (!whole) {
                tally.add(where + " did not render whole (no main h1 or no footer): "
                        + browser.driver.findElement(By.tagName("body")).getText().lines().limit(5).toList());
            }
            if (width != ZOOMED) {
                for (Rule v : new AxeBuilder().withTags(AXE_TAGS).analyze(browser.driver).getViolations()) {
                    tally.axeViolations += v.getNodes().size();
                    tally.add(where + " axe " + v.getId() + " (" + v.getHelp() + "): " + v.getNodes().stream()
                            .map(n -> n.getTarget() + " " + n.getHtml() + " — " + n.getFailureSummary())
                            .collect(Collectors.joining("; ")));
                }
            }
            if (width <= ZOOMED) {
                String overflow = (String) ((JavascriptExecutor) browser.driver).executeScript(OVERFLOW);
                if (!overflow.isEmpty()) {
                    tally.reflowFailures++;
                    tally.add(where + " reflow (WCAG 1.4.10/1.4.4, scrolls sideways): " + overflow);
                }
            }
            policyViolations(browser).forEach(m -> tally.add(where + " script refused or failed: " + m));
        } catch (org.openqa.selenium.WebDriverException e) {
            tally.add(where + " could not be checked: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** What the crawl counted and found; findings are printed as they come, so a stopped run still tells. */
    private static final class Tally {
        final Map<String, Integer> pagesPerRole = new LinkedHashMap<>();
        final Set<String> reached = new TreeSet<>();
        final List<String> findings = new ArrayList<>();
        int checks;
        int axeViolations;
        int reflowFailures;

        void add(String finding) {
            findings.add(finding);
            System.out.println("[accessibility finding] " + finding);
        }
    }

    /**
     * Breadth-first from the page the browser shows, following links to pages of this application. One URL is
     * kept per page and set of query parameter names (a list of fifty sessions links fifty times to one page).
     */
    private static List<String> crawl(Browser browser, boolean loggedIn) {
        Map<String, String> found = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        String start = browser.driver.getCurrentUrl();
        found.put(key(start), start);
        queue.add(start);
        while (!queue.isEmpty() && found.size() < MAX_PAGES_PER_ROLE) {
            String page = queue.poll();
            if (!browser.driver.getCurrentUrl().equals(page)) {
                browser.driver.get(page);
            }
            // The calendar loads its events (with their links) by Ajax after the page.
            browser.wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "return !window.jQuery || !window.PrimeFaces || (jQuery.active === 0 && PrimeFaces.ajax.Queue.isEmpty());"));
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) ((JavascriptExecutor) browser.driver).executeScript(LINKS);
            for (String link : links) {
                String url = link.replaceFirst("#.*$", "");
                // The path without its query: a link with parameters (a session's detail page) is a page too.
                String path = URI.create(url).getPath();
                if (!path.endsWith(".xhtml") || (loggedIn && path.equals("/login.xhtml")) || found.containsKey(key(url))
                        || found.size() >= MAX_PAGES_PER_ROLE) {
                    continue;
                }
                found.put(key(url), url);
                queue.add(url);
            }
        }
        return new ArrayList<>(found.values());
    }

    private static String key(String url) {
        URI uri = URI.create(url);
        TreeSet<String> names = new TreeSet<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                names.add(pair.split("=", 2)[0]);
            }
        }
        return uri.getPath() + names;
    }

    private static String path(String url) {
        URI uri = URI.create(url);
        return uri.getPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Whatever the browser managed: the demo account leaves this test in Dutch (the choice is kept with its login). */
    private static void dutchAgain(String user) {
        Http pages = Http.pages();
        pages.login(user, Deployments.PASSWORD);
        if (english(pages)) {
            pages.submit("account.xhtml", Map.of("userForm", "userForm", "userForm:language", "userForm:language"));
        }
        assertTrue(!english(pages), user + " is left in Dutch");
    }

    private static boolean english(Http pages) {
        return java.util.regex.Pattern.compile("<html[^>]*\\slang=\"en\"").matcher(pages.get("account.xhtml").body()).find();
    }

    private static List<String> policyViolations(Browser browser) {
        return browser.driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to") || m.contains("Uncaught"))
                .toList();
    }
}
