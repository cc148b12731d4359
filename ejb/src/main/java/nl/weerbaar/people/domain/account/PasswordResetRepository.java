package nl.weerbaar.people.domain.account;

import java.util.Optional;

/** Stores and finds password resets by their token (the database knows only its hash). */
public interface PasswordResetRepository {

    void store(PasswordReset reset);

    /** The reset whose link carries this token. */
    Optional<PasswordReset> byToken(String token);

    /** The same, locked until the transaction ends, so one link cannot set two passwords at once. */
    Optional<PasswordReset> lockByToken(String token);

    /** Deletes the account's links not yet used: only the newest one works. */
    int deleteUnusedOf(String username);
}
