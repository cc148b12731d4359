package nl.weerbaar.planning.application.query;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import nl.weerbaar.planning.domain.SessionStatus;
import nl.weerbaar.planning.domain.TrainingSession;

/**
 * What other contexts may know of a training session: its title, start, place, trainers and
 * whether it was held; detached from the persistence context.
 */
public record SessionFacts(long id, String title, LocalDateTime start, String location, List<String> trainers,
        boolean held) implements Serializable {

    static final Set<SessionStatus> HELD = Set.of(SessionStatus.HELD, SessionStatus.CLOSED);

    /** Whether the user with this login gives the session. */
    public boolean givenBy(String username) {
        return trainers.contains(username);
    }

    static SessionFacts of(TrainingSession session) {
        return new SessionFacts(session.getId(), session.getTitle(), session.getStart(), session.getLocation(),
                session.getTrainers().stream().sorted().toList(), HELD.contains(session.getStatus()));
    }
}
