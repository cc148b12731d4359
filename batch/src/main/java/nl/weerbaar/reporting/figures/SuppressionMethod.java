package nl.weerbaar.reporting.figures;

import java.util.Locale;
import java.util.ResourceBundle;

/** The explanation of {@link SmallCellSuppression} for the notes sheet of every report BZK receives. */
public final class SuppressionMethod {

    private SuppressionMethod() {
    }

    /** A few sentences, in English or else Dutch; they say that "<5" can also hide a larger number, so no reader is misled. */
    public static String explanation(Locale language) {
        Locale chosen = "en".equals(language.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        return ResourceBundle.getBundle("nl.weerbaar.reporting.figures.suppression", chosen).getString("uitleg");
    }

    public static String dutchExplanation() {
        return explanation(Locale.forLanguageTag("nl"));
    }
}
