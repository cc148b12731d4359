package nl.weerbaar.it.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.weerbaar.it.support.Browser;
import nl.weerbaar.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page each role can reach — found by following the links from its home page, so a new page is
 * checked without anyone listing it — passes axe-core (WCAG 2.0/2.1 A and AA) in Dutch and English at
 * 1280 and 320 px, and at 320 px does not scroll sideways (WCAG 1.4.10). All findings are collected and
 * reported at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EveryPageAccessibleIT {

    /** Anonymous first (null), then each demo role. */
    private static final String[] ROLES = {null, "ngb", "deelnemer", "trainer", "bzk", "admin"};
    private static final String[] LANGUAGES = {"nl", "en"};
    private static final int[] WIDTHS = {1280, 320};
    /** A bound on the crawl, well above the number of pages any role has. */
    private static final int MAX_PAGES_PER_ROLE = 60;
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

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void everyPageOfEveryRoleIsAccessibleInBothLanguagesAtBothWidths() throws Exception {
        List<String> findings = new ArrayList<>();
        Map<String, Integer> pagesPerRole = new LinkedHashMap<>();
        int checks = 0;
        int axeViolations = 0;
        int reflowFailures = 0;
        long started = System.nanoTime();
        for (String role : ROLES) {
            String who = role == null ? "anonymous" : role;
            try (Browser browser = Browser.start()) {
                if (role != null) {
                    browser.login(role);
                }
                browser.narrow(1280);
                browser.open("index.xhtml");
                List<String> pages = crawl(browser, role != null);
                pagesPerRole.put(who, pages.size());
                System.out.println("[accessibility crawl] " + who + ": " + pages.size() + " pages: " + pages);
                try {
                    for (String language : LANGUAGES) {
                        chooseLanguage(browser, language);
                        for (int width : WIDTHS) {
                            browser.narrow(width);
                            for (String page : pages) {
                                browser.driver.get(page);
                                String where = who + " " + language + " " + width + "px " + path(page);
                                checks++;
                                for (Rule v : new AxeBuilder().withTags(AXE_TAGS).analyze(browser.driver).getViolations()) {
                                    axeViolations += v.getNodes().size();
                                    findings.add(where + " axe " + v.getId() + " (" + v.getHelp() + "): " + v.getNodes().stream()
                                            .map(n -> n.getTarget() + " " + n.getHtml() + " — " + n.getFailureSummary())
                                            .collect(Collectors.joining("; ")));
                                }
                                if (width == 320) {
                                    String overflow = (String) ((JavascriptExecutor) browser.driver).executeScript(OVERFLOW);
                                    if (!overflow.isEmpty()) {
                                        reflowFailures++;
                                        findings.add(where + " reflow (WCAG 1.4.10, scrolls sideways): " + overflow);
                                    }
                                }
                                policyViolations(browser).forEach(m -> findings.add(where + " CSP: " + m));
                            }
                        }
                    }
                } finally {
                    // The language is kept with the demo account's login: give it Dutch back for the tests after this one.
                    browser.narrow(1280);
                    browser.open("index.xhtml");
                    chooseLanguage(browser, "nl");
                }
            }
        }
        int pages = pagesPerRole.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("[accessibility crawl] pages per role %s: %d page×role combinations × %d languages × %d widths"
                + " = %d checks; %d axe violation nodes, %d pages scrolling sideways at 320 px; %d findings; %.0f s%n",
                pagesPerRole, pages, LANGUAGES.length, WIDTHS.length, checks, axeViolations, reflowFailures,
                findings.size(), (System.nanoTime() - started) / 1e9);
        findings.forEach(f -> System.out.println("[accessibility finding] " + f));
        assertTrue(findings.isEmpty(), findings.size() + " accessibility findings on " + checks + " checks:\n"
                + String.join("\n", findings));
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
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) ((JavascriptExecutor) browser.driver).executeScript(LINKS);
            for (String link : links) {
                String url = link.replaceFirst("#.*$", "");
                String path = path(url);
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

    private static void chooseLanguage(Browser browser, String language) {
        if (!language.equals(browser.driver.findElement(By.tagName("html")).getAttribute("lang"))) {
            browser.driver.findElement(By.id("userForm:language")).click();
            browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
        }
    }

    private static List<String> policyViolations(Browser browser) {
        return browser.driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                .toList();
    }
}
