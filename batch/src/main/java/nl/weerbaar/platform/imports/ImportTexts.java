package nl.weerbaar.platform.imports;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The import's own messages (bundle nl.weerbaar.platform.imports.messages), Dutch by default. */
public final class ImportTexts {

    private ImportTexts() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("nl.weerbaar.platform.imports.messages", locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
