package nl.weerbaar.people.application.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weerbaar.audit.application.AuditLog;
import nl.weerbaar.people.application.InvitationIssued;
import nl.weerbaar.people.domain.Invitation;
import nl.weerbaar.people.domain.InvitationRepository;
import nl.weerbaar.people.domain.account.Account;
import nl.weerbaar.people.domain.account.AccountRepository;
import nl.weerbaar.people.domain.account.AdminContinuity;
import nl.weerbaar.people.domain.account.ApiTokenRepository;
import nl.weerbaar.people.domain.account.PasswordReset;
import nl.weerbaar.people.domain.account.PasswordResetRepository;
import nl.weerbaar.people.domain.account.SecondFactorRepository;
import nl.weerbaar.people.domain.account.StaffRoles;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.errors.Conflict;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.platform.validation.InvalidInputException;

/**
 * The administrator's management of staff accounts: inviting one with its roles (the same
 * single-use link participants get), changing roles, deactivating and reactivating, and the list
 * with last login and second-factor status. Every change is audited in its own transaction's trail.
 * Deactivating revokes the account's tokens here; the web layer ends its sessions and forgets its
 * cached credentials in the same request ({@code CredentialRevocation}).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class StaffAccounts {

    /** A staff account as the administrator's list shows it. */
    public record StaffAccountView(String username, String displayName, List<String> roles, boolean active,
            LocalDateTime lastLoginAt, boolean secondFactor, LocalDateTime deactivatedAt) {
        /** The roles as one line, for a list. */
        public String rolesText() {
            return String.join(", ", roles);
        }
    }

    /** The invitation just sent: its id and until when its link works. */
    public record InvitationSent(long id, LocalDateTime expiresAt) {
    }

    /** A password link just mailed to a staff member: until when it works. */
    public record PasswordLinkSent(String username, LocalDateTime expiresAt) {
    }

    @Inject
    private AccountRepository accounts;

    @Inject
    private InvitationRepository invitations;

    @Inject
    private ApiTokenRepository tokens;

    @Inject
    private SecondFactorRepository secondFactors;

    @Inject
    private PasswordResetRepository resets;

    @Inject
    private Event<PasswordResetIssued> resetIssued;

    @Inject
    private Validator validator;

    @Inject
    private Event<InvitationIssued> issued;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext caller;

    public List<StaffAccountView> list() {
        List<Account> staff = accounts.staff();
        Set<String> withSecondFactor = secondFactors.confirmedAmong(staff.stream().map(Account::getUsername).toList());
        return staff.stream().map(a -> view(a, withSecondFactor.contains(a.getUsername()))).toList();
    }

    /** Sends the invitation; the mail leaves through the outbox when this transaction commits. */
    public InvitationSent invite(StaffInvitationForm form) {
        Set<ConstraintViolation<StaffInvitationForm>> violations = validator.validate(form);
        if (!violations.isEmpty() || !StaffRoles.valid(form.getRoles())) {
            throw new InvalidInputException(violations,
                    StaffRoles.valid(form.getRoles()) ? Map.of() : Map.of("roles", "weerbaar.staf.rollen"));
        }
        Invitation.Issued invitation = Invitation.issueForStaff(form.getName(), form.getEmail(), form.getRoles(), actor(),
                Amsterdam.now());
        invitations.store(invitation.invitation());
        audit.record("STAFF_INVITATION_SENT", "invitation", invitation.invitation().getId());
        issued.fire(new InvitationIssued(form.getName(), form.getEmail(), invitation.token(),
                invitation.invitation().getExpiresAt(), true));
        return new InvitationSent(invitation.invitation().getId(), invitation.invitation().getExpiresAt());
    }

    /** Gives the account these staff roles; its sessions must end so the new roles apply at once. */
    public StaffAccountView changeRoles(String username, Set<String> roles) {
        if (!StaffRoles.valid(roles)) {
            throw InvalidInputException.of("roles", "weerbaar.staf.rollen");
        }
        long admins = accounts.lockActiveAdmins();
        Account account = staffAccount(username);
        AdminContinuity.ofRoleChange(actor(), account, roles, admins).ifPresent(StaffAccounts::refuse);
        if (!account.getRoles().equals(Set.copyOf(roles))) {
            account.changeRoles(roles);
            audit.record("ACCOUNT_ROLES_CHANGED", "account", username);
        }
        return view(account);
    }

    /** Closes the login until reactivated and revokes all its tokens at once. */
    public StaffAccountView deactivate(String username) {
        long admins = accounts.lockActiveAdmins();
        Account account = staffAccount(username);
        AdminContinuity.ofDeactivation(actor(), account, admins).ifPresent(StaffAccounts::refuse);
        if (account.isActive()) {
            LocalDateTime now = Amsterdam.now();
            account.deactivate(now);
            tokens.revokeAll(username, now);
            audit.record("ACCOUNT_DEACTIVATED", "account", username);
        }
        return view(account);
    }

    /** Opens a deactivated login again; its revoked tokens stay revoked. */
    public StaffAccountView reactivate(String username) {
        Account account = staffAccount(username);
        if (!account.isActive()) {
            account.reactivate();
            audit.record("ACCOUNT_REACTIVATED", "account", username);
        }
        return view(account);
    }

    /**
     * Mails a staff member who forgot her password the same single-use, one-hour link a participant
     * asks for herself. Staff accounts keep no address (decision 0006), so the administrator types
     * the one she knows for her colleague; it is used to send the link and kept nowhere. Her older
     * unused links stop working; her password, second factor and tokens stay until she uses the link.
     */
    public PasswordLinkSent sendPasswordLink(String username, String email) {
        Set<ConstraintViolation<StaffInvitationForm>> violations = validator.validateValue(StaffInvitationForm.class, "email", email);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Account account = staffAccount(username);
        if (!account.isActive()) {
            throw new Conflict("accounts.wachtwoordlink.inactief");
        }
        resets.deleteUnusedOf(account.getUsername());
        PasswordReset.Issued reset = PasswordReset.issue(account.getUsername(), java.time.Instant.now());
        resets.store(reset.reset());
        audit.record("STAFF_PASSWORD_LINK_SENT", "account", account.getUsername());
        String name = account.getDisplayName() == null ? account.getUsername() : account.getDisplayName();
        resetIssued.fire(new PasswordResetIssued(name, email.trim(), reset.token(), reset.reset().getExpiresAt()));
        return new PasswordLinkSent(account.getUsername(), LocalDateTime.ofInstant(reset.reset().getExpiresAt(), Amsterdam.ZONE));
    }

    private Account staffAccount(String username) {
        return accounts.lock(username == null ? "" : username).filter(Account::isStaff)
                .orElseThrow(() -> new NotFound("accounts.onbekend"));
    }

    private StaffAccountView view(Account account) {
        return view(account, secondFactors.of(account.getUsername()).map(f -> f.isConfirmed()).orElse(false));
    }

    private static StaffAccountView view(Account a, boolean secondFactor) {
        return new StaffAccountView(a.getUsername(), a.getDisplayName(), a.getRoles().stream().sorted().toList(), a.isActive(),
                a.getLastLoginAt(), secondFactor, a.getDeactivatedAt());
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }

    private static void refuse(AdminContinuity.Refusal refusal) {
        throw new Conflict(refusal.messageKey());
    }
}
