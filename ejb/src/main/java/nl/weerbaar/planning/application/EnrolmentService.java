package nl.weerbaar.planning.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.audit.application.AuditLog;
import nl.weerbaar.people.application.ParticipantErased;
import nl.weerbaar.people.domain.Participant;
import nl.weerbaar.people.domain.ParticipantRepository;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.planning.domain.Enrolment;
import nl.weerbaar.planning.domain.EnrolmentRepository;
import nl.weerbaar.planning.domain.EnrolmentStatus;
import nl.weerbaar.planning.domain.PlaceDraw;
import nl.weerbaar.planning.domain.SessionStatus;
import nl.weerbaar.planning.domain.TrainingSession;
import nl.weerbaar.planning.domain.TrainingSessionRepository;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.errors.Conflict;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.platform.validation.InvalidInputException;

/**
 * Enrolling, cancelling, the waitlist and attendance.
 *
 * <p>Locking: an enrolment locks the participant row first ({@code SELECT … FOR UPDATE}), so her
 * enrolments change one at a time, checks and audits, and only then touches the session row, with one
 * conditional update of its counters that decides booked or waitlisted
 * ({@link TrainingSessionRepository#drawPlace}); what follows under that row lock is only the
 * enrolment's own row and its outbox mail. Cancellations and other changes lock the session row
 * ({@code SELECT … FOR UPDATE}) and keep the counters in step. Every change to a session's places
 * thus holds its row lock until commit: a session is never overbooked, and waitlist numbers follow
 * commit order without gaps. Always participant first, then session, so no deadlock.
 */
@Stateless
public class EnrolmentService {

    @Inject
    private TrainingSessionRepository sessions;

    @Inject
    private EnrolmentRepository enrolments;

    @Inject
    private WaitlistPromotion waitlist;

    @Inject
    private ParticipantRepository participants;

    @Inject
    private Event<EnrolmentChanged> changes;

    @EJB
    private AuditLog audit;

    @Resource
    private SessionContext caller;

    @Inject
    private Event<AttendanceRecorded> attendanceRecorded;

    /**
     * Enrols in the session: NGB the participant it names, a participant herself (whom she names
     * does not matter). Booked while places are free, else on the waitlist.
     *
     * @throws InvalidInputException when NGB names no participant
     */
    @RolesAllowed({Roles.PARTICIPANT, Roles.NGB})
    public EnrolmentView enrol(long sessionId, Long participantId) {
        if (!caller.isCallerInRole(Roles.NGB)) {
            return enrolSelf(sessionId);
        }
        if (participantId == null) {
            throw InvalidInputException.of("participantId", "weerbaar.inschrijving.deelnemer.verplicht");
        }
        return enrolOnBehalf(sessionId, participantId);
    }

    /** The caller enrols herself: booked while places are free, else on the waitlist. */
    @RolesAllowed(Roles.PARTICIPANT)
    public EnrolmentView enrolSelf(long sessionId) {
        Participant self = participants.byAccount(caller.getCallerPrincipal().getName())
                .orElseThrow(() -> new Conflict("enrolment.geen.deelnemer"));
        return enrolParticipant(sessionId, self.getId());
    }

    /** NGB enrols a participant on her behalf. */
    @RolesAllowed(Roles.NGB)
    public EnrolmentView enrolOnBehalf(long sessionId, long participantId) {
        return enrolParticipant(sessionId, participantId);
    }

