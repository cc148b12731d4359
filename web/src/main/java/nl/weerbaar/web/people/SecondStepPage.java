package nl.weerbaar.web.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.audit.application.SecurityAction;
import nl.weerbaar.audit.application.SecurityAudit;
import nl.weerbaar.people.application.account.SecondFactors;
import nl.weerbaar.web.platform.pages.Messages;
import nl.weerbaar.web.platform.security.throttle.LoginThrottle;
import nl.weerbaar.web.platform.security.PendingLogin;
import nl.weerbaar.web.platform.security.LoginMetrics;
import nl.weerbaar.web.platform.security.SessionLogin;
import nl.weerbaar.web.platform.security.WeerbaarAuthenticationMechanism;

/**
 * The second step of a login: the code from her authenticator app (or a recovery code); or, at a
 * staff member's first login, setting the app up with the QR code and a first code. Wrong codes
 * count against the name like wrong passwords.
 */
@Named
@RequestScoped
public class SecondStepPage {

    /** Session attribute with the recovery codes, for the account page to show once. */
    public static final String NEW_RECOVERY_CODES = SecondStepPage.class.getName() + ".codes";

    @Inject
    private SessionLogin sessionLogin;

    @Inject
    private SecondFactors secondFactors;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private SecurityAudit audit;

    @Inject
    private FacesContext faces;

    @Inject
    private LoginMetrics metrics;

    private PendingLogin pending;
    private SecondFactors.Setup setup;
    private String code;

    /** Without a half-done login there is nothing to do here: back to the login page. */
    public void load() throws IOException {
        pending = sessionLogin.pending();
        if (pending == null) {
            sessionLogin.redirect("/login.xhtml");
            return;
        }
        if (!secondFactors.isEnrolled(pending.username())) {
            setup = secondFactors.begin(pending.username());
        }
    }

    public void verify() throws IOException {
        pending = sessionLogin.pending();
        if (pending == null) {
            sessionLogin.redirect("/login.xhtml");
            return;
        }
        String address = request().getRemoteAddr();
        Optional<LoginThrottle.Refusal> refusal = throttle.check(pending.username(), address);
        if (refusal.isPresent()) {
            metrics.failed(LoginMetrics.Reason.THROTTLED);
            Messages.add(null, FacesMessage.SEVERITY_ERROR,
                    WeerbaarAuthenticationMechanism.refusalText(faces.getViewRoot().getLocale(), refusal.get()));
            reloadSetup();
            return;
        }
        boolean enrolled = secondFactors.isEnrolled(pending.username());
        Optional<List<String>> recovery = Optional.empty();
        boolean passed;
        if (enrolled) {
            passed = secondFactors.verify(pending.username(), code);
        } else {
            recovery = secondFactors.confirm(pending.username(), code);
            passed = recovery.isPresent();
        }
        code = null;
        if (!passed) {
            throttle.failed(pending.username(), address);
            metrics.failed(LoginMetrics.Reason.SECOND_FACTOR);
            audit.record(SecurityAudit.ANONYMOUS, SecurityAction.SECOND_FACTOR_FAILED, pending.username(), address);
            Messages.add("tweedeStap:code", FacesMessage.SEVERITY_ERROR, Messages.text("tweede.mislukt"));
            reloadSetup();
            return;
        }
        throttle.succeeded(pending.username());
        if (recovery.isPresent()) {
            audit.record(pending.username(), SecurityAction.SECOND_FACTOR_SET_UP, pending.username(), address);
        }
        String next = pending.next();
        if (!sessionLogin.complete(pending.username())) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, Messages.text("login.mislukt"));
            return;
        }
        if (recovery.isPresent()) {
            request().getSession().setAttribute(NEW_RECOVERY_CODES, recovery.get());
            sessionLogin.redirect("/account.xhtml");
        } else {
            sessionLogin.redirect(next);
        }
    }

    private void reloadSetup() {
        if (pending != null && !secondFactors.isEnrolled(pending.username())) {
            setup = secondFactors.begin(pending.username());
        }
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    public boolean isSettingUp() {
        return setup != null;
    }

    public SecondFactors.Setup getSetup() {
        return setup;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
