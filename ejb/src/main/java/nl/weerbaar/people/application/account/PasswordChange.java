package nl.weerbaar.people.application.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.weerbaar.audit.application.AuditLog;
import nl.weerbaar.people.domain.account.Account;
import nl.weerbaar.people.domain.account.AccountRepository;
import nl.weerbaar.people.domain.account.PasswordPolicy;
import nl.weerbaar.people.infrastructure.Pbkdf2Hasher;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.platform.validation.InvalidInputException;

/**
 * Changing one's own password: the current one first, a new one of at least 12 characters that is
 * not a common password nor the current one ({@link PasswordPolicy}). Every personal access token of
 * the account is revoked with it ({@link PasswordReplacement}); the web layer ends the account's other
 * sessions and forgets its cached credentials.
 */
@Stateless
@PermitAll
public class PasswordChange {

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordReplacement replacement;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext caller;

    public void change(String current, String next) {
        String username = caller.getCallerPrincipal().getName();
        Account account = accounts.find(username).filter(Account::isActive).orElseThrow(() -> new NotFound("account.onbekend"));
        Map<String, String> problems = new LinkedHashMap<>();
        if (current == null || !Pbkdf2Hasher.matches(current.toCharArray(), account.getPasswordHash())) {
            problems.put("current", "weerbaar.account.wachtwoord.huidig");
        }
        PasswordPolicy.objectionTo(next).ifPresentOrElse(key -> problems.put("next", key), () -> {
            if (next.equals(current)) {
                problems.put("next", "weerbaar.account.wachtwoord.zelfde");
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Set.of(), problems);
        }
        replacement.replace(account, next);
        audit.record("PASSWORD_CHANGED", "account", username);
    }
}
