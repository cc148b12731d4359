package nl.weerbaar.web.platform.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The vendored NL Design System CSS is byte for byte what its VERSION file says (the update script
 * wrote those sums with sha256sum), carries its EUPL licence, ships no font, and is linked by the page
 * template before Weerbaar's own theme.
 */
class VendoredCssTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path VENDOR = WEBAPP.resolve("resources/vendor/rijkshuisstijl-community");

    @Test
    void everyVendoredFileHasTheSha256ItsVersionFileLists() throws IOException {
        List<String> sums = versionLines().stream().filter(l -> l.startsWith("sha256=")).toList();
        assertEquals(2, sums.size(), "VERSION lists components.css and LICENCE.md");
        for (String line : sums) {
            String[] parts = line.substring("sha256=".length()).split("\\s+");
            assertEquals(parts[0], sha256(VENDOR.resolve(parts[1])), parts[1] + " differs from VERSION");
        }
    }

    @Test
    void versionFileNamesTheExactPackageAndItsEuplLicence() throws IOException {
        List<String> lines = versionLines();
        assertTrue(lines.contains("package=@rijkshuisstijl-community/components-css"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("version=\\d+\\.\\d+\\.\\d+")), lines.toString());
        assertTrue(lines.contains("licence=EUPL-1.2"), lines.toString());
        assertTrue(Files.readString(VENDOR.resolve("LICENCE.md")).contains("EUROPEAN UNION PUBLIC LICENCE v. 1.2"));
    }

    @Test
    void noFontIsVendoredOrLoaded() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP.resolve("resources"))) {
            List<String> fonts = files.map(Path::toString)
                    .filter(n -> n.matches("(?i).*\\.(woff2?|ttf|otf|eot)$")).toList();
            assertEquals(List.of(), fonts, "fonts may not be shipped (the Rijksoverheid fonts are not free)");
        }
        assertFalse(Files.readString(VENDOR.resolve("components.css")).contains("@font-face"));
        assertFalse(Files.readString(WEBAPP.resolve("resources/css/theme.css")).contains("@font-face"));
    }

    @Test
    void pageTemplateLinksTheComponentsBeforeTheTheme() throws IOException {
        String page = Files.readString(WEBAPP.resolve("WEB-INF/templates/page.xhtml"));
        int components = page.indexOf("vendor/rijkshuisstijl-community/components.css");
        int theme = page.indexOf("css/theme.css");
        assertTrue(components > 0 && theme > components, "components.css, then theme.css, in page.xhtml");
    }

    private static List<String> versionLines() throws IOException {
        return Files.readAllLines(VENDOR.resolve("VERSION"), StandardCharsets.UTF_8);
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
