package nl.weerbaar.evaluation.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import nl.weerbaar.evaluation.domain.EvaluationReceipt;
import nl.weerbaar.evaluation.domain.EvaluationRepository;
import nl.weerbaar.evaluation.domain.EvaluationResponse;
import nl.weerbaar.people.application.CallingParticipant;
import nl.weerbaar.people.domain.ParticipantRepository;
import nl.weerbaar.planning.application.query.Attendance;
import nl.weerbaar.planning.application.query.AttendanceQuery;
import nl.weerbaar.planning.application.query.SessionFacts;
import nl.weerbaar.planning.application.query.SessionLookup;
import nl.weerbaar.platform.Quarter;
import nl.weerbaar.platform.errors.Conflict;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.platform.validation.InvalidInputException;

/**
 * Session evaluations: once a session is held, each attendee may answer once. Answers are stored
 * without a link to her; NGB sees aggregates of every session, a trainer of the sessions she gives,
 * and nothing (not even the count) while fewer than {@value #MIN_RESPONDENTS} answered; a quarter
 * counts only sessions that reach that number themselves. Sessions and who attended them it asks planning.
 */
@Stateless
public class Evaluations {

    public static final int MIN_RESPONDENTS = 3;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private AttendanceQuery attendance;

    @Inject
    private SessionLookup sessions;

    @Resource
    private SessionContext caller;

    @Inject
    private ParticipantRepository participants;

    @Inject
    private Validator validator;

    /** The held sessions she attended and has not evaluated yet. */
    @RolesAllowed(Roles.PARTICIPANT)
    public List<PendingEvaluation> pending() {
        List<Attendance> held = attendance.of(selfId()).stream().filter(a -> a.session().held()).toList();
        Set<Long> evaluated = evaluations.evaluated(held.stream().map(Attendance::enrolmentId).toList());
        return held.stream().filter(a -> !evaluated.contains(a.enrolmentId()))
                .map(a -> new PendingEvaluation(a.session().id(), a.session().title())).toList();
    }

    @RolesAllowed(Roles.PARTICIPANT)
    public void submit(long sessionId, EvaluationForm form) {
        Set<ConstraintViolation<EvaluationForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Attendance attended = attendance.of(selfId()).stream().filter(a -> a.session().id() == sessionId).findFirst()
                .orElseThrow(() -> new NotFound("evaluatie.sessie.niet.gevonden"));
        if (!attended.session().held()) {
            throw new Conflict("evaluatie.nog.niet");
        }
        if (evaluations.evaluated(attended.enrolmentId())) {
            throw new Conflict("evaluatie.al.ingevuld");
        }
        String comments = form.getComments() == null || form.getComments().isBlank() ? null : form.getComments().strip();
        evaluations.store(new EvaluationReceipt(attended.enrolmentId()),
                new EvaluationResponse(sessionId, form.getOverall(), form.getUsefulness(), form.getTrainers(), comments));
    }

    /** The session's evaluations, for its trainers and NGB. */
    @RolesAllowed({Roles.NGB, Roles.TRAINER})
    public EvaluationSummary ofSession(long sessionId) {
        SessionFacts session = sessions.find(sessionId).filter(this::visible)
                .orElseThrow(() -> new NotFound("api.sessie.niet.gevonden"));
        return summarise(session.title(), evaluations.ofSession(sessionId));
    }

    /** Every held session the caller may see (NGB: all; a trainer: hers), newest first, with its evaluations. */
    @RolesAllowed({Roles.NGB, Roles.TRAINER})
    public List<EvaluationSummary> perSession() {
        Map<Long, List<EvaluationResponse>> bySession = new HashMap<>();
        evaluations.all().forEach(r -> bySession.computeIfAbsent(r.getSessionId(), k -> new ArrayList<>()).add(r));
        return sessions.held().stream().filter(this::visible)
                .map(s -> summarise(s.title() + " (" + s.start().toLocalDate().format(DAY) + ")",
                        bySession.getOrDefault(s.id(), List.of())))
                .toList();
    }

    /**
     * Per quarter of the session dates, over the held sessions the caller may see (NGB: all; a trainer:
     * hers). A quarter adds up only the sessions that reach {@value #MIN_RESPONDENTS} respondents
     * themselves, so its total minus the sessions shown one by one never gives away a smaller one.
     */
    @RolesAllowed({Roles.NGB, Roles.TRAINER})
    public List<EvaluationSummary> perQuarter() {
        Map<Long, LocalDateTime> starts = new HashMap<>();
        sessions.held().stream().filter(this::visible).forEach(s -> starts.put(s.id(), s.start()));
        return perQuarter(starts, evaluations.all());
    }

    /** The rule of {@link #perQuarter()}: sessions by start, only those with enough respondents of their own. */
    static List<EvaluationSummary> perQuarter(Map<Long, LocalDateTime> starts, List<EvaluationResponse> responses) {
        Map<Long, List<EvaluationResponse>> bySession = new HashMap<>();
        for (EvaluationResponse response : responses) {
            if (starts.containsKey(response.getSessionId())) {
                bySession.computeIfAbsent(response.getSessionId(), k -> new ArrayList<>()).add(response);
            }
        }
        Map<String, List<EvaluationResponse>> byQuarter = new TreeMap<>();
        bySession.forEach((session, answers) -> {
            if (answers.size() >= MIN_RESPONDENTS) {
                byQuarter.computeIfAbsent(Quarter.of(starts.get(session)).label(), q -> new ArrayList<>()).addAll(answers);
            }
        });
        List<EvaluationSummary> summaries = new ArrayList<>();
        byQuarter.forEach((quarter, answers) -> summaries.add(summarise(quarter, answers)));
        return summaries;
    }

    /** NGB sees every session; a trainer the sessions she gives. */
    private boolean visible(SessionFacts session) {
        return caller.isCallerInRole(Roles.NGB) || session.givenBy(caller.getCallerPrincipal().getName());
    }

    /** Below the threshold not even the number of respondents is told: it would single out the few who answered. */
    static EvaluationSummary summarise(String label, List<EvaluationResponse> responses) {
        if (responses.size() < MIN_RESPONDENTS) {
            return new EvaluationSummary(label, null, null, null, null, List.of());
        }
        List<String> comments = new ArrayList<>(responses.stream().map(EvaluationResponse::getComments)
                .filter(Objects::nonNull).toList());
        Collections.shuffle(comments);
        return new EvaluationSummary(label, (long) responses.size(),
                responses.stream().mapToInt(EvaluationResponse::getOverall).average().orElseThrow(),
                responses.stream().mapToInt(EvaluationResponse::getUsefulness).average().orElseThrow(),
                responses.stream().mapToInt(EvaluationResponse::getTrainers).average().orElseThrow(), comments);
    }

    private long selfId() {
        return CallingParticipant.idOf(participants, caller);
    }
}
