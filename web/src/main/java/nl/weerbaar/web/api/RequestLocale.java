package nl.weerbaar.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of an API answer: English when the client asks for it first, Dutch otherwise. */
final class RequestLocale {

    private RequestLocale() {
    }

    static Locale of(HttpHeaders headers) {
        for (Locale wanted : headers.getAcceptableLanguages()) {
            if ("en".equals(wanted.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("nl".equals(wanted.getLanguage())) {
                break;
            }
        }
        return nl.weerbaar.web.i18n.Texts.DUTCH;
    }
}
