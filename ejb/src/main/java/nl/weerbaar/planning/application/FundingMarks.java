package nl.weerbaar.planning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.weerbaar.planning.domain.EnrolmentRepository;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.platform.security.Roles;

/** Records on an enrolment whether BZK funds it, as funding decides (the mark lives on the enrolment). */
@Stateless
@RolesAllowed(Roles.NGB)
public class FundingMarks {

    @Inject
    private EnrolmentRepository enrolments;

    /**
     * Marks the participant's enrolment in the session that is not cancelled (null: the default for her office).
     *
     * @throws NotFound when she has no such enrolment
     */
    public void mark(long sessionId, long participantId, Boolean funded) {
        enrolments.current(sessionId, participantId).orElseThrow(() -> new NotFound("enrolment.niet.gevonden"))
                .markFunding(funded);
    }
}
