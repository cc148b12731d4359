package nl.weerbaar.web.people;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.audit.application.SecurityAction;
import nl.weerbaar.audit.application.SecurityAudit;
import nl.weerbaar.people.application.account.ApiTokens;
import nl.weerbaar.people.application.account.PasswordChange;
import nl.weerbaar.web.platform.security.CredentialRevocation;
import nl.weerbaar.people.application.account.SecondFactors;
import nl.weerbaar.web.platform.pages.Messages;
import nl.weerbaar.web.platform.pages.Refusals;
import nl.weerbaar.platform.validation.InvalidInputException;
import nl.weerbaar.platform.validation.LocalizedViolations;

/**
 * Her own account: the second factor (set up by staff at their first login; optional for
 * participants, who set it up here), recovery codes once after a set-up, and personal access tokens
 * for API clients — each shown once, when made.
 */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApiTokens tokens;

    @Inject
    private SecondFactors secondFactors;

    @Inject
    private SecurityAudit audit;

    @Inject
    private LocalizedViolations violations;

    @Inject
    private PasswordChange passwordChange;

    @Inject
    private CredentialRevocation revocation;

    @Inject
    private nl.weerbaar.people.application.export.PersonalDataExport personalData;

    private String currentPassword;
    private String newPassword;

    private List<String> recoveryCodes;
    private SecondFactors.Setup setup;
    private String code;
    private String label;
    private int days = 90;
    private String newToken;

    /** The recovery codes of a set-up just done, taken from the session so they show this once only. */
    @SuppressWarnings("unchecked")
    public void load() {
        var session = request().getSession(false);
        if (session != null && session.getAttribute(SecondStepPage.NEW_RECOVERY_CODES) instanceof List<?> codes) {
            recoveryCodes = (List<String>) codes;
            session.removeAttribute(SecondStepPage.NEW_RECOVERY_CODES);
        }
    }

    public boolean isEnrolled() {
        return secondFactors.isEnrolled(username());
    }

    public void beginSetup() {
        setup = secondFactors.begin(username());
    }

    public void confirmSetup() {
        Optional<List<String>> codes = secondFactors.confirm(username(), code);
        code = null;
        if (codes.isEmpty()) {
            Messages.add("tweedeStap:code", FacesMessage.SEVERITY_ERROR, Messages.text("tweede.mislukt"));
            return;
        }
        recoveryCodes = codes.get();
        setup = null;
        audit.record(username(), SecurityAction.SECOND_FACTOR_SET_UP, username(), request().getRemoteAddr());
    }

    public void createToken() {
        try {
            newToken = tokens.create(label, days);
            audit.record(username(), SecurityAction.TOKEN_CREATED, username(), request().getRemoteAddr());
            label = null;
        } catch (InvalidInputException e) {
            Messages.perField("tokenForm", violations.byField(e, FacesContext.getCurrentInstance().getViewRoot().getLocale()));
        }
    }

    public void revoke(long id) {
        Refusals.attempt(() -> {
            tokens.revoke(id);
            audit.record(username(), SecurityAction.TOKEN_REVOKED, username(), request().getRemoteAddr());
            Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("account.token.ingetrokken"));
        });
    }

    /** Changes her password; every other session of hers ends, and every token and remembered credential. */
    public void changePassword() {
        try {
            passwordChange.change(currentPassword, newPassword);
            HttpServletRequest request = request();
            int ended = revocation.endEverywhere(username(), request.getSession(false));
            request.changeSessionId();
            Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("account.wachtwoord.gewijzigd", ended));
        } catch (InvalidInputException e) {
            Messages.perField("wachtwoordForm", violations.byField(e, FacesContext.getCurrentInstance().getViewRoot().getLocale()));
        } finally {
            currentPassword = null;
            newPassword = null;
        }
    }

    public List<ApiTokens.TokenView> getTokens() {
        return tokens.mine();
    }

    private String username() {
        return request().getRemoteUser();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
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

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewToken() {
        return newToken;
    }

    /** Everything held about her (right of access): made when asked for, as each export is audited. */
    public org.primefaces.model.StreamedContent getMyData() {
        return org.primefaces.model.DefaultStreamedContent.builder().name("mijn-gegevens-weerbaar.zip")
                .contentType("application/zip").stream(() -> new java.io.ByteArrayInputStream(personalData.mine())).build();
    }
}
