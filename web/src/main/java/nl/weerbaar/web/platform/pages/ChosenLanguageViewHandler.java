package nl.weerbaar.web.platform.pages;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import nl.weerbaar.web.platform.i18n.Texts;

/**
 * Every view starts in the language the user chose ({@link LanguageChoice}), not the browser's. The
 * template's {@code f:view locale} applies only when the whole page is built, after a GET's view
 * actions have run: without this, a browser that prefers English got their messages (such as "This
 * session does not exist.") in English on an otherwise Dutch page.
 */
public class ChosenLanguageViewHandler extends ViewHandlerWrapper {

    public ChosenLanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        try {
            return CDI.current().select(LanguageChoice.class).get().getLocale();
        } catch (ContextNotActiveException | IllegalStateException noSession) {
            // An error page rendered after the answer was committed can no longer open a session: Dutch.
            return Texts.DUTCH;
        }
    }
}
