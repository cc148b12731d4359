package nl.weerbaar.platform.poi;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words a workbook shows for the codes the database keeps: "Commissaris van de Koning" for
 * {@code COMMISSARIS_VAN_DE_KONING}, "Aanwezig" for {@code ATTENDED}; in English for a report asked for in
 * English. A reader should never see a code. An unknown code is shown as it is, so nothing is hidden.
 */
public final class Labels {

    public static final Labels DUTCH = in(Locale.forLanguageTag("nl"));

    private final ResourceBundle bundle;

    private Labels(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** English for English, Dutch for every other language. */
    public static Labels in(Locale language) {
        Locale chosen = "en".equals(language.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        return new Labels(ResourceBundle.getBundle("nl.weerbaar.platform.poi.labels", chosen));
    }

    public String office(String code) {
        return label("ambt.", code);
    }

    public String enrolmentStatus(String code) {
        return label("inschrijving.", code);
    }

    public String sessionStatus(String code) {
        return label("sessie.", code);
    }

    private String label(String prefix, String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        try {
            return bundle.getString(prefix + code);
        } catch (MissingResourceException unknown) {
            return code;
        }
    }
}
