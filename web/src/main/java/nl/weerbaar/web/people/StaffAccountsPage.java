package nl.weerbaar.web.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.weerbaar.people.application.account.StaffAccounts;
import nl.weerbaar.people.application.account.StaffInvitationForm;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.platform.validation.InvalidInputException;
import nl.weerbaar.platform.validation.LocalizedViolations;
import nl.weerbaar.web.platform.pages.Messages;
import nl.weerbaar.web.platform.pages.Refusals;
import nl.weerbaar.web.platform.security.CredentialRevocation;

/**
 * The administrator's page of staff accounts: the list (roles, active, last login, second factor),
 * inviting one, changing an account's roles, deactivating and reactivating.
 */
@Named
@RequestScoped
public class StaffAccountsPage {

    static final String INVITE_FORM = "uitnodigenForm";
    static final String ROLES_FORM = "rollenForm";
    static final String LINK_FORM = "wachtwoordlinkForm";

    @Inject
    private StaffAccounts staff;

    @Inject
    private CredentialRevocation revocation;

    @Inject
    private LocalizedViolations violations;

    private final StaffInvitationForm invitation = new StaffInvitationForm();
    private List<String> invitedRoles = List.of();
    private String account;
    private List<String> roles = List.of();
    private List<StaffAccounts.StaffAccountView> accounts;
    private String linkAccount;
    private String linkEmail;

    public List<StaffAccounts.StaffAccountView> getAccounts() {
        if (accounts == null) {
            accounts = staff.list();
        }
        return accounts;
    }

    /** The roles an administrator may give, in a fixed order. */
    public List<String> getStaffRoles() {
        return List.of(Roles.NGB, Roles.TRAINER, Roles.BZK, Roles.ADMIN);
    }

    public void invite() {
        invitation.setRoles(new LinkedHashSet<>(invitedRoles));
        try {
            if (Refusals.attempt(() -> staff.invite(invitation))) {
                Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("accounts.uitgenodigd", invitation.getEmail()));
                invitation.setName(null);
                invitation.setEmail(null);
                invitedRoles = List.of();
            }
        } catch (InvalidInputException e) {
            Messages.perField(INVITE_FORM, violations.byField(e, FacesContext.getCurrentInstance().getViewRoot().getLocale()));
        }
    }

    /** Gives the chosen account the chosen roles; its sessions end so they apply at once. */
    public void changeRoles() {
        try {
            if (Refusals.attempt(() -> staff.changeRoles(account, Set.copyOf(roles)))) {
                revocation.endEverywhere(account, null);
                Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("accounts.rollen.gewijzigd", account));
                accounts = null;
            }
        } catch (InvalidInputException e) {
            Messages.perField(ROLES_FORM, violations.byField(e, FacesContext.getCurrentInstance().getViewRoot().getLocale()));
        }
    }

    public void deactivate(String username) {
        if (Refusals.attempt(() -> staff.deactivate(username))) {
            int ended = revocation.endEverywhere(username, null);
            Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("accounts.gedeactiveerd", username, ended));
            accounts = null;
        }
    }

    public void reactivate(String username) {
        if (Refusals.attempt(() -> staff.reactivate(username))) {
            Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("accounts.geheractiveerd", username));
            accounts = null;
        }
    }

    /** Mails the chosen staff member a password link at the address typed; the address is not kept. */
    public void sendPasswordLink() {
        try {
            if (Refusals.attempt(() -> staff.sendPasswordLink(linkAccount, linkEmail))) {
                Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("accounts.wachtwoordlink.verstuurd", linkAccount, linkEmail));
                linkEmail = null;
            }
        } catch (InvalidInputException e) {
            Messages.perField(LINK_FORM, violations.byField(e, FacesContext.getCurrentInstance().getViewRoot().getLocale()));
        }
    }

    public String getLinkAccount() {
        return linkAccount;
    }

    public void setLinkAccount(String linkAccount) {
        this.linkAccount = linkAccount;
    }

    public String getLinkEmail() {
        return linkEmail;
    }

    public void setLinkEmail(String linkEmail) {
        this.linkEmail = linkEmail;
    }

    public StaffInvitationForm getInvitation() {
        return invitation;
    }

    public List<String> getInvitedRoles() {
        return invitedRoles;
    }

    public void setInvitedRoles(List<String> invitedRoles) {
        this.invitedRoles = invitedRoles == null ? List.of() : invitedRoles;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? List.of() : roles;
    }
}
