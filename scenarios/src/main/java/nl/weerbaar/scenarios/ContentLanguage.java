package nl.weerbaar.scenarios;

import java.util.Locale;

/**
 * The two languages of the content: Dutch, in which it is written, and English where a translation
 * exists. A user whose language is English gets English content, everyone else Dutch.
 */
public final class ContentLanguage {

    public static final String DUTCH = "nl";
    public static final String ENGLISH = "en";
    public static final Locale DUTCH_LOCALE = Locale.forLanguageTag(DUTCH);

    private ContentLanguage() {
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && ENGLISH.equals(locale.getLanguage());
    }
}
