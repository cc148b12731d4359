package nl.weerbaar.web.platform.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * The facts behind the accessibility statement: the date of the last automated check is the build
 * date of this version, since {@code ./mvnw verify} runs the axe-core browser tests as part of building
 * it and fails on any violation; a build that skipped them says so instead of claiming a check.
 */
@Named
@ApplicationScoped
public class AccessibilityStatement {

    private static final String FACTS = "/nl/weerbaar/web/build.properties";

    private final LocalDate built;
    private final boolean checksSkipped;

    public AccessibilityStatement() {
        Properties facts = new Properties();
        try (InputStream in = AccessibilityStatement.class.getResourceAsStream(FACTS)) {
            if (in != null) {
                facts.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        built = date(facts.getProperty("build.date"));
        // Unfiltered (a build outside Maven) counts as skipped: nothing says the checks ran.
        checksSkipped = built == null || !"false".equals(facts.getProperty("skipped.its"))
                || !"false".equals(facts.getProperty("skipped.tests"));
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The build date of this version; null when the build did not record one. */
    public LocalDate getBuilt() {
        return built;
    }

    /** Whether the build that made this version ran without the browser tests (and so without axe-core). */
    public boolean isChecksSkipped() {
        return checksSkipped;
    }

    /** Where to report a barrier: the configured contact, else the address Weerbaar's own mails come from. */
    public String getContact() {
        String contact = System.getenv("WEERBAAR_ACCESSIBILITY_CONTACT");
        if (contact == null || contact.isBlank()) {
            contact = System.getenv("WEERBAAR_MAIL_FROM");
        }
        return contact == null || contact.isBlank() ? "weerbaar@localhost" : contact.strip();
    }
}
