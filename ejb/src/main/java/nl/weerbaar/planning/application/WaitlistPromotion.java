package nl.weerbaar.planning.application;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import nl.weerbaar.planning.domain.Enrolment;
import nl.weerbaar.planning.domain.EnrolmentRepository;
import nl.weerbaar.planning.domain.TrainingSession;

/**
 * Moves waitlisted participants into freed places and tells each of them: used wherever places come
 * free (a cancellation, an erasure, a larger session). Call it under the session's lock.
 */
@Dependent
class WaitlistPromotion {

    @Inject
    private EnrolmentRepository enrolments;

    @Inject
    private Event<EnrolmentChanged> changes;

    /** @return how many moved up */
    int fill(TrainingSession session, long freedPlaces, LocalDateTime now) {
        int promoted = 0;
        for (Enrolment enrolment : session.promoteFromWaitlist(
                enrolments.firstInLine(session.getId(), (int) Math.min(Integer.MAX_VALUE, freedPlaces)), freedPlaces, now)) {
            changes.fire(new EnrolmentChanged(enrolment.getId(), EnrolmentChanged.Kind.PROMOTED));
            promoted++;
        }
        return promoted;
    }
}
