package nl.weerbaar.web.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.OptionalLong;
import nl.weerbaar.people.application.account.PasswordResets;
import nl.weerbaar.web.platform.pages.Messages;
import nl.weerbaar.web.platform.security.throttle.ResetRequestLimit;

/**
 * "Wachtwoord vergeten?": someone types her e-mail address and gets one answer whether or not it
 * belongs to an account; the link is made and mailed after the answer (see {@link PasswordResets}).
 */
@Named
@RequestScoped
public class ForgottenPasswordPage {

    @Inject
    private PasswordResets resets;

    @Inject
    private ResetRequestLimit limit;

    @Inject
    private FacesContext faces;

    private String email;
    private boolean sent;

    public void request() {
        String client = ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
        OptionalLong wait = limit.take(email, client);
        if (wait.isPresent()) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR,
                    Messages.text("wachtwoord.vergeten.teveel", (wait.getAsLong() + 59) / 60));
            return;
        }
        resets.request(email, client);
        email = null;
        sent = true;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
