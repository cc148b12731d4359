package nl.weerbaar.imports;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The import's own messages (bundle nl.weerbaar.imports.messages), Dutch by default. */
final class ImportTexts {

    private ImportTexts() {
    }

    static String get(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("nl.weerbaar.imports.messages", locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
