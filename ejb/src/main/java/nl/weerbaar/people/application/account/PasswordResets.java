package nl.weerbaar.people.application.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import nl.weerbaar.audit.application.SecurityAction;
import nl.weerbaar.audit.application.SecurityAudit;
import nl.weerbaar.people.domain.Participant;
import nl.weerbaar.people.domain.ParticipantRepository;
import nl.weerbaar.people.domain.account.Account;
import nl.weerbaar.people.domain.account.AccountRepository;
import nl.weerbaar.people.domain.account.PasswordPolicy;
import nl.weerbaar.people.domain.account.PasswordReset;
import nl.weerbaar.people.domain.account.PasswordResetRepository;
import nl.weerbaar.platform.errors.Conflict;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.platform.validation.InvalidInputException;

/**
 * A forgotten password, reset by a single-use link mailed to the address the register holds for the
 * account's owner (ASVS 2.5). The only addresses Weerbaar holds are participants' (the register);
 * staff accounts have none, so for them a request sends nothing and an administrator helps.
 *
 * <p>Asking for a link runs {@linkplain Asynchronous after the answer}: the page says the same thing
 * at the same speed whether or not the address belongs to an account, because nothing the answer
 * waits for depends on it. A reset never logs in: a second factor is still asked at the next login.
 */
@Stateless
@PermitAll
public class PasswordResets {

    @Inject
    private ParticipantRepository participants;

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordResetRepository resets;

    @Inject
    private PasswordReplacement replacement;

    @Inject
    private Event<PasswordResetIssued> issued;

    @EJB
    private SecurityAudit audit;

    /**
     * Mails a reset link if the address is that of an open account's owner; older unused links of
     * the account stop working. Audited with the account as subject (none for an unknown address),
     * never the address typed.
     */
    @Asynchronous
    public void request(String typedEmail, String clientAddress) {
        Instant now = Instant.now();
        Optional<Participant> owner = typedEmail == null || typedEmail.isBlank() ? Optional.empty()
                : participants.byEmail(Participant.normalizedEmail(typedEmail))
                        .filter(p -> p.getAccountUsername() != null && accounts.isOpen(p.getAccountUsername()));
        String account = owner.map(Participant::getAccountUsername).orElse(null);
        if (owner.isPresent()) {
            resets.deleteUnusedOf(account);
            PasswordReset.Issued reset = PasswordReset.issue(account, now);
            resets.store(reset.reset());
            issued.fire(new PasswordResetIssued(owner.get().getNaam(), owner.get().getEmail(), reset.token(),
                    reset.reset().getExpiresAt()));
        }
        audit.record(null, SecurityAction.PASSWORD_RESET_REQUESTED, account, clientAddress);
    }

    /**
     * Whether the link can still be used, for the page it opens.
     *
     * @throws NotFound for an unknown (or replaced) token; Conflict for a used or expired one
     */
    public void check(String token) {
        usable(token, false);
    }

    /**
     * Sets the new password and spends the link; its tokens are revoked with it.
     *
     * @return the account whose password it was, so the caller can end its sessions
     * @throws NotFound for an unknown (or replaced) token; Conflict for a used or expired one
     * @throws InvalidInputException for a password the policy refuses
     */
    public String complete(String token, String next) {
        Optional<String> objection = PasswordPolicy.objectionTo(next);
        PasswordReset reset = usable(token, true);
        if (objection.isPresent()) {
            throw InvalidInputException.of("next", objection.get());
        }
        Account account = accounts.find(reset.getUsername()).filter(Account::isActive)
                .orElseThrow(() -> new NotFound("wachtwoord.herstel.onbekend"));
        reset.use(Instant.now());
        replacement.replace(account, next);
        return account.getUsername();
    }

    private PasswordReset usable(String token, boolean lock) {
        if (token == null || token.isBlank()) {
            throw new NotFound("wachtwoord.herstel.onbekend");
        }
        PasswordReset reset = (lock ? resets.lockByToken(token) : resets.byToken(token))
                .orElseThrow(() -> new NotFound("wachtwoord.herstel.onbekend"));
        switch (reset.stateAt(Instant.now())) {
            case USED -> throw new Conflict("wachtwoord.herstel.gebruikt");
            case EXPIRED -> throw new Conflict("wachtwoord.herstel.verlopen");
            default -> {
                return reset;
            }
        }
    }
}
