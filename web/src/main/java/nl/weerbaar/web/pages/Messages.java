package nl.weerbaar.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import nl.weerbaar.web.i18n.Texts;

/** Adds page messages in the language of the current view. */
final class Messages {

    private Messages() {
    }

    static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Texts.get(faces.getViewRoot().getLocale(), key, arguments);
    }

    /** A message for one field ({@code clientId}) or, with null, for the whole page. */
    static void add(String clientId, FacesMessage.Severity severity, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, message, null));
    }

    /** A message that survives the redirect after a successful post. */
    static void flash(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }
}
