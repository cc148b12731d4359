package nl.weerbaar.planning.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.weerbaar.people.application.account.TrainerAccounts;
import nl.weerbaar.people.domain.Provincie;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.planning.domain.Enrolment;
import nl.weerbaar.planning.domain.EnrolmentRepository;
import nl.weerbaar.planning.domain.EnrolmentStatus;
import nl.weerbaar.planning.domain.LifecycleViolation;
import nl.weerbaar.planning.domain.SessionQuery;
import nl.weerbaar.planning.domain.SessionStatus;
import nl.weerbaar.planning.domain.TrainingSession;
import nl.weerbaar.planning.domain.TrainingSessionRepository;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.errors.Conflict;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.platform.validation.InvalidInputException;

/** Plans training sessions and lists them for whoever may see them. */
@Stateless
public class TrainingSessionService {

    private static final Logger LOG = Logger.getLogger(TrainingSessionService.class.getName());

    /** What a participant (and BZK) may see: sessions that take or took enrolments, never drafts. */
    private static final Set<SessionStatus> PUBLIC_STATUSES = EnumSet.of(SessionStatus.OPEN, SessionStatus.FULL);

    @Inject
    private TrainingSessionRepository sessions;

    @Inject
    private EnrolmentRepository enrolments;

    @Inject
    private Event<EnrolmentChanged> changes;

    @Inject
    private Validator validator;

    @Inject
    private nl.weerbaar.platform.validation.LocalizedViolations localized;

    @Inject
    private WaitlistPromotion waitlist;

    @Inject
    private nl.weerbaar.audit.application.AuditLog audit;

    @EJB
    private TrainerAccounts trainerAccounts;

    @Resource
    private SessionContext caller;

    /**
     * Plans a new session, open for enrolment unless the form asks for a draft.
     *
     * @throws InvalidInputException when the form breaks a rule; nothing is stored then
     */
    @RolesAllowed(Roles.NGB)
    public SessionView schedule(SessionForm form) {
        requireValid(form);
        TrainingSession session = new TrainingSession(form.getTitle(), form.getStart(), form.getEnd(),
                form.getLocation(), Provincie.metNaam(form.getProvince()).orElseThrow(), form.getCapacity(),
                form.isDraft() ? SessionStatus.DRAFT : SessionStatus.OPEN, Amsterdam.now());
        session.plan(form.getMinParticipants(), form.getEnrolmentDeadline(), form.getCancellationDeadline(),
                form.getNotes(), form.getTrainers());
        sessions.store(session);
        audit.record("SESSION_PLANNED", "session", session.getId());
        LOG.info(() -> "Session " + session.getId() + " planned by " + caller.getCallerPrincipal().getName());
        return SessionView.of(session, Map.of());
    }

    /**
     * Changes a planned session. Booked and waitlisted participants are told when date, time or place
     * change (with an updated calendar invitation); more places go to the waitlist at once.
     *
     * @throws InvalidInputException as {@link #schedule}; also when fewer places than are booked
     * @throws Conflict once the session has been held, closed or cancelled
     */
    @RolesAllowed(Roles.NGB)
    public SessionView reschedule(long id, SessionForm form) {
        TrainingSession session = lockedSession(id);
        requireValid(form);
        long booked = enrolments.count(id, EnrolmentStatus.BOOKED);
        if (form.getCapacity() < booked) {
            throw InvalidInputException.of("capacity", "weerbaar.sessie.capaciteit.onder.bezetting");
        }
        LocalDateTime now = Amsterdam.now();
        if (session.wouldMove(form.getStart(), form.getEnd(), form.getLocation()) && form.getStart().isBefore(now)) {
            // A change is mailed to everyone as a new appointment: one that has already begun is no appointment.
            throw InvalidInputException.of("start", "weerbaar.sessie.begin.verleden");
        }
        boolean moved;
        try {
            moved = session.reschedule(form.getTitle(), form.getStart(), form.getEnd(), form.getLocation(),
                    Provincie.metNaam(form.getProvince()).orElseThrow(), form.getCapacity());
        } catch (LifecycleViolation e) {
            throw new Conflict("sessie.wijzigen.voorbij", session.getStatus().name());
        }
        session.plan(form.getMinParticipants(), form.getEnrolmentDeadline(), form.getCancellationDeadline(),
                form.getNotes(), form.getTrainers());
        booked += waitlist.fill(session, session.getCapacity() - booked, now);
        if (moved) {
            for (Enrolment e : enrolments.ofSession(id)) {
                if (e.getStatus() == EnrolmentStatus.BOOKED || e.getStatus() == EnrolmentStatus.WAITLISTED) {
                    e.sessionChanged(now);
                    changes.fire(new EnrolmentChanged(e.getId(), EnrolmentChanged.Kind.SESSION_CHANGED));
                }
            }
        }
        session.reflectBookings(booked);
        audit.record("SESSION_CHANGED", "session", id);
        LOG.info(() -> "Session " + id + " changed by " + caller.getCallerPrincipal().getName());
        return SessionView.of(session, countsOf(List.of(id)).getOrDefault(id, Map.of()));
    }

