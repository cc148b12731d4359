package nl.weerbaar.web.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.weerbaar.casework.domain.IncidentType;
import nl.weerbaar.funding.domain.TariffKind;
import nl.weerbaar.learning.scenario.domain.ScenarioVersion;
import nl.weerbaar.people.domain.Ambt;
import nl.weerbaar.planning.domain.EnrolmentStatus;
import nl.weerbaar.planning.domain.SessionStatus;
import nl.weerbaar.reporting.job.ReportKind;
import nl.weerbaar.scenarios.LearningModule;
import nl.weerbaar.scenarios.Theme;
import org.junit.jupiter.api.Test;

/**
 * Dutch and English have the same texts, every text a page or the code asks for exists in both, and
 * the two agree on their placeholders; English holds no Dutch left untranslated.
 */
class BundleCompletenessTest {

    private static final String DUTCH = "/nl/weerbaar/web/messages.properties";
    private static final String ENGLISH = "/nl/weerbaar/web/messages_en.properties";

    /** Keys whose English rightly quotes Dutch: names of Dutch things and the column names a Dutch file must have. */
    private static final Set<String> QUOTES_DUTCH = Set.of("footer.tekst", "import.kolommen.deelnemers",
            "import.kolommen.sessies", "gemeenten.kop");

    /** Whole words that are Dutch and not English; one in an English text means it was not translated. */
    private static final Pattern DUTCH_WORDS = Pattern.compile(
            "(?iu)\\b(u|uw|het|een|niet|wordt|zijn|naar|voor|bij|van|deze|geen|en|ook|alle|kies|vul)\\b");

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishHasExactlyTheDutchKeys() throws IOException {
        assertEquals(new TreeSet<>(load(DUTCH).stringPropertyNames()), new TreeSet<>(load(ENGLISH).stringPropertyNames()));
        assertEquals(new TreeSet<>(load("/ValidationMessages.properties").stringPropertyNames()),
                new TreeSet<>(load("/ValidationMessages_en.properties").stringPropertyNames()), "the validation messages too");
        assertEquals(new TreeSet<>(load("/nl/weerbaar/platform/imports/messages.properties").stringPropertyNames()),
                new TreeSet<>(load("/nl/weerbaar/platform/imports/messages_en.properties").stringPropertyNames()),
                "and the import messages");
    }

