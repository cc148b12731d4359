package nl.weerbaar.planning.application;

import java.io.Serializable;
import nl.weerbaar.planning.domain.Enrolment;
import nl.weerbaar.planning.domain.EnrolmentStatus;

/** An enrolment as the API and pages show it; the waitlist position counts from 1. */
public record EnrolmentView(long participantId, String participantName, String status, Integer waitlistPosition)
        implements Serializable {

    static EnrolmentView of(Enrolment e, Integer waitlistPosition) {
        return new EnrolmentView(e.getParticipant().getId(), e.getParticipant().getNaam(), e.getStatus().name(),
                e.getStatus() == EnrolmentStatus.WAITLISTED ? waitlistPosition : null);
    }
}
