package nl.weerbaar.planning.domain;

import java.util.List;
import java.util.Optional;

/** Stores and finds training sessions. */
public interface TrainingSessionRepository {

    void store(TrainingSession session);

    Optional<TrainingSession> find(long id);

    /** One page of the sessions the query asks for, in its order. */
    List<TrainingSession> find(SessionQuery query);

    /** The sessions this trainer gives, first starting first. */
    List<TrainingSession> ofTrainer(String username);

    /** How many sessions the query matches, ignoring its page. */
    long count(SessionQuery query);
}
