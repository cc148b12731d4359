package nl.weerbaar.planning.application;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.weerbaar.planning.domain.EnrolmentStatus;
import nl.weerbaar.planning.domain.TrainingSession;
import nl.weerbaar.platform.Amsterdam;

/**
 * A training session as pages and the API show it; detached from the persistence context. NGB's
 * notes and the trainers' user names are internal: {@link #withoutInternals()} is what everyone
 * else gets (see {@code TrainingSessionService}).
 */
public record SessionView(long id, String title, LocalDateTime start, LocalDateTime end, String location,
        String province, int capacity, String status, long booked, long waitlisted, int minParticipants,
        LocalDateTime enrolmentDeadline, LocalDateTime cancellationDeadline, List<String> trainers, String notes,
        boolean enrolmentOpen) implements Serializable {

    /** The trainers as one line of text, for pages. */
    public String trainersText() {
        return String.join(", ", trainers);
    }

    /** The same session without NGB's notes and the trainers' user names. */
    public SessionView withoutInternals() {
        return new SessionView(id, title, start, end, location, province, capacity, status, booked, waitlisted,
                minParticipants, enrolmentDeadline, cancellationDeadline, List.of(), null, enrolmentOpen);
    }

    static SessionView of(TrainingSession session, Map<EnrolmentStatus, Long> counts) {
        return new SessionView(session.getId(), session.getTitle(), session.getStart(), session.getEnd(),
                session.getLocation(), session.getProvince().naam(), session.getCapacity(),
                session.getStatus().name(), counts.getOrDefault(EnrolmentStatus.BOOKED, 0L),
                counts.getOrDefault(EnrolmentStatus.WAITLISTED, 0L), session.getMinParticipants(),
                session.getEnrolmentDeadline(), session.getCancellationDeadline(),
                session.getTrainers().stream().sorted().toList(), session.getNotes(),
                session.takesEnrolments(Amsterdam.now()));
    }
}
