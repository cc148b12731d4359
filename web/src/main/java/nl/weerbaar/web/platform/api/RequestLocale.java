package nl.weerbaar.web.platform.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of an API answer: English when the client asks for it first, Dutch otherwise. */
public final class RequestLocale {

    private RequestLocale() {
    }

    public static Locale of(HttpHeaders headers) {
        return of(headers.getAcceptableLanguages());
    }

    /** The same choice from the languages a request accepts, in the client's order of preference. */
    public static Locale of(java.util.List<Locale> acceptable) {
        for (Locale wanted : acceptable) {
            if ("en".equals(wanted.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("nl".equals(wanted.getLanguage())) {
                break;
            }
        }
        return nl.weerbaar.web.platform.i18n.Texts.DUTCH;
    }
}
