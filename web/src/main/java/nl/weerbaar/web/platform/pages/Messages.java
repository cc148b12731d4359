package nl.weerbaar.web.platform.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import nl.weerbaar.web.platform.i18n.Texts;

/** Adds page messages in the language of the current view. */
public final class Messages {

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Texts.get(faces.getViewRoot().getLocale(), key, arguments);
    }

    /** The language of the current view. */
    public static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** A message for one field ({@code clientId}) or, with null, for the whole page. */
    public static void add(String clientId, FacesMessage.Severity severity, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, message, null));
    }

    /** Puts each message next to its field of the form, and marks the request as failed validation. */
    public static void perField(String formId, java.util.Map<String, String> messagesByField) {
        messagesByField.forEach((field, message) -> add(formId + ":" + field, FacesMessage.SEVERITY_ERROR, message));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A message that survives the redirect after a successful post. */
    public static void flash(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }
}
