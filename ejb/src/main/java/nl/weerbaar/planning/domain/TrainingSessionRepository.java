package nl.weerbaar.planning.domain;

import java.util.List;
import java.util.Optional;

/** Stores and finds training sessions. */
public interface TrainingSessionRepository {

    void store(TrainingSession session);

    Optional<TrainingSession> find(long id);

    /**
     * The session, locked until the transaction ends ({@code SELECT … FOR UPDATE}): every change to
     * its places, status or plan takes this lock first, so such changes run one after the other and
     * the booked count read under it is exact.
     */
    Optional<TrainingSession> lock(long id);

    /**
     * Takes a place in the session if one is free, else the next waitlist number, in one conditional
     * update of the counters on its row, which also switches OPEN to FULL. That update takes the
     * row's lock until the transaction ends, so a place is never given twice and waitlist numbers
     * follow commit order without gaps (a rollback returns its number). Pending writes go to the
     * database first, so they are not made under that lock.
     *
     * @return empty when the session is not OPEN or FULL (or does not exist)
     */
    Optional<PlaceDraw> drawPlace(long id);

    /** One page of the sessions the query asks for, in its order. */
    List<TrainingSession> find(SessionQuery query);

    /** The sessions this trainer gives, first starting first. */
    List<TrainingSession> ofTrainer(String username);

    /** How many sessions the query matches, ignoring its page. */
    long count(SessionQuery query);
}
