package nl.weerbaar.planning.application.query;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.planning.domain.PlanningFacts;
import nl.weerbaar.platform.security.Roles;

/**
 * Planning's read API for other contexts: plain records of sessions, places and enrolments, so
 * funding and notification never query planning's entities.
 */
@Stateless
public class EnrolmentFacts {

    @Inject
    private PlanningFacts facts;

    /** The sessions starting in [from, until), for spend against budget. */
    @RolesAllowed({Roles.NGB, Roles.BZK})
    public List<PlanningFacts.Session> sessionsStarting(LocalDateTime from, LocalDateTime until) {
        return facts.sessionsStarting(from, until);
    }

    /** Every place, cancelled ones included, of the sessions starting in [from, until). */
    @RolesAllowed({Roles.NGB, Roles.BZK})
    public List<PlanningFacts.Place> placesOfSessionsStarting(LocalDateTime from, LocalDateTime until) {
        return facts.placesOfSessionsStarting(from, until);
    }

    /** An enrolment as its mail tells it; for the mail sender, which runs after the commit without a caller. */
    @PermitAll
    public Optional<PlanningFacts.Notice> notice(long enrolmentId) {
        return facts.notice(enrolmentId);
    }
}
