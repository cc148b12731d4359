package nl.weerbaar.evaluation.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import nl.weerbaar.evaluation.domain.EvaluationReceipt;
import nl.weerbaar.evaluation.domain.EvaluationResponse;
import nl.weerbaar.people.domain.Participant;
import nl.weerbaar.people.domain.ParticipantRepository;
import nl.weerbaar.platform.Quarter;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.planning.domain.Enrolment;
import nl.weerbaar.planning.domain.EnrolmentStatus;
import nl.weerbaar.planning.domain.SessionStatus;
import nl.weerbaar.planning.domain.TrainingSession;
import nl.weerbaar.platform.errors.Conflict;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.platform.validation.InvalidInputException;
import nl.weerbaar.people.application.CallingParticipant;

/**
 * Session evaluations: once a session is held, each attendee may answer once. Answers are stored
 * without a link to her; trainers and NGB see aggregates only, and nothing but the count while
 * fewer than {@value #MIN_RESPONDENTS} answered.
 */
@Stateless
public class Evaluations {

    public static final int MIN_RESPONDENTS = 3;

    private static final Set<EnrolmentStatus> ATTENDED = Set.of(EnrolmentStatus.ATTENDED, EnrolmentStatus.PARTIALLY_ATTENDED);
    private static final Set<SessionStatus> HELD = Set.of(SessionStatus.HELD, SessionStatus.CLOSED);

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private ParticipantRepository participants;

    @Inject
    private Validator validator;

    /** The held sessions she attended and has not evaluated yet. */
    @RolesAllowed(Roles.PARTICIPANT)
    public List<TrainingSession> pending() {
        Participant self = self();
        return em.createQuery("select e.session from Enrolment e where e.participant.id = :p and e.status in :attended "
                        + "and e.session.status in :held "
                        + "and e.id not in (select x.enrolmentId from EvaluationReceipt x) order by e.session.start", TrainingSession.class)
                .setParameter("p", self.getId()).setParameter("attended", ATTENDED).setParameter("held", HELD)
                .getResultList();
    }

    @RolesAllowed(Roles.PARTICIPANT)
    public void submit(long sessionId, EvaluationForm form) {
        Set<ConstraintViolation<EvaluationForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Participant self = self();
        Enrolment enrolment = em.createQuery("select e from Enrolment e where e.participant.id = :p "
                        + "and e.session.id = :s and e.status in :attended", Enrolment.class)
                .setParameter("p", self.getId()).setParameter("s", sessionId).setParameter("attended", ATTENDED)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("evaluatie.sessie.niet.gevonden"));
        if (!HELD.contains(enrolment.getSession().getStatus())) {
            throw new Conflict("evaluatie.nog.niet");
        }
        if (em.find(EvaluationReceipt.class, enrolment.getId()) != null) {
            throw new Conflict("evaluatie.al.ingevuld");
        }
        em.persist(new EvaluationReceipt(enrolment.getId()));
        String comments = form.getComments() == null || form.getComments().isBlank() ? null : form.getComments().strip();
        em.persist(new EvaluationResponse(sessionId, form.getOverall(), form.getUsefulness(), form.getTrainers(), comments));
    }

    /** The session's evaluations, for its trainers and NGB. */
    @RolesAllowed({Roles.NGB, Roles.TRAINER})
    public EvaluationSummary ofSession(long sessionId) {
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        if (session == null || !(caller.isCallerInRole(Roles.NGB) || session.isTrainer(caller.getCallerPrincipal().getName()))) {
            throw new NotFound("api.sessie.niet.gevonden");
        }
        return summarise(session.getTitle(), em.createQuery("select r from EvaluationResponse r where r.sessionId = :s",
                EvaluationResponse.class).setParameter("s", sessionId).getResultList());
    }

    /** Every held session the caller may see (NGB: all; a trainer: hers), newest first, with its evaluations. */
    @RolesAllowed({Roles.NGB, Roles.TRAINER})
    public List<EvaluationSummary> perSession() {
        boolean ngb = caller.isCallerInRole(Roles.NGB);
        String me = caller.getCallerPrincipal().getName();
        Map<Long, List<EvaluationResponse>> bySession = new java.util.HashMap<>();
        em.createQuery("select r from EvaluationResponse r", EvaluationResponse.class).getResultList()
                .forEach(r -> bySession.computeIfAbsent(r.getSessionId(), k -> new ArrayList<>()).add(r));
        return em.createQuery("select s from TrainingSession s where s.status in :held order by s.start desc",
                        TrainingSession.class).setParameter("held", HELD).getResultStream()
                .filter(s -> ngb || s.isTrainer(me))
                .map(s -> summarise(s.getTitle() + " (" + s.getStart().toLocalDate().format(
                        java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")) + ")",
                        bySession.getOrDefault(s.getId(), List.of())))
                .toList();
    }

    /** Per quarter of the session dates, over all sessions (NGB and trainers). */
    @RolesAllowed({Roles.NGB, Roles.TRAINER})
    public List<EvaluationSummary> perQuarter() {
        List<Object[]> rows = em.createQuery("select s.start, r from EvaluationResponse r, TrainingSession s "
                + "where s.id = r.sessionId", Object[].class).getResultList();
        Map<String, List<EvaluationResponse>> byQuarter = new TreeMap<>();
        for (Object[] row : rows) {
            java.time.LocalDateTime start = (java.time.LocalDateTime) row[0];
            String quarter = Quarter.of(start).label();
            byQuarter.computeIfAbsent(quarter, q -> new ArrayList<>()).add((EvaluationResponse) row[1]);
        }
        List<EvaluationSummary> summaries = new ArrayList<>();
        byQuarter.forEach((quarter, responses) -> summaries.add(summarise(quarter, responses)));
        return summaries;
    }

    static EvaluationSummary summarise(String label, List<EvaluationResponse> responses) {
        if (responses.size() < MIN_RESPONDENTS) {
            return new EvaluationSummary(label, responses.size(), null, null, null, List.of());
        }
        List<String> comments = new ArrayList<>(responses.stream().map(EvaluationResponse::getComments)
                .filter(Objects::nonNull).toList());
        Collections.shuffle(comments);
        return new EvaluationSummary(label, responses.size(),
                responses.stream().mapToInt(EvaluationResponse::getOverall).average().orElseThrow(),
                responses.stream().mapToInt(EvaluationResponse::getUsefulness).average().orElseThrow(),
                responses.stream().mapToInt(EvaluationResponse::getTrainers).average().orElseThrow(), comments);
    }

    private Participant self() {
        return CallingParticipant.of(participants, caller);
    }
}
