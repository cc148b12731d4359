package nl.weerbaar.web.planning;

import java.time.LocalDateTime;
import nl.weerbaar.planning.application.SessionView;

/**
 * A session as participants, BZK and admins get it from the API: the fields of {@link SessionView}
 * without NGB's {@code notes} and the trainers' user names, so that role always gets this one shape.
 */
public record PublicSession(long id, String title, LocalDateTime start, LocalDateTime end, String location,
        String province, int capacity, String status, long booked, long waitlisted, int minParticipants,
        LocalDateTime enrolmentDeadline, LocalDateTime cancellationDeadline, boolean enrolmentOpen) {

    static PublicSession of(SessionView s) {
        return new PublicSession(s.id(), s.title(), s.start(), s.end(), s.location(), s.province(), s.capacity(),
                s.status(), s.booked(), s.waitlisted(), s.minParticipants(), s.enrolmentDeadline(),
                s.cancellationDeadline(), s.enrolmentOpen());
    }
}