    private EnrolmentView enrolParticipant(long sessionId, long participantId) {
        Participant participant = enrolments.lockParticipant(participantId)
                .orElseThrow(() -> new NotFound("api.deelnemer.niet.gevonden"));
        // Checked before the session lock (her own row is locked already), to keep that lock short.
        if (enrolments.hasActive(participantId)) {
            throw new Conflict("enrolment.al.ingeschreven");
        }
        // Read without a lock: the deadline is the planner's, and a change racing this request may as
        // well come after it; the status is checked again by the draw itself.
        TrainingSession session = sessions.find(sessionId).orElseThrow(() -> new NotFound("api.sessie.niet.gevonden"));
        LocalDateTime now = Amsterdam.now();
        if (!session.takesEnrolments(now)) {
            throw new Conflict("enrolment.sessie.gesloten");
        }
        audit.record("ENROLMENT_CREATED", "participant", participantId);
        // From here the session's row is locked until commit.
        PlaceDraw draw = sessions.drawPlace(sessionId).orElseThrow(() -> new Conflict("enrolment.sessie.gesloten"));
        Enrolment enrolment = draw.booked()
                ? Enrolment.booked(session, participant, now)
                : Enrolment.waitlisted(session, participant, draw.queueNumber(), now);
        enrolments.store(enrolment);
        changes.fire(new EnrolmentChanged(enrolment.getId(), enrolment.getStatus() == EnrolmentStatus.BOOKED
                ? EnrolmentChanged.Kind.BOOKED : EnrolmentChanged.Kind.WAITLISTED));
        return view(enrolment);
    }

    /**
     * Cancels an enrolment; a freed place goes to the first on the waitlist at once. A participant
     * may cancel only her own, and only before the cancellation deadline; NGB may always.
     */
    @RolesAllowed({Roles.PARTICIPANT, Roles.NGB})
    public void cancel(long sessionId, long participantId) {
        boolean staff = caller.isCallerInRole(Roles.NGB);
        if (!staff) {
            requireSelf(participantId);
        }
        TrainingSession session = lockedSession(sessionId);
        Enrolment enrolment = enrolments.current(sessionId, participantId)
                .filter(e -> e.getStatus() == EnrolmentStatus.BOOKED || e.getStatus() == EnrolmentStatus.WAITLISTED)
                .orElseThrow(() -> new NotFound("enrolment.niet.gevonden"));
        LocalDateTime now = Amsterdam.now();
        if (!staff && !session.allowsSelfCancellation(now)) {
            throw new Conflict("enrolment.annuleren.te.laat");
        }
        cancel(session, enrolment, staff ? EnrolmentChanged.Kind.CANCELLED_BY_NGB
                : EnrolmentChanged.Kind.CANCELLED_BY_PARTICIPANT, now);
    }

    /**
     * Erasure: her open enrolment is cancelled as NGB would, and its place goes to the waitlist. In
     * the erasing transaction (the people context fires the event), after her row is locked.
     */
    @PermitAll
    public void participantErased(@Observes ParticipantErased erased) {
        enrolments.openOf(erased.participantId()).ifPresent(open -> {
            TrainingSession session = lockedSession(open.getSession().getId());
            cancel(session, open, EnrolmentChanged.Kind.CANCELLED_BY_NGB, Amsterdam.now());
        });
    }

    /** Cancels a booked or waitlisted enrolment of a locked session; a freed place goes to the waitlist. */
    private void cancel(TrainingSession session, Enrolment enrolment, EnrolmentChanged.Kind kind, LocalDateTime now) {
        boolean freedAPlace = enrolment.getStatus() == EnrolmentStatus.BOOKED;
        enrolment.cancel(now);
        changes.fire(new EnrolmentChanged(enrolment.getId(), kind));
        if (freedAPlace) {
            session.reflectBookings(session.getBookedPlaces() - 1 + waitlist.fill(session, 1, now));
        }
        audit.record("ENROLMENT_CANCELLED", "participant", enrolment.getParticipant().getId());
    }

    /** The caller's own enrolment that is booked or waitlisted, if she has one; none for other roles. */
    @RolesAllowed({Roles.NGB, Roles.PARTICIPANT, Roles.TRAINER, Roles.BZK, Roles.ADMIN})
    public Optional<MyEnrolment> mine() {
        if (!caller.isCallerInRole(Roles.PARTICIPANT)) {
            return Optional.empty();
        }
        Participant self = participants.byAccount(caller.getCallerPrincipal().getName()).orElse(null);
        if (self == null) {
            return Optional.empty();
        }
        return enrolments.openOf(self.getId()).map(e -> {
            TrainingSession s = e.getSession();
            Integer position = e.getStatus() == EnrolmentStatus.WAITLISTED ? enrolments.waitlistPosition(e) : null;
            return new MyEnrolment(s.getId(), self.getId(), s.getTitle(), s.getStart(), s.getEnd(), s.getLocation(),
                    e.getStatus().name(), position, s.allowsSelfCancellation(Amsterdam.now()));
        });
    }

