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
 * <p>Locking: every change takes a pessimistic write lock ({@code SELECT … FOR UPDATE}) on the
 * session row before it counts places, and on the participant row before it checks her other
 * enrolments (participant first, then session, always in that order, so no deadlock). Requests for
 * one session therefore run one after the other: the booked count read under the lock is exact, so
 * a session is never overbooked, and a waitlist number drawn under the lock follows commit order.
 * Optimistic locking would be correct too, but under a rush on one session most requests would
 * fail and retry; the lock is held for a few milliseconds only.
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
        TrainingSession session = lockedSession(sessionId);
        LocalDateTime now = Amsterdam.now();
        if (!session.takesEnrolments(now)) {
            throw new Conflict("enrolment.sessie.gesloten");
        }
        long booked = enrolments.count(sessionId, EnrolmentStatus.BOOKED);
        Enrolment enrolment = booked < session.getCapacity()
                ? Enrolment.booked(session, participant, now)
                : Enrolment.waitlisted(session, participant, enrolments.nextQueueNumber(sessionId), now);
        session.reflectBookings(booked + (enrolment.getStatus() == EnrolmentStatus.BOOKED ? 1 : 0));
        enrolments.store(enrolment);
        audit.record("ENROLMENT_CREATED", "participant", participantId);
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
            waitlist.fill(session, 1, now);
        }
        session.reflectBookings(enrolments.count(session.getId(), EnrolmentStatus.BOOKED));
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
