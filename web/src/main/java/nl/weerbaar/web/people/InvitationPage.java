package nl.weerbaar.web.people;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Objects;
import nl.weerbaar.people.application.account.AccountForm;
import nl.weerbaar.people.application.Invitations;
import nl.weerbaar.platform.validation.InvalidInputException;
import nl.weerbaar.platform.validation.LocalizedViolations;
import nl.weerbaar.web.platform.pages.Messages;
import nl.weerbaar.web.platform.pages.Refusals;

/** The page an invited participant lands on from her e-mail: she chooses her user name and password. */
@Named
@ViewScoped
public class InvitationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "accountForm";

    @Inject
    private Invitations invitations;

    @Inject
    private LocalizedViolations violations;

    private String token;
    private String invitedName;
    private final AccountForm form = new AccountForm();
    private String repeat;

    public void load() {
        invitedName = Refusals.obtain(() -> invitations.invitedName(token)).orElse(null);
    }

    public String accept() {
        if (!Objects.equals(form.getPassword(), repeat)) {
            Messages.add(FORM_ID + ":repeat", FacesMessage.SEVERITY_ERROR, Messages.text("uitnodiging.herhaal.anders"));
            return null;
        }
        try {
            if (!Refusals.attempt(() -> invitations.accept(token, form))) {
                invitedName = null;
                return null;
            }
            Messages.flash("uitnodiging.klaar");
            return "/login.xhtml?faces-redirect=true";
        } catch (InvalidInputException e) {
            Messages.perField(FORM_ID, violations.byField(e, FacesContext.getCurrentInstance().getViewRoot().getLocale()));
            return null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getInvitedName() {
        return invitedName;
    }

    public AccountForm getForm() {
        return form;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
