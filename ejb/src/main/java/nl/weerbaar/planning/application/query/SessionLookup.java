package nl.weerbaar.planning.application.query;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.planning.domain.EnrolmentRepository;
import nl.weerbaar.planning.domain.EnrolmentStatus;
import nl.weerbaar.planning.domain.SessionQuery;
import nl.weerbaar.planning.domain.TrainingSession;
import nl.weerbaar.planning.domain.TrainingSessionRepository;

/**
 * Sessions as other contexts read them (casework, evaluation, completion). They call it inside
 * their own role-checked calls and decide there who may see what, so it checks no role itself.
 */
@Stateless
@PermitAll
public class SessionLookup {

    @Inject
    private TrainingSessionRepository sessions;

    @Inject
    private EnrolmentRepository enrolments;

    public Optional<SessionFacts> find(long sessionId) {
        return sessions.find(sessionId).map(SessionFacts::of);
    }

    /** Every session that was held (held or closed), last starting first. */
    public List<SessionFacts> held() {
        SessionQuery query = SessionQuery.inStatuses(SessionFacts.HELD).sortedBy(SessionQuery.SortField.START, false);
        List<SessionFacts> held = new ArrayList<>();
        List<TrainingSession> page;
        do {
            page = sessions.find(query.page(held.size(), SessionQuery.MAX_LIMIT));
            page.forEach(s -> held.add(SessionFacts.of(s)));
        } while (page.size() == SessionQuery.MAX_LIMIT);
        return held;
    }

    /** The ids of the participants booked on the session (not waitlisted, not cancelled). */
    public List<Long> bookedParticipants(long sessionId) {
        return enrolments.ofSession(sessionId).stream().filter(e -> e.getStatus() == EnrolmentStatus.BOOKED)
                .map(e -> e.getParticipant().getId()).toList();
    }
}
