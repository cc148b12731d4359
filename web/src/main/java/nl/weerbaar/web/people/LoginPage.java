package nl.weerbaar.web.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Set;
import nl.weerbaar.people.application.account.SecondFactors;
import nl.weerbaar.web.platform.pages.Messages;
import nl.weerbaar.web.platform.security.CredentialCheck;
import nl.weerbaar.web.platform.security.SessionLogin;
import nl.weerbaar.web.platform.security.WeerbaarAuthenticationMechanism;

/**
 * The login form: checks the typed password (throttled and audited), then either logs in or, for
 * an account with a second factor (all staff), goes on to the second step.
 */
@Named("login")
@RequestScoped
public class LoginPage {

    @Inject
    private CredentialCheck credentials;

    @Inject
    private SecondFactors secondFactors;

    @Inject
    private SessionLogin sessionLogin;

    @Inject
    private FacesContext faces;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        CredentialCheck.Outcome outcome = credentials.check(username == null ? "" : username,
                password == null ? "" : password, request.getRemoteAddr());
        password = null;
        if (outcome.refusal().isPresent()) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR,
                    WeerbaarAuthenticationMechanism.refusalText(faces.getViewRoot().getLocale(), outcome.refusal().get()));
            return;
        }
        if (!outcome.valid()) {
            // One message for every failure: it must not tell which of the two was wrong.
            Messages.add(null, FacesMessage.SEVERITY_ERROR, Messages.text("login.mislukt"));
            return;
        }
        String name = outcome.result().getCallerPrincipal().getName();
        Set<String> groups = outcome.result().getCallerGroups();
        if (secondFactors.required(name, groups)) {
            sessionLogin.hold(name, groups, SessionLogin.safeNext(next));
            sessionLogin.redirect("/tweede-stap.xhtml");
        } else if (sessionLogin.complete(name)) {
            sessionLogin.redirect(SessionLogin.safeNext(next));
        } else {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, Messages.text("login.mislukt"));
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
