package nl.weerbaar.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.Optional;
import nl.weerbaar.audit.application.SecurityAction;
import nl.weerbaar.audit.application.SecurityAudit;
import nl.weerbaar.people.application.account.AccountDirectory;
import nl.weerbaar.web.platform.security.throttle.LoginThrottle;

/**
 * Checks a typed user name and password for the form and for the API alike: refused while the
 * throttle says so, verified by the identity store, and every failure, lock and success audited
 * with the client address. A name that is no account costs one PBKDF2 derivation too, so the time
 * of the answer does not tell whether the name exists.
 */
@ApplicationScoped
public class CredentialCheck {

    /** The outcome: valid (with the caller), refused by the throttle, or simply invalid. */
    public record Outcome(CredentialValidationResult result, Optional<LoginThrottle.Refusal> refusal) {
        public boolean valid() {
            return result != null && result.getStatus() == CredentialValidationResult.Status.VALID;
        }
    }

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private AccountDirectory accounts;

    @Inject
    private SecurityAudit audit;

    @Inject
    private LoginMetrics metrics;

    public Outcome check(String username, String password, String address) {
        Optional<LoginThrottle.Refusal> refusal = throttle.check(username, address);
        if (refusal.isPresent()) {
            metrics.failed(LoginMetrics.Reason.THROTTLED);
            audit.record(SecurityAudit.ANONYMOUS, SecurityAction.LOGIN_THROTTLED, accountOrNull(username), address);
            return new Outcome(null, refusal);
        }
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(username, password));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(username);
            audit.record(result.getCallerPrincipal().getName(), SecurityAction.PASSWORD_ACCEPTED,
                    result.getCallerPrincipal().getName(), address);
            return new Outcome(result, Optional.empty());
        }
        String account = accountOrNull(username);
        if (account == null) {
            accounts.spendAPasswordCheck();
        }
        LoginThrottle.Consequence consequence = throttle.failed(username, address);
        metrics.failed(LoginMetrics.Reason.PASSWORD);
        audit.record(SecurityAudit.ANONYMOUS, SecurityAction.LOGIN_FAILED, account, address);
        if (consequence == LoginThrottle.Consequence.NAME_LOCKED) {
            audit.record(SecurityAudit.ANONYMOUS, SecurityAction.ACCOUNT_LOCKED, account, address);
        }
        return new Outcome(result, Optional.empty());
    }

    /**
     * The typed name if it is an account, else null: a typed name that is no account may be a
     * password typed in the wrong field, and is never stored.
     */
    private String accountOrNull(String username) {
        return username != null && !username.isBlank() && username.length() <= 64 && accounts.isOpen(username)
                ? username : null;
    }
}
