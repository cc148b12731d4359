package nl.weerbaar.reporting.workbook;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.weerbaar.platform.poi.Labels;
import nl.weerbaar.reporting.domain.ReportPeriod;

/**
 * The words of a report workbook in the language it was asked for (the job parameter {@code language}: {@code en}
 * for English, Dutch otherwise, also for runs started before reports had a language): bundle
 * {@code nl.weerbaar.reporting.workbook.texts} and the {@link Labels} for codes.
 */
final class ReportTexts {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Labels labels;

    private ReportTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("nl.weerbaar.reporting.workbook.texts", locale);
        this.labels = Labels.in(locale);
    }

    /** From the job parameter: "en" is English, anything else (none included) Dutch. */
    static ReportTexts of(String language) {
        return new ReportTexts("en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("nl"));
    }

    Locale locale() {
        return locale;
    }

    Labels labels() {
        return labels;
    }

    String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** "2027", or the quarter as the language writes it: "2027-K2", "2027-Q2". */
    String period(ReportPeriod period) {
        return period.quarter() == null ? String.valueOf(period.year())
                : text("periode.kwartaal", String.valueOf(period.year()), String.valueOf(period.quarter()));
    }

    /** A row of the quarters' sheets, kept as "K2" by the figures: "K2" or "Q2". */
    String quarter(String shortLabel) {
        return text("kwartaal", shortLabel.substring(1));
    }
}
