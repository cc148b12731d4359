package nl.weerbaar.people.application.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Set;
import nl.weerbaar.people.domain.account.Account;
import nl.weerbaar.people.domain.account.AccountRepository;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.people.infrastructure.Pbkdf2Hasher;

/**
 * Whether a user name is an open login and with which roles, for the login checks that must not
 * reveal it to the caller; and noting a complete login.
 */
@Stateless
@PermitAll
public class AccountDirectory {

    private static final char[] DUMMY = "not-an-account-but-costs-the-same".toCharArray();

    @Inject
    private AccountRepository accounts;

    public boolean isOpen(String username) {
        return accounts.isOpen(username);
    }

    public Set<String> rolesOfOpen(String username) {
        return accounts.rolesOfOpen(username);
    }

    /**
     * Notes a complete login (the second step included) as the account's last; false, and nothing
     * noted, when the login was deactivated meanwhile (between the password and the second step).
     */
    public boolean loggedIn(String username) {
        return accounts.find(username).filter(Account::isActive).map(a -> {
            a.loggedInAt(Amsterdam.now());
            return true;
        }).orElse(false);
    }

    /**
     * Spends what checking a password costs (one PBKDF2 derivation), for a name that is no account,
     * so the time of the answer does not tell whether the name exists.
     */
    public void spendAPasswordCheck() {
        Pbkdf2Hasher.hash(DUMMY);
    }
}
