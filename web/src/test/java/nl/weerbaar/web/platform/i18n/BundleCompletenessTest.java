package nl.weerbaar.web.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dutch and English have the same texts, and every text a page asks for exists. */
class BundleCompletenessTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishHasExactlyTheDutchKeys() throws IOException {
        assertEquals(new TreeSet<>(load("/nl/weerbaar/web/messages.properties").stringPropertyNames()),
                new TreeSet<>(load("/nl/weerbaar/web/messages_en.properties").stringPropertyNames()));
    }

    @Test
    void theDutchOverrideFileIsEmptySoDutchComesFromTheBase() throws IOException {
        assertTrue(load("/nl/weerbaar/web/messages_nl.properties").isEmpty());
    }

    @Test
    void everyKeyUsedInAPageExists() throws IOException {
        Properties dutch = load("/nl/weerbaar/web/messages.properties");
        Pattern used = Pattern.compile("msg\\['([a-z0-9.]+)'\\]");
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = used.matcher(Files.readString(page));
                while (matcher.find()) {
                    if (!dutch.containsKey(matcher.group(1))) {
                        missing.add(page.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "texts missing from messages.properties: " + missing);
    }

    @Test
    void textsAreFormattedInTheRequestedLanguage() {
        assertEquals("Export 7 is gestart.", Texts.get(Texts.DUTCH, "export.gestart", 7));
        assertEquals("Export 7 has started.", Texts.get(Locale.ENGLISH, "export.gestart", 7));
    }
}
