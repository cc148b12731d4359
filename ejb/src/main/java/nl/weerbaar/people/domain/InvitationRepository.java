package nl.weerbaar.people.domain;

import java.util.Optional;

/** Stores and finds invitations by their token (the database knows only its hash). */
public interface InvitationRepository {

    void store(Invitation invitation);

    /** The invitation whose link carries this token. */
    Optional<Invitation> byToken(String token);

    /** The same, locked until the transaction ends, so two acceptances of one link cannot both succeed. */
    Optional<Invitation> lockByToken(String token);

    /** Deletes every invitation of the participant, used or not (on erasure). */
    void deleteAllOf(long participantId);
}
