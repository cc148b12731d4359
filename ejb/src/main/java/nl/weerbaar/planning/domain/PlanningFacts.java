package nl.weerbaar.planning.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.people.domain.Ambt;

/**
 * Read-only facts of planning as plain records, for the read API other contexts use (funding costs
 * a period, notification writes about an enrolment); {@link EnrolmentRepository} keeps the aggregate.
 */
public interface PlanningFacts {

    /** A session as costing sees it; the cancellation deadline is the effective one. */
    record Session(long id, LocalDateTime start, SessionStatus status, int capacity,
            LocalDateTime cancellationDeadline) {
    }

    /** One place in a session, whatever its status (a late cancellation costs too). */
    record Place(long sessionId, EnrolmentStatus status, LocalDateTime changedAt, Boolean bzkFunded, Ambt office) {
    }

    /** What a mail about an enrolment says: the place, its session and whose it is. */
    record Notice(long enrolmentId, int icalSequence, EnrolmentStatus status, int waitlistPosition,
            long participantId, long sessionId, String title, LocalDateTime start, LocalDateTime end,
            String location) {
    }

    /** The sessions starting in [from, until), whatever their status. */
    List<Session> sessionsStarting(LocalDateTime from, LocalDateTime until);

    /** Every place, cancelled ones included, of the sessions starting in [from, until). */
    List<Place> placesOfSessionsStarting(LocalDateTime from, LocalDateTime until);

    /** The enrolment with this id, as its mail tells it; empty when it is gone. */
    Optional<Notice> notice(long enrolmentId);
}
