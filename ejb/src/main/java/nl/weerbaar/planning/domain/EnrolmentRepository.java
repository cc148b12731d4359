package nl.weerbaar.planning.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.weerbaar.people.domain.Participant;
import nl.weerbaar.people.domain.Provincie;

/** Stores and finds enrolments. */
public interface EnrolmentRepository {

    /** Stores a new enrolment and writes it (with every pending change) at once. */
    void store(Enrolment enrolment);

    /**
     * The participant, her row locked until the transaction ends ({@code SELECT … FOR UPDATE}), so
     * her enrolments change one at a time; taken before the session's lock, always in that order.
     */
    Optional<Participant> lockParticipant(long participantId);

    /** The participant's enrolment in this session that is not cancelled, if any. */
    Optional<Enrolment> current(long sessionId, long participantId);

    /** The participant's booked or waitlisted enrolment, if any. */
    Optional<Enrolment> openOf(long participantId);

    /** The participant's latest enrolment that she attended, fully or partly, if any. */
    Optional<Enrolment> attendedOf(long participantId);

    /** Whether the participant has an active enrolment in any session. */
    boolean hasActive(long participantId);

    long count(long sessionId, EnrolmentStatus status);

    /** Where a waitlisted enrolment stands in line, counting from 1 (a count, not a list). */
    int waitlistPosition(Enrolment waitlisted);

    /** The first {@code count} of the session's waitlist, first in line first. */
    List<Enrolment> firstInLine(long sessionId, int count);

    /** The session's waitlist, first in line first. */
    List<Enrolment> waitlist(long sessionId);

    /** Every enrolment of the session that is not cancelled: booked first, then the waitlist in order. */
    List<Enrolment> ofSession(long sessionId);

    /** Per session of the given ids: how many enrolments it has in each status. */
    java.util.Map<Long, java.util.Map<EnrolmentStatus, Long>> countsBySession(java.util.Collection<Long> sessionIds);

    /**
     * Per province of the participants: how many distinct participants have an enrolment (not
     * cancelled) in each status.
     */
    Map<Provincie, Map<EnrolmentStatus, Long>> participantsPerProvinceAndStatus();

    /**
     * Booked enrolments without a reminder yet in sessions (not cancelled) starting in [from, until):
     * every reminder that is due, including those a missed run left.
     */
    List<Enrolment> dueForReminder(java.time.LocalDateTime from, java.time.LocalDateTime until);

    /** Her enrolments marked attended, wholly or partly, with their sessions, first starting first. */
    List<Enrolment> attendedBy(long participantId);
}
