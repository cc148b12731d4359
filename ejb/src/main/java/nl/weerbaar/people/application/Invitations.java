package nl.weerbaar.people.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDateTime;
import java.util.Set;
import nl.weerbaar.audit.application.AuditLog;
import nl.weerbaar.people.domain.account.Account;
import nl.weerbaar.people.domain.account.AccountRepository;
import nl.weerbaar.people.domain.Invitation;
import nl.weerbaar.people.domain.InvitationRepository;
import nl.weerbaar.people.domain.Participant;
import nl.weerbaar.people.domain.ParticipantRepository;
import nl.weerbaar.people.infrastructure.Pbkdf2Hasher;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.errors.Conflict;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.platform.validation.InvalidInputException;
import nl.weerbaar.people.application.account.AccountForm;

/**
 * NGB invites a participant by e-mail; she follows the single-use link and creates her account.
 * Staff invitations (made by {@link nl.weerbaar.people.application.account.StaffAccounts}) are
 * accepted here in the same way.
 */
@Stateless
public class Invitations {

    @Inject
    private ParticipantRepository participants;

    @Inject
    private InvitationRepository invitations;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Validator validator;

    @Inject
    private Event<InvitationIssued> issued;

    @EJB
    private AuditLog audit;

    @Resource
    private SessionContext caller;

    /** Sends a participant an invitation; an earlier one that was not used stays valid until it expires. */
    @RolesAllowed(Roles.NGB)
    public void invite(long participantId) {
        Participant participant = participants.find(participantId)
                .orElseThrow(() -> new NotFound("api.deelnemer.niet.gevonden"));
        if (participant.getAccountUsername() != null) {
            throw new Conflict("uitnodiging.heeft.account");
        }
        Invitation.Issued invitation = Invitation.issue(participant, caller.getCallerPrincipal().getName(), Amsterdam.now());
        invitations.store(invitation.invitation());
        audit.record("INVITATION_SENT", "participant", participantId);
        issued.fire(new InvitationIssued(participant.getNaam(), participant.getEmail(), invitation.token(),
                invitation.invitation().getExpiresAt(), false));
    }

    /** Who the invitation is for, while it can still be used. */
    @PermitAll
    public String invitedName(String token) {
        return usable(token, false).invitedName();
    }

    /**
     * Creates the participant's account (or the staff account, with the roles the administrator
     * chose) and spends the invitation. A staff member sets up her second factor at her first login.
     *
     * @throws NotFound for an unknown token; Conflict for a used or expired one
     * @throws InvalidInputException for a bad or taken user name or a weak password
     */
    @PermitAll
    public void accept(String token, AccountForm form) {
        Set<ConstraintViolation<AccountForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Invitation invitation = usable(token, true);
        if (accounts.find(form.getUsername()).isPresent()) {
            throw InvalidInputException.of("username", "weerbaar.account.gebruikersnaam.bezet");
        }
        LocalDateTime now = Amsterdam.now();
        String hash = Pbkdf2Hasher.hash(form.getPassword().toCharArray());
        if (invitation.isForStaff()) {
            accounts.store(Account.staff(form.getUsername(), hash, invitation.getStaffRoles(), invitation.invitedName(), now));
            audit.record("STAFF_ACCOUNT_CREATED", "account", form.getUsername());
        } else {
            accounts.store(new Account(form.getUsername(), hash, Set.of(Roles.PARTICIPANT), now));
            invitation.getParticipant().linkAccount(form.getUsername());
        }
        invitation.use(now);
    }

    private Invitation usable(String token, boolean lock) {
        if (token == null || token.isBlank()) {
            throw new NotFound("uitnodiging.onbekend");
        }
        Invitation invitation = (lock ? invitations.lockByToken(token) : invitations.byToken(token))
                .orElseThrow(() -> new NotFound("uitnodiging.onbekend"));
        if (invitation.isUsed()) {
            throw new Conflict("uitnodiging.gebruikt");
        }
        if (!invitation.usableAt(Amsterdam.now())) {
            throw new Conflict(invitation.isForStaff() ? "uitnodiging.verlopen.staf" : "uitnodiging.verlopen");
        }
        if (!invitation.isForStaff() && invitation.getParticipant().getAccountUsername() != null) {
            throw new Conflict("uitnodiging.heeft.account");
        }
        return invitation;
    }
}
