package nl.weerbaar.planning.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import nl.weerbaar.planning.domain.TrainingSession;

/** A training session as pages and the API show it; detached from the persistence context. */
public record SessionView(long id, String title, LocalDateTime start, LocalDateTime end, String location,
        String province, int capacity, String status) implements Serializable {

    static SessionView of(TrainingSession session) {
        return new SessionView(session.getId(), session.getTitle(), session.getStart(), session.getEnd(),
                session.getLocation(), session.getProvince().naam(), session.getCapacity(),
                session.getStatus().name());
    }
}
