package nl.weerbaar.web.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The UI texts (bundle {@value #BUNDLE}) for code that is not a page, such as the API. */
public final class Texts {

    public static final String BUNDLE = "nl.weerbaar.web.messages";
    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    private Texts() {
    }

    public static boolean has(Locale locale, String key) {
        return ResourceBundle.getBundle(BUNDLE, locale).containsKey(key);
    }

    public static String get(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
