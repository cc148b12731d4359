package nl.weerbaar.planning.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.weerbaar.platform.validation.InvalidInputException;
import java.util.logging.Logger;
import nl.weerbaar.people.domain.Roles;
import nl.weerbaar.people.domain.Provincie;
import nl.weerbaar.planning.domain.SessionQuery;
import nl.weerbaar.planning.domain.SessionStatus;
import nl.weerbaar.planning.domain.TrainingSession;
import nl.weerbaar.planning.domain.TrainingSessionRepository;
import nl.weerbaar.platform.Amsterdam;

/** Plans training sessions and lists them for whoever may see them. */
@Stateless
public class TrainingSessionService {

    private static final Logger LOG = Logger.getLogger(TrainingSessionService.class.getName());

    /** What a participant (and BZK) may see: sessions that take or took enrolments, never drafts. */
    private static final Set<SessionStatus> PUBLIC_STATUSES = EnumSet.of(SessionStatus.OPEN, SessionStatus.FULL);

    @Inject
    private TrainingSessionRepository sessions;

    @Inject
    private Validator validator;

    @Resource
    private SessionContext caller;

    /**
     * Plans a new session, open for enrolment unless the form asks for a draft.
     *
     * @throws InvalidInputException when the form breaks a rule; nothing is stored then
     */
    @RolesAllowed(Roles.NGB)
    public SessionView schedule(SessionForm form) {
        Set<ConstraintViolation<SessionForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        TrainingSession session = new TrainingSession(form.getTitle(), form.getStart(), form.getEnd(),
                form.getLocation(), Provincie.metNaam(form.getProvince()).orElseThrow(), form.getCapacity(),
                form.isDraft() ? SessionStatus.DRAFT : SessionStatus.OPEN, Amsterdam.now());
        sessions.store(session);
        LOG.info(() -> "Session " + session.getId() + " planned by " + caller.getCallerPrincipal().getName());
        return SessionView.of(session);
    }

    /** One page of the sessions the caller may see, narrowed to the statuses the query names. */
    @RolesAllowed({Roles.NGB, Roles.PARTICIPANT, Roles.TRAINER, Roles.BZK, Roles.ADMIN})
    public SessionPage list(SessionQuery query) {
        SessionQuery visible = query.withStatuses(visibleOf(query.statuses()));
        if (visible.statuses().isEmpty()) {
            return new SessionPage(List.of(), 0);
        }
        return new SessionPage(sessions.find(visible).stream().map(SessionView::of).toList(), sessions.count(visible));
    }

    /** The session with this id, if the caller may see it. */
    @RolesAllowed({Roles.NGB, Roles.PARTICIPANT, Roles.TRAINER, Roles.BZK, Roles.ADMIN})
    public Optional<SessionView> find(long id) {
        return sessions.find(id)
                .filter(s -> !visibleOf(EnumSet.of(s.getStatus())).isEmpty())
                .map(SessionView::of);
    }

    private Set<SessionStatus> visibleOf(Set<SessionStatus> asked) {
        if (caller.isCallerInRole(Roles.NGB) || caller.isCallerInRole(Roles.TRAINER)
                || caller.isCallerInRole(Roles.ADMIN)) {
            return asked;
        }
        Set<SessionStatus> visible = EnumSet.noneOf(SessionStatus.class);
        visible.addAll(asked);
        visible.retainAll(PUBLIC_STATUSES);
        return visible;
    }
}