    /**
     * When the caller attended her training session, if she did: she cannot enrol again (an attended
     * enrolment stays active), so the offer tells her instead of offering a button. None for other roles.
     */
    @RolesAllowed({Roles.NGB, Roles.PARTICIPANT, Roles.TRAINER, Roles.BZK, Roles.ADMIN})
    public Optional<LocalDateTime> myTrainingAttended() {
        if (!caller.isCallerInRole(Roles.PARTICIPANT)) {
            return Optional.empty();
        }
        return participants.byAccount(caller.getCallerPrincipal().getName())
                .flatMap(self -> enrolments.attendedOf(self.getId()))
                .map(e -> e.getSession().getStart());
    }

    /** The session's enrolments with waitlist positions: for NGB and the session's own trainers. */
    @RolesAllowed({Roles.NGB, Roles.TRAINER})
    public List<EnrolmentView> ofSession(long sessionId) {
        TrainingSession session = sessions.find(sessionId).filter(this::mayManage)
                .orElseThrow(() -> new NotFound("api.sessie.niet.gevonden"));
        List<EnrolmentView> views = new ArrayList<>();
        int position = 0;
        for (Enrolment e : enrolments.ofSession(sessionId)) {
            views.add(EnrolmentView.of(e, e.getStatus() == EnrolmentStatus.WAITLISTED ? ++position : null));
        }
        audit.record("ENROLMENT_LIST_READ", "session", sessionId);
        return views;
    }

    /** Records attendance after the session has begun: a trainer of the session or NGB. */
    @RolesAllowed({Roles.NGB, Roles.TRAINER})
    public EnrolmentView recordAttendance(long sessionId, long participantId, EnrolmentStatus attendance) {
        TrainingSession session = lockedSession(sessionId);
        if (!mayManage(session)) {
            throw new NotFound("api.sessie.niet.gevonden");
        }
        if (Amsterdam.now().isBefore(session.getStart())
                || session.getStatus() == SessionStatus.CANCELLED) {
            throw new Conflict("enrolment.aanwezigheid.te.vroeg");
        }
        Enrolment enrolment = enrolments.current(sessionId, participantId)
                .orElseThrow(() -> new NotFound("enrolment.niet.gevonden"));
        if (enrolment.getStatus() == EnrolmentStatus.WAITLISTED) {
            throw new Conflict("enrolment.aanwezigheid.geen.plaats");
        }
        enrolment.recordAttendance(attendance, Amsterdam.now());
        audit.record("ATTENDANCE_RECORDED", "participant", participantId);
        attendanceRecorded.fire(new AttendanceRecorded(participantId, sessionId, attendance));
        return view(enrolment);
    }

    private boolean mayManage(TrainingSession session) {
        return SessionAccess.mayManage(caller, session);
    }

    private void requireSelf(long participantId) {
        Participant self = participants.byAccount(caller.getCallerPrincipal().getName()).orElse(null);
        if (self == null || self.getId() != participantId) {
            // Another participant's enrolment is not hers to see or change: as if it did not exist.
            throw new NotFound("enrolment.niet.gevonden");
        }
    }

    private TrainingSession lockedSession(long sessionId) {
        return sessions.lock(sessionId).orElseThrow(() -> new NotFound("api.sessie.niet.gevonden"));
    }

    private EnrolmentView view(Enrolment enrolment) {
        Integer position = null;
        if (enrolment.getStatus() == EnrolmentStatus.WAITLISTED) {
            position = enrolments.waitlistPosition(enrolment);
        }
        return EnrolmentView.of(enrolment, position);
    }
}
