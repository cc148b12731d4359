package nl.weerbaar.platform.poi;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words a workbook shows for the codes the database keeps: "Commissaris van de Koning" for
 * {@code COMMISSARIS_VAN_DE_KONING}, "Aanwezig" for {@code ATTENDED}. A reader of a Dutch sheet should
 * never see a code. An unknown code is shown as it is, so nothing is hidden.
 */
public final class Labels {

    private static final ResourceBundle DUTCH = ResourceBundle.getBundle("nl.weerbaar.platform.poi.labels", Locale.forLanguageTag("nl"));

    private Labels() {
    }

    public static String office(String code) {
        return label("ambt.", code);
    }

    public static String enrolmentStatus(String code) {
        return label("inschrijving.", code);
    }

    public static String sessionStatus(String code) {
        return label("sessie.", code);
    }

    private static String label(String prefix, String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        try {
            return DUTCH.getString(prefix + code);
        } catch (MissingResourceException unknown) {
            return code;
        }
    }
}
