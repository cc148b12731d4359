package nl.weerbaar.web.home;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.weerbaar.planning.application.SessionView;

/**
 * Which planned sessions need NGB now: too few bookings with the enrolment deadline close, full ones
 * with people waiting, and the deadlines of the coming week.
 */
public final class SessionAttention {

    /** How close an enrolment deadline is "near": time enough to recruit or to call the session off. */
    public static final int NEAR_DAYS = 14;
    public static final int WEEK_DAYS = 7;

    private static final Set<String> TAKING_ENROLMENTS = Set.of("OPEN", "FULL");

    /** A deadline of a session: {@code kind} is {@code ENROLMENT} or {@code CANCELLATION}. */
    public record Deadline(SessionView session, String kind, LocalDateTime at) implements java.io.Serializable {
    }

    private SessionAttention() {
    }

    public static List<SessionView> underMinimumNearDeadline(List<SessionView> sessions, LocalDateTime now) {
        return sessions.stream().filter(s -> TAKING_ENROLMENTS.contains(s.status()))
                .filter(s -> s.booked() < s.minParticipants())
                .filter(s -> within(s.enrolmentDeadline(), now, NEAR_DAYS))
                .sorted(Comparator.comparing(SessionView::enrolmentDeadline)).toList();
    }

    public static List<SessionView> fullWithWaitlist(List<SessionView> sessions, LocalDateTime now) {
        return sessions.stream().filter(s -> s.waitlisted() > 0 && s.booked() >= s.capacity())
                .filter(s -> s.start().isAfter(now)).toList();
    }

    public static List<Deadline> deadlinesThisWeek(List<SessionView> sessions, LocalDateTime now) {
        List<Deadline> due = new ArrayList<>();
        for (SessionView s : sessions) {
            if (!TAKING_ENROLMENTS.contains(s.status()) && !"CONFIRMED".equals(s.status())) {
                continue;
            }
            if (within(s.enrolmentDeadline(), now, WEEK_DAYS)) {
                due.add(new Deadline(s, "ENROLMENT", s.enrolmentDeadline()));
            }
            if (within(s.cancellationDeadline(), now, WEEK_DAYS)) {
                due.add(new Deadline(s, "CANCELLATION", s.cancellationDeadline()));
            }
        }
        due.sort(Comparator.comparing(Deadline::at));
        return due;
    }

    private static boolean within(LocalDateTime at, LocalDateTime now, int days) {
        return at != null && !at.isBefore(now) && !at.isAfter(now.plusDays(days));
    }
}
