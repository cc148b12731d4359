package nl.weerbaar.web.platform.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.weerbaar.scenarios.SupportMap;

/**
 * The support map (sociale kaart) on the help page and the home page, in the page language where it
 * has an English text; {@link #getLanguage()} is the language it is in, for the page's {@code lang}.
 */
@Named
@RequestScoped
public class SupportPage {

    @Inject
    private LanguageChoice language;

    public List<SupportMap.Instance> getInstances() {
        return SupportMap.instances(language.getLocale());
    }

    /** {@code en}, or {@code nl} also in the English pages when the map has no English text. */
    public String getLanguage() {
        return SupportMap.language(language.getLocale());
    }
}
