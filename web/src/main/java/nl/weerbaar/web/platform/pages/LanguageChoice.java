package nl.weerbaar.web.platform.pages;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the pages: Dutch, the language of the service, unless the user switches to
 * English (a browser's own preference does not switch it, as on other Dutch government sites).
 */
@Named
@SessionScoped
public class LanguageChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale;
    /** The login whose kept choice {@link #locale} reflects: reread when someone (else) logs in. */
    private String readFor;

    @jakarta.inject.Inject
    private nl.weerbaar.people.application.account.LanguagePreferences preferences;

    public Locale getLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String user = faces == null ? null : faces.getExternalContext().getRemoteUser();
        if (user != null && !user.equals(readFor)) {
            readFor = user;
            preferences.mine().ifPresent(kept -> locale = kept);
        }
        return locale == null ? nl.weerbaar.web.platform.i18n.Texts.DUTCH : locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Switches between Dutch and English and shows the same page again. */
    public void toggle() throws IOException {
        locale = "en".equals(getLanguage()) ? nl.weerbaar.web.platform.i18n.Texts.DUTCH : Locale.ENGLISH;
        // Kept with her login, so her mails and documents follow (anonymous visitors: this session only).
        preferences.chooseMine(locale);
        FacesContext faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        String view = faces.getViewRoot().getViewId();
        external.redirect(external.getRequestContextPath() + view);
    }
}