    /**
     * What is wrong with a planned session, without storing it (and without marking the caller's
     * transaction for rollback): field to message in the given language; empty when it would pass.
     */
    @RolesAllowed(Roles.NGB)
    public Map<String, String> problems(SessionForm form, java.util.Locale locale) {
        try {
            requireValid(form);
            return Map.of();
        } catch (InvalidInputException e) {
            return localized.byField(e, locale);
        }
    }

    private void requireValid(SessionForm form) {
        Set<ConstraintViolation<SessionForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        requireTrainerAccounts(form.getTrainers());
    }

    private void requireTrainerAccounts(Set<String> trainers) {
        for (String username : trainers) {
            if (!trainerAccounts.isActiveTrainer(username)) {
                throw InvalidInputException.of("trainers", "weerbaar.sessie.trainer.onbekend");
            }
        }
    }

    /**
     * Moves a session through its lifecycle by hand. Cancelling it cancels every enrolment and
     * tells everyone.
     *
     * @throws Conflict when the lifecycle forbids the change
     */
    @RolesAllowed(Roles.NGB)
    public SessionView changeStatus(long id, SessionStatus target) {
        TrainingSession session = lockedSession(id);
        SessionStatus from = session.getStatus();
        try {
            session.changeStatus(target);
        } catch (LifecycleViolation e) {
            throw new Conflict("sessie.status.verboden", from.name(), target.name());
        }
        if (target == SessionStatus.CANCELLED) {
            LocalDateTime now = Amsterdam.now();
            for (Enrolment e : enrolments.ofSession(id)) {
                if (e.getStatus() == EnrolmentStatus.BOOKED || e.getStatus() == EnrolmentStatus.WAITLISTED) {
                    e.cancel(now);
                    changes.fire(new EnrolmentChanged(e.getId(), EnrolmentChanged.Kind.SESSION_CANCELLED));
                }
            }
        }
        if (target == SessionStatus.HELD) {
            for (Enrolment e : enrolments.ofSession(id)) {
                if (e.getStatus() == EnrolmentStatus.ATTENDED || e.getStatus() == EnrolmentStatus.PARTIALLY_ATTENDED) {
                    changes.fire(new EnrolmentChanged(e.getId(), EnrolmentChanged.Kind.EVALUATION_REQUESTED));
                }
            }
        }
        audit.record(target == SessionStatus.CANCELLED ? "SESSION_CANCELLED" : "SESSION_STATUS_" + target.name(), "session", id);
        LOG.info(() -> "Session " + id + " " + from + " -> " + target + " by " + caller.getCallerPrincipal().getName());
        return SessionView.of(session, countsOf(List.of(id)).getOrDefault(id, Map.of()));
    }

