package nl.weerbaar.web.people;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Objects;
import nl.weerbaar.audit.application.SecurityAction;
import nl.weerbaar.audit.application.SecurityAudit;
import nl.weerbaar.people.application.account.PasswordResets;
import nl.weerbaar.platform.validation.InvalidInputException;
import nl.weerbaar.platform.validation.LocalizedViolations;
import nl.weerbaar.web.platform.pages.Messages;
import nl.weerbaar.web.platform.pages.Refusals;
import nl.weerbaar.web.platform.security.CredentialRevocation;

/**
 * The page the reset link opens: a new password twice. Like a change on the account page it ends
 * the account's other sessions, tokens and remembered credentials. It does not log in, so a second
 * factor is still asked at the login that follows.
 */
@Named
@ViewScoped
public class PasswordResetPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "herstelForm";

    @Inject
    private PasswordResets resets;

    @Inject
    private CredentialRevocation revocation;

    @Inject
    private SecurityAudit audit;

    @Inject
    private LocalizedViolations violations;

    private String token;
    private boolean usable;
    private String next;
    private String repeat;

    public void load() {
        usable = Refusals.attempt(() -> resets.check(token));
    }

    public String save() {
        try {
            if (!Objects.equals(next, repeat)) {
                Messages.add(FORM_ID + ":repeat", FacesMessage.SEVERITY_ERROR, Messages.text("uitnodiging.herhaal.anders"));
                return null;
            }
            var account = Refusals.obtain(() -> resets.complete(token, next));
            if (account.isEmpty()) {
                usable = false;
                return null;
            }
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            HttpSession here = request.getSession(false);
            revocation.endEverywhere(account.get(), here);
            if (here != null) {
                request.changeSessionId();
            }
            audit.record(account.get(), SecurityAction.PASSWORD_RESET_COMPLETED, account.get(), request.getRemoteAddr());
            Messages.flash("wachtwoord.herstel.klaar");
            return "/login.xhtml?faces-redirect=true";
        } catch (InvalidInputException e) {
            Messages.perField(FORM_ID, violations.byField(e, FacesContext.getCurrentInstance().getViewRoot().getLocale()));
            return null;
        } finally {
            next = null;
            repeat = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isUsable() {
        return usable;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
