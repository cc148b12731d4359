package nl.weerbaar.audit.domain;

import java.util.Optional;

/** The user names behind the audit trail's pseudonyms. */
public interface AuditActors {

    /** The id of this user name's row, if it has one. */
    Optional<Long> idOf(String username);

    /** Adds a row for the user name at once and returns its id (a taken name fails here). */
    long add(String username);

    /** The user name of the row with this id, if it still exists. */
    Optional<String> usernameOf(long id);

    /** Deletes the user name's row, if any. */
    void delete(String username);
}
