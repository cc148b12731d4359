package nl.weerbaar.people.application.account;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import nl.weerbaar.people.domain.account.Account;
import nl.weerbaar.people.domain.account.ApiTokenRepository;
import nl.weerbaar.people.infrastructure.Pbkdf2Hasher;
import nl.weerbaar.platform.Amsterdam;

/**
 * What a new password does to an account, the same for a change by its owner and a reset by link:
 * the new hash, and every personal access token revoked. The web layer then ends the account's
 * sessions and forgets its cached credentials. Package-private: only the two services that checked
 * who asks may call it.
 */
@Dependent
class PasswordReplacement {

    @Inject
    private ApiTokenRepository tokens;

    /** Replaces the password of an open account by one the caller has checked against the policy. */
    void replace(Account account, String next) {
        account.changePassword(Pbkdf2Hasher.hash(next.toCharArray()));
        tokens.revokeAll(account.getUsername(), Amsterdam.now());
    }
}
