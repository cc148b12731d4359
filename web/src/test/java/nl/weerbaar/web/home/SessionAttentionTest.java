package nl.weerbaar.web.home;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import nl.weerbaar.planning.application.SessionView;
import org.junit.jupiter.api.Test;

class SessionAttentionTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 1, 12, 0);

    private static SessionView session(String title, String status, long booked, long waitlisted, int capacity,
            int minimum, LocalDateTime enrolBy, LocalDateTime cancelBy) {
        return new SessionView(1, title, NOW.plusDays(20), NOW.plusDays(20).plusHours(7), "Utrecht", "Utrecht", capacity,
                status, booked, waitlisted, minimum, enrolBy, cancelBy, List.of(), null, true);
    }

    @Test
    void aSessionUnderItsMinimumCountsOnlyWhileItsEnrolmentClosesWithinTwoWeeks() {
        SessionView soon = session("soon", "OPEN", 2, 0, 8, 4, NOW.plusDays(13), NOW.plusDays(13));
        SessionView later = session("later", "OPEN", 2, 0, 8, 4, NOW.plusDays(15), NOW.plusDays(15));
        SessionView enough = session("enough", "OPEN", 4, 0, 8, 4, NOW.plusDays(3), NOW.plusDays(3));
        SessionView closed = session("closed", "OPEN", 0, 0, 8, 4, NOW.minusHours(1), NOW.minusHours(1));
        SessionView confirmed = session("confirmed", "CONFIRMED", 2, 0, 8, 4, NOW.plusDays(3), NOW.plusDays(3));
        assertEquals(List.of(soon), SessionAttention.underMinimumNearDeadline(List.of(later, soon, enough, closed, confirmed), NOW));
    }

    @Test
    void aFullSessionWithPeopleWaitingIsListedAndOneWithoutIsNot() {
        SessionView waiting = session("waiting", "FULL", 8, 2, 8, 4, NOW.plusDays(19), NOW.plusDays(13));
        SessionView noQueue = session("no queue", "FULL", 8, 0, 8, 4, NOW.plusDays(19), NOW.plusDays(13));
        assertEquals(List.of(waiting), SessionAttention.fullWithWaitlist(List.of(noQueue, waiting), NOW));
    }

    @Test
    void theWeeksDeadlinesAreBothKindsInTheOrderTheyFall() {
        SessionView a = session("a", "OPEN", 5, 0, 8, 4, NOW.plusDays(6), NOW.plusDays(2));
        SessionView b = session("b", "CONFIRMED", 8, 0, 8, 4, NOW.plusDays(4), NOW.plusDays(8));
        SessionView cancelled = session("x", "CANCELLED", 0, 0, 8, 4, NOW.plusDays(1), NOW.plusDays(1));
        List<SessionAttention.Deadline> due = SessionAttention.deadlinesThisWeek(List.of(a, b, cancelled), NOW);
        assertEquals(List.of("a CANCELLATION", "b ENROLMENT", "a ENROLMENT"),
                due.stream().map(d -> d.session().title() + " " + d.kind()).toList());
    }
}
