package nl.weerbaar.web.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Set;
import nl.weerbaar.audit.application.SecurityAction;
import nl.weerbaar.audit.application.SecurityAudit;
import nl.weerbaar.people.application.account.AccountDirectory;

/**
 * The steps of a page login that the login pages share: holding a half-done login (password right,
 * second step to come), starting the session once everything is checked, and where to go then.
 * Every step up gets a new session id, so an id planted before it is worth nothing after it.
 */
@RequestScoped
public class SessionLogin {

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    @Inject
    private SecurityAudit audit;

    @Inject
    private AccountDirectory accounts;

    public void hold(String username, Set<String> groups, String next) {
        HttpServletRequest request = request();
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(PendingLogin.SESSION_KEY, new PendingLogin(username, groups, next, Instant.now()));
    }

    /** The half-done login of this session, if it is still fresh. */
    public PendingLogin pending() {
        var session = request().getSession(false);
        if (session != null && session.getAttribute(PendingLogin.SESSION_KEY) instanceof PendingLogin pending
                && !pending.expiredAt(Instant.now())) {
            return pending;
        }
        return null;
    }

    /**
     * Starts the session for a login checked in full; true when the container accepted it. The
     * session gets the roles the account has now, and an account deactivated since its password was
     * checked does not get in; a login that does is noted as the account's last.
     */
    public boolean complete(String username) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = request();
        if (request.getSession(false) != null) {
            request.getSession().removeAttribute(PendingLogin.SESSION_KEY);
        }
        Set<String> groups = accounts.rolesOfOpen(username);
        if (groups.isEmpty()) {
            return false;
        }
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(new VerifiedLogin(username, groups)).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            return false;
        }
        request.changeSessionId();
        LiveSessions.belongsTo(request.getSession(), username);
        if (!accounts.loggedIn(username)) {
            // Deactivated in the moment between the check above and now: this session ends too.
            request.getSession().invalidate();
            return false;
        }
        audit.record(username, SecurityAction.LOGIN_SUCCEEDED, username, request.getRemoteAddr());
        return true;
    }

    public void redirect(String path) throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
    }

    /** Only a path inside this application, never another site. */
    public static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/login.xhtml") || next.startsWith("/tweede-stap.xhtml")) {
            return "/index.xhtml";
        }
        return next;
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }
}
