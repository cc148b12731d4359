package nl.weerbaar.people.domain.account;

import java.util.Optional;

/** Stores and finds logins. */
public interface AccountRepository {

    /**
     * Stores a new account at once, so that a participant may refer to its user name in the same
     * transaction (the reference is a plain column the persistence provider cannot order by).
     */
    void store(Account account);

    Optional<Account> find(String username);

    /** The account locked until the transaction ends, for an administrator's change. */
    Optional<Account> lock(String username);

    /** Every account with a staff role, active or not, by user name. */
    java.util.List<Account> staff();

    /**
     * How many active administrators there are, their rows locked until the transaction ends, so
     * that two administrators cannot each remove the other at the same moment.
     */
    long lockActiveAdmins();

    /**
     * Deletes the login with its roles; the database deletes its second factor, recovery codes and
     * tokens with it. Changes already made in the transaction (a participant let go of it) are
     * written first.
     */
    void delete(Account account);

    /** Whether the user name is an open login. */
    boolean isOpen(String username);

    /** The roles of an open login; empty for a closed or unknown one. */
    java.util.Set<String> rolesOfOpen(String username);
}
