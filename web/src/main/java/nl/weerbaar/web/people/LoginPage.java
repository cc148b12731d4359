package nl.weerbaar.web.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.weerbaar.web.platform.pages.Messages;
import nl.weerbaar.web.platform.security.LoginThrottle;
import nl.weerbaar.web.platform.security.WeerbaarAuthenticationMechanism;

/** The login form: checks the typed credentials and returns to the page the user asked for. */
@Named("login")
@RequestScoped
public class LoginPage {

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            // A new session id at every step up in privilege: an id planted before login is worth nothing after it.
            ((HttpServletRequest) external.getRequest()).changeSessionId();
            external.redirect(external.getRequestContextPath() + safeNext());
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else if (external.getRequestMap().get(WeerbaarAuthenticationMechanism.REFUSAL) instanceof LoginThrottle.Refusal refusal) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR,
                    WeerbaarAuthenticationMechanism.refusalText(faces.getViewRoot().getLocale(), refusal));
        } else {
            // One message for every failure: it must not tell which of the two was wrong.
            Messages.add(null, FacesMessage.SEVERITY_ERROR, Messages.text("login.mislukt"));
        }
    }

    /** Only a path inside this application, never another site. */
    private String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/login.xhtml")) {
            return "/index.xhtml";
        }
        return next;
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
