package nl.weerbaar.planning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Set;
import nl.weerbaar.people.domain.Provincie;
import org.junit.jupiter.api.Test;

/** The rules of the waitlist, deadlines and lifecycle, without a container. */
class EnrolmentRulesTest {

    private static final LocalDateTime START = LocalDateTime.of(2027, 3, 1, 9, 0);

    private static TrainingSession session(int capacity) {
        TrainingSession session = new TrainingSession("Training", START, START.plusHours(8), "Assen",
                Provincie.DRENTHE, capacity, SessionStatus.OPEN, START.minusMonths(2));
        session.plan(1, null, null, null, Set.of("trainer"));
        return session;
    }

    @Test
    void aSessionIsFullAtCapacityAndOpensAgainWhenAPlaceFreesUp() {
        TrainingSession session = session(8);
        session.reflectBookings(7);
        assertEquals(SessionStatus.OPEN, session.getStatus());
        session.reflectBookings(8);
        assertEquals(SessionStatus.FULL, session.getStatus());
        assertTrue(session.takesEnrolments(START.minusDays(3)), "a full session still takes waitlist enrolments");
        session.reflectBookings(7);
        assertEquals(SessionStatus.OPEN, session.getStatus());
    }

    @Test
    void deadlinesDefaultToADayAndAWeekBeforeTheStart() {
        TrainingSession session = session(8);
        assertTrue(session.takesEnrolments(START.minusDays(1)));
        assertFalse(session.takesEnrolments(START.minusDays(1).plusMinutes(1)));
        assertTrue(session.allowsSelfCancellation(START.minusDays(7)));
        assertFalse(session.allowsSelfCancellation(START.minusDays(7).plusMinutes(1)));
    }

    @Test
    void theLifecycleRunsForwardAndCancellationOnlyBeforeHeld() {
        TrainingSession session = session(8);
        assertThrows(LifecycleViolation.class, () -> session.changeStatus(SessionStatus.HELD));
        session.changeStatus(SessionStatus.CONFIRMED);
        assertFalse(session.takesEnrolments(START.minusDays(3)), "only open (or full) sessions take enrolments");
        session.changeStatus(SessionStatus.HELD);
        assertThrows(LifecycleViolation.class, () -> session.changeStatus(SessionStatus.CANCELLED));
        session.changeStatus(SessionStatus.CLOSED);
        assertThrows(LifecycleViolation.class, () -> session.changeStatus(SessionStatus.OPEN));
    }

    @Test
    void aPromotedEnrolmentLeavesTheQueueAndEveryChangeRaisesTheCalendarSequence() {
        Enrolment waiting = Enrolment.waitlisted(session(8), participant(), 3, START.minusDays(20));
        assertEquals(3L, waiting.getQueueNumber());
        assertEquals(0, waiting.getIcalSequence());
        waiting.promote(START.minusDays(10));
        assertEquals(EnrolmentStatus.BOOKED, waiting.getStatus());
        assertNull(waiting.getQueueNumber());
        assertEquals(1, waiting.getIcalSequence());
        waiting.cancel(START.minusDays(9));
        assertEquals(2, waiting.getIcalSequence());
        assertFalse(waiting.isActive());
        assertThrows(IllegalStateException.class, () -> waiting.promote(START));
    }

    @Test
    void attendanceIsForThoseWhoHadAPlace() {
        Enrolment waiting = Enrolment.waitlisted(session(8), participant(), 1, START.minusDays(20));
        assertThrows(IllegalStateException.class, () -> waiting.recordAttendance(EnrolmentStatus.ATTENDED, START));
        Enrolment booked = Enrolment.booked(session(8), participant(), START.minusDays(20));
        booked.recordAttendance(EnrolmentStatus.PARTIALLY_ATTENDED, START.plusHours(8));
        booked.recordAttendance(EnrolmentStatus.ATTENDED, START.plusHours(9));
        assertEquals(EnrolmentStatus.ATTENDED, booked.getStatus());
        assertThrows(IllegalArgumentException.class, () -> booked.recordAttendance(EnrolmentStatus.CANCELLED, START));
    }

    @Test
    void freedPlacesGoToTheWaitlistFirstInLineFirstAndNoMore() {
        TrainingSession session = session(2);
        java.util.List<Enrolment> waitlist = java.util.List.of(
                Enrolment.waitlisted(session, participant(), 1, START.minusDays(20)),
                Enrolment.waitlisted(session, participant(), 2, START.minusDays(19)),
                Enrolment.waitlisted(session, participant(), 3, START.minusDays(18)));
        assertEquals(java.util.List.of(), session.promoteFromWaitlist(waitlist, 0, START.minusDays(10)));
        assertEquals(waitlist.subList(0, 2), session.promoteFromWaitlist(waitlist, 2, START.minusDays(10)));
        assertEquals(EnrolmentStatus.BOOKED, waitlist.get(1).getStatus());
        assertEquals(EnrolmentStatus.WAITLISTED, waitlist.get(2).getStatus());
    }

    @Test
    void aNewSessionStartsAsADraftOrOpen() {
        assertEquals(Set.of(SessionStatus.DRAFT, SessionStatus.OPEN), java.util.Arrays.stream(SessionStatus.values())
                .filter(SessionStatus::startsASession).collect(java.util.stream.Collectors.toSet()));
    }

    private static nl.weerbaar.people.domain.Participant participant() {
        return new nl.weerbaar.people.domain.Participant("A. Bakker", "a@example.nl", null,
                nl.weerbaar.people.domain.Ambt.STATENLID, null, Provincie.DRENTHE, START.toLocalDate().minusYears(1),
                START.minusMonths(1));
    }
}