    @Test
    void theDutchOverrideFilesAreEmptySoDutchComesFromTheBase() throws IOException {
        assertTrue(load("/nl/weerbaar/web/messages_nl.properties").isEmpty());
        assertTrue(load("/ValidationMessages_nl.properties").isEmpty());
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String bundle : List.of(DUTCH, ENGLISH, "/ValidationMessages.properties", "/ValidationMessages_en.properties")) {
            Properties p = load(bundle);
            TreeSet<String> empty = new TreeSet<>();
            p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank()).forEach(empty::add);
            assertTrue(empty.isEmpty(), bundle + " has empty texts: " + empty);
        }
    }

    @Test
    void everyKeyUsedInAPageExists() throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        Pattern used = Pattern.compile("msg\\['([a-z0-9.]+)'\\]");
        for (Properties bundle : List.of(load(DUTCH), load(ENGLISH))) {
            try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
                for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                    Matcher matcher = used.matcher(Files.readString(page));
                    while (matcher.find()) {
                        if (!bundle.containsKey(matcher.group(1))) {
                            missing.add(page.getFileName() + ": " + matcher.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "texts missing: " + missing);
    }

    /** Keys named in Java as literals: page messages, API texts, and the refusals services raise for a page to show. */
    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Pattern used = Pattern.compile("(?:Messages\\.text|Messages\\.flash|(?<![A-Za-z])Texts\\.get\\([^,()]+,|new (?:[a-z.]+\\.)?NotFound\\(|"
                + "new (?:[a-z.]+\\.)?Conflict\\()\\s*\"([a-z0-9.]*[a-z0-9])\"");
        Properties dutch = load(DUTCH);
        Properties english = load(ENGLISH);
        TreeSet<String> found = new TreeSet<>();
        TreeSet<String> missing = new TreeSet<>();
        for (String root : List.of("src/main/java", "../ejb/src/main/java", "../batch/src/main/java")) {
            try (Stream<Path> sources = Files.walk(Path.of(root))) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher matcher = used.matcher(Files.readString(source));
                    while (matcher.find()) {
                        found.add(matcher.group(1));
                        if (!dutch.containsKey(matcher.group(1)) || !english.containsKey(matcher.group(1))) {
                            missing.add(source.getFileName() + ": " + matcher.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(found.size() > 30, "the pattern still finds the keys in the code: " + found.size());
        assertTrue(missing.isEmpty(), "texts the code asks for but the bundles lack: " + missing);
    }

    /** Texts picked by an enum value ({@code msg['thema.'.concat(t)]}, {@code "ambt." + a.name()}): one for every value. */
    @Test
    void everyValueOfAnEnumShownByNameHasItsText() throws IOException {
        Map<String, List<String>> prefixes = Map.ofEntries(
                Map.entry("thema.", names(Theme.values())),
                Map.entry("ambt.", names(Ambt.values())),
                Map.entry("sessie.status.", names(SessionStatus.values())),
                Map.entry("inschrijving.status.", names(EnrolmentStatus.values())),
                Map.entry("scenario.status.", names(ScenarioVersion.Status.values())),
                Map.entry("casus.incident.", names(IncidentType.values())),
                Map.entry("financiering.soort.", names(TariffKind.values())),
                Map.entry("leren.fase.", names(LearningModule.Phase.values())),
                Map.entry("rapporten.", names(ReportKind.values())),
                Map.entry("rapporten.status.", names(jakarta.batch.runtime.BatchStatus.values())),
                Map.entry("batch.status.", names(jakarta.batch.runtime.BatchStatus.values())));
        TreeSet<String> missing = new TreeSet<>();
        for (Properties bundle : List.of(load(DUTCH), load(ENGLISH))) {
            prefixes.forEach((prefix, values) -> values.stream().map(prefix::concat).filter(k -> !bundle.containsKey(k))
                    .forEach(missing::add));
        }
        assertTrue(missing.isEmpty(), "texts missing for enum values: " + missing);
    }

    @Test
    void bothLanguagesUseTheSamePlaceholdersAndEveryPatternParses() throws IOException {
        Properties dutch = load(DUTCH);
        Properties english = load(ENGLISH);
        Pattern placeholder = Pattern.compile("\\{(\\d+)");
        TreeSet<String> wrong = new TreeSet<>();
        for (String key : dutch.stringPropertyNames()) {
            String nl = dutch.getProperty(key);
            String en = english.getProperty(key, "");
            if (!indexes(placeholder, nl).equals(indexes(placeholder, en))) {
                wrong.add(key + ": placeholders differ");
            }
            for (String text : List.of(nl, en)) {
                if (!indexes(placeholder, text).isEmpty()) {
                    try {
                        new MessageFormat(text, Locale.ROOT);
                    } catch (IllegalArgumentException broken) {
                        wrong.add(key + ": " + broken.getMessage());
                    }
                    // MessageFormat eats a lone apostrophe (and what follows it up to the next one).
                    if (text.replace("''", "").contains("'")) {
                        wrong.add(key + ": a lone apostrophe in a pattern with arguments (write '' or \u2019)");
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void englishTextsHoldNoUntranslatedDutch() throws IOException {
        Properties english = load(ENGLISH);
        TreeSet<String> dutchLeft = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            Matcher m = DUTCH_WORDS.matcher(english.getProperty(key));
            if (!QUOTES_DUTCH.contains(key) && m.find()) {
                dutchLeft.add(key + " (\u201c" + m.group() + "\u201d)");
            }
        }
        assertTrue(dutchLeft.isEmpty(), "English texts with Dutch words: " + dutchLeft);
    }

    @Test
    void dutchAddressesTheUserAsUHebtThroughout() throws IOException {
        Properties dutch = load(DUTCH);
        TreeSet<String> slips = new TreeSet<>();
        Pattern heeftU = Pattern.compile("(?iu)\\bheeft u\\b|\\bu heeft\\b");
        dutch.stringPropertyNames().stream().filter(k -> heeftU.matcher(dutch.getProperty(k)).find()).forEach(slips::add);
        assertTrue(slips.isEmpty(), "write \u201eu hebt\u201d / \u201ehebt u\u201d: " + slips);
    }

    @Test
    void textsAreFormattedInTheRequestedLanguage() {
        assertEquals("Export 7 is gestart.", Texts.get(Texts.DUTCH, "export.gestart", 7));
        assertEquals("Export 7 has started.", Texts.get(Locale.ENGLISH, "export.gestart", 7));
        assertEquals("Het bestand is geweigerd: 1 probleem. Er is niets opgeslagen.", Texts.get(Texts.DUTCH, "scenario.geweigerd", 1));
        assertEquals("The file was refused: 3 problems. Nothing was stored.", Texts.get(Locale.ENGLISH, "scenario.geweigerd", 3));
    }

    private static List<String> names(Enum<?>[] values) {
        return Stream.of(values).map(Enum::name).toList();
    }

    private static Set<String> indexes(Pattern placeholder, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = placeholder.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
