package nl.weerbaar.it.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
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
 * No English bundle text on a Dutch page: every page each role reaches by following links (and the public
 * pages) is read in Dutch, and none may show a sentence that exists only in messages_en — unless it is
 * marked {@code lang="en"}, as the language switch is. BundleCompletenessTest checks that keys are missing in
 * neither bundle; this checks what a Dutch user actually sees, service messages included.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DutchPagesBrowserIT {

    private static final Path BUNDLES = Path.of("..", "web", "src", "main", "resources", "nl", "weerbaar", "web");
    private static final int MAX_PAGES_PER_ROLE = 40;
    private static final Map<String, List<String>> NOT_FOUND = Map.of(
            "deelnemer", List.of("deelnemer/speler.xhtml?poging=987654321"),
            "ngb", List.of("planning/sessie.xhtml?id=987654321", "planning/sessie-nieuw.xhtml?id=987654321"),
            "trainer", List.of("trainer/aanwezigheid.xhtml?id=987654321", "casuistiek/scenario.xhtml?id=bestaat-niet"));

    /** The page's text and its accessible attributes, except what sits inside an element marked as English. */
    private static final String TEXT_NOT_MARKED_ENGLISH = """
            function english(e) { var l = e && e.closest('[lang]'); return !!l && l !== document.documentElement
                && l.getAttribute('lang').toLowerCase().indexOf('en') === 0; }
            var out = [];
            var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
                var parent = walker.currentNode.parentElement;
                if (parent && !parent.closest('script,style') && !english(parent)) { out.push(walker.currentNode.nodeValue); }
            }
            document.querySelectorAll('[aria-label],[title],[placeholder],[alt],input[type=submit],button[value]').forEach(function (e) {
                if (english(e)) { return; }
                ['aria-label', 'title', 'placeholder', 'alt', 'value'].forEach(function (a) { var v = e.getAttribute(a); if (v) { out.push(v); } });
            });
            return out.join('\\n').replace(/\\s+/g, ' ');
            """;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void noPageShownInDutchCarriesTextThatExistsOnlyInEnglish() throws Exception {
        Map<String, String> englishOnly = englishOnlySentences();
        assertFalse(englishOnly.isEmpty(), "the English bundle has sentences of its own");
        List<String> found = new ArrayList<>();
        int pages = 0;
        try (Browser browser = Browser.start()) {
            for (String page : List.of("login.xhtml", "wachtwoord-vergeten.xhtml", "certificaat.xhtml", "bestaat-niet.xhtml")) {
                browser.open(page);
                pages++;
                found.addAll(englishOn(browser, "visitor " + page, englishOnly));
            }
            assertProbeFindsEnglish(browser, englishOnly);
            for (String role : List.of("deelnemer", "ngb", "trainer", "bzk", "admin")) {
                browser.login(role);
                Set<String> reached = crawl(browser);
                // Pages whose service says that a thing does not exist (once shown in English on Dutch pages).
                reached.addAll(NOT_FOUND.getOrDefault(role, List.of()));
                for (String page : reached) {
                    browser.open(page);
                    pages++;
                    found.addAll(englishOn(browser, role + " " + page, englishOnly));
                }
                browser.logout();
            }
        }
        System.out.println("[DutchPagesBrowserIT] " + pages + " pages read in Dutch against " + englishOnly.size()
                + " English-only bundle sentences");
        assertTrue(pages > 20, "the crawl reached the pages (" + pages + ")");
        assertTrue(found.isEmpty(), "English on Dutch pages:\n" + String.join("\n", found));
    }

    /** The check sees English where there is English: the login page after the visitor switches to it. */
    private static void assertProbeFindsEnglish(Browser browser, Map<String, String> englishOnly) {
        browser.open("login.xhtml");
        browser.switchLanguage("en");
        assertFalse(englishOn(browser, "login in English", englishOnly).isEmpty(), "the check finds English on an English page");
        browser.switchLanguage("nl");
    }

    private static List<String> englishOn(Browser browser, String where, Map<String, String> englishOnly) {
        String text = (String) ((JavascriptExecutor) browser.driver).executeScript(TEXT_NOT_MARKED_ENGLISH);
        List<String> hits = new ArrayList<>();
        englishOnly.forEach((sentence, key) -> {
            if (text.contains(sentence)) {
                hits.add(where + ": \"" + sentence + "\" (" + key + ")");
            }
        });
        return hits;
    }

    /** Every page of the application reachable from the home page by links, each path once. */
    private static Set<String> crawl(Browser browser) {
        browser.open("index.xhtml");
        URI base = URI.create(browser.driver.getCurrentUrl()).resolve("/");
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of("index.xhtml"));
        while (!todo.isEmpty() && seen.size() < MAX_PAGES_PER_ROLE) {
            String page = todo.poll();
            String path = page.replaceAll("[?#].*", "");
            if (!seen.add(path)) {
                continue;
            }
            browser.open(page);
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) ((JavascriptExecutor) browser.driver).executeScript(
                    "return Array.from(document.querySelectorAll('a[href]')).map(function (a) { return a.href; });");
            for (String link : links) {
                if (link.startsWith(base.toString()) && link.replaceAll("[?#].*", "").endsWith(".xhtml")) {
                    todo.add(link.substring(base.toString().length()));
                }
            }
        }
        return seen;
    }

    /**
     * Sentences (the literal parts of a value between its placeholders, of three words or more) that the
     * English bundle has and no Dutch value contains: seeing one on a Dutch page can only be a mistake.
     */
    static Map<String, String> englishOnlySentences() throws IOException {
        Properties dutch = load("messages.properties");
        Properties english = load("messages_en.properties");
        String allDutch = String.join("\n", dutch.stringPropertyNames().stream().map(dutch::getProperty).toList());
        Map<String, String> sentences = new LinkedHashMap<>();
        for (String key : english.stringPropertyNames()) {
            for (String part : english.getProperty(key).replace("''", "'").split("\\{[^}]*\\}|<[^>]*>")) {
                String sentence = part.strip().replaceAll("\\s+", " ");
                if (sentence.split(" ").length >= 3 && sentence.length() >= 15 && !allDutch.contains(sentence)) {
                    sentences.put(sentence, key);
                }
            }
        }
        return sentences;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
