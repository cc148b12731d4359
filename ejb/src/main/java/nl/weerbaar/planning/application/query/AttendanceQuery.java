package nl.weerbaar.planning.application.query;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.planning.domain.EnrolmentRepository;
import nl.weerbaar.planning.domain.EnrolmentStatus;

/**
 * Which sessions a participant attended, for the contexts that build on it (completion,
 * evaluation). They call it inside their own role-checked calls, so it checks no role itself.
 */
@Stateless
@PermitAll
public class AttendanceQuery {

    @Inject
    private EnrolmentRepository enrolments;

    /** The sessions she attended, wholly or partly, first starting first. */
    public List<Attendance> of(long participantId) {
        return enrolments.attendedBy(participantId).stream()
                .map(e -> new Attendance(e.getId(), e.getStatus() == EnrolmentStatus.ATTENDED,
                        SessionFacts.of(e.getSession())))
                .toList();
    }

    /** The last session she attended in full, if any (partial attendance does not count). */
    public Optional<SessionFacts> attendedSession(long participantId) {
        List<Attendance> attended = of(participantId).stream().filter(Attendance::inFull).toList();
        return attended.isEmpty() ? Optional.empty() : Optional.of(attended.get(attended.size() - 1).session());
    }

    public boolean attended(long participantId) {
        return attendedSession(participantId).isPresent();
    }
}