    /** One page of the sessions the caller may see, narrowed to the statuses the query names. */
    // Reads only: no transaction of its own, so no commit round trip to the database per page.
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.NGB, Roles.PARTICIPANT, Roles.TRAINER, Roles.BZK, Roles.ADMIN})
    public SessionPage list(SessionQuery query) {
        return new SessionPage(sessions(query), count(query));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    /** The page of sessions that {@link #list} gives, without counting them all (a table counts once, apart). */
    @RolesAllowed({Roles.NGB, Roles.PARTICIPANT, Roles.TRAINER, Roles.BZK, Roles.ADMIN})
    public List<SessionView> sessions(SessionQuery query) {
        SessionQuery visible = query.withStatuses(visibleOf(query.statuses()));
        if (visible.statuses().isEmpty()) {
            return List.of();
        }
        List<TrainingSession> page = sessions.find(visible);
        Map<Long, Map<EnrolmentStatus, Long>> counts = countsOf(page.stream().map(TrainingSession::getId).toList());
        // The caller's roles are asked once per page, not per row.
        boolean ngb = caller.isCallerInRole(Roles.NGB);
        boolean trainer = caller.isCallerInRole(Roles.TRAINER);
        String name = caller.getCallerPrincipal().getName();
        return page.stream().map(s -> forCaller(SessionView.of(s, counts.getOrDefault(s.getId(), Map.of())), ngb, trainer, name))
                .toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    /** How many sessions the caller may see match the query (its paging aside). */
    @RolesAllowed({Roles.NGB, Roles.PARTICIPANT, Roles.TRAINER, Roles.BZK, Roles.ADMIN})
    public long count(SessionQuery query) {
        SessionQuery visible = query.withStatuses(visibleOf(query.statuses()));
        return visible.statuses().isEmpty() ? 0 : sessions.count(visible);
    }

    private Map<Long, Map<EnrolmentStatus, Long>> countsOf(List<Long> ids) {
        return enrolments.countsBySession(ids);
    }

    /** The sessions the calling trainer gives. */
    @RolesAllowed(Roles.TRAINER)
    public List<SessionView> mine() {
        List<TrainingSession> own = sessions.ofTrainer(caller.getCallerPrincipal().getName());
        Map<Long, Map<EnrolmentStatus, Long>> counts = countsOf(own.stream().map(TrainingSession::getId).toList());
        return own.stream().map(s -> SessionView.of(s, counts.getOrDefault(s.getId(), Map.of()))).toList();
    }

    /** The session with this id, if the caller may see it. */
    @RolesAllowed({Roles.NGB, Roles.PARTICIPANT, Roles.TRAINER, Roles.BZK, Roles.ADMIN})
    public Optional<SessionView> find(long id) {
        return sessions.find(id)
                .filter(s -> !visibleOf(EnumSet.of(s.getStatus())).isEmpty())
                .map(s -> forCaller(SessionView.of(s, countsOf(List.of(id)).getOrDefault(id, Map.of()))));
    }

    /** NGB and the session's own trainers see its notes and trainers; participants, BZK and anyone else do not. */
    private SessionView forCaller(SessionView session) {
        return forCaller(session, caller.isCallerInRole(Roles.NGB), caller.isCallerInRole(Roles.TRAINER),
                caller.getCallerPrincipal().getName());
    }

    private static SessionView forCaller(SessionView session, boolean ngb, boolean trainer, String name) {
        boolean internal = ngb || trainer && session.trainers().contains(name);
        return internal ? session : session.withoutInternals();
    }

    /** The offer from this day on: the sessions a participant can join or wait for. */
    public static SessionQuery offerFrom(LocalDate day) {
        return SessionQuery.inStatuses(PUBLIC_STATUSES).between(day, null);
    }

    /** The offer from today on (in Amsterdam). */
    public static SessionQuery offer() {
        return offerFrom(Amsterdam.now().toLocalDate());
    }

    /** Every session that is open or full, whenever it starts. */
    public static SessionQuery openOrFull() {
        return SessionQuery.inStatuses(PUBLIC_STATUSES);
    }

    /** The day of the first session in the offer that still takes enrolments; today when none does. */
    @RolesAllowed({Roles.NGB, Roles.PARTICIPANT, Roles.TRAINER, Roles.BZK, Roles.ADMIN})
    public LocalDate firstDayOpenForEnrolment() {
        LocalDate today = Amsterdam.now().toLocalDate();
        return list(offerFrom(today).page(0, 50)).sessions().stream().filter(SessionView::enrolmentOpen)
                .map(s -> s.start().toLocalDate()).findFirst().orElse(today);
    }

    private TrainingSession lockedSession(long id) {
        return sessions.lock(id).orElseThrow(() -> new NotFound("api.sessie.niet.gevonden"));
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
