package nl.weerbaar.learning.completion.application;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.weerbaar.scenarios.LearningModule;

/**
 * The certificate's words in the holder's language (bundle {@code nl.weerbaar.learning.completion.certificate}):
 * Dutch, or English for a holder who chose English. The bundle also names the document language and the date
 * pattern, so the PDF's /Lang always agrees with its text.
 */
public final class CertificateTexts {

    public static final CertificateTexts DUTCH = in(Locale.forLanguageTag("nl"));

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter dates;

    private CertificateTexts(ResourceBundle bundle) {
        this.bundle = bundle;
        this.locale = Locale.forLanguageTag(bundle.getString("taal"));
        this.dates = DateTimeFormatter.ofPattern(bundle.getString("datum"),
                "en".equals(locale.getLanguage()) ? Locale.UK : locale);
    }

    /** English for English, Dutch for every other language. */
    public static CertificateTexts in(Locale language) {
        Locale chosen = "en".equals(language.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        return new CertificateTexts(ResourceBundle.getBundle("nl.weerbaar.learning.completion.certificate", chosen));
    }

    /** The document language, e.g. nl-NL or en. */
    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public String date(LocalDate day) {
        return dates.format(day);
    }

    /** The training's name as printed. */
    public String training() {
        return text("training");
    }

    /** A module's title: the bundle's where it has one, else the shipped (Dutch) title. */
    public String module(LearningModule module) {
        String key = "module." + module.id();
        return bundle.containsKey(key) ? bundle.getString(key) : module.title();
    }
}
