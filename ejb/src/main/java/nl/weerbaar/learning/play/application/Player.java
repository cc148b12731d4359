package nl.weerbaar.learning.play.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weerbaar.learning.play.domain.Attempt;
import nl.weerbaar.learning.play.domain.AttemptStatus;
import nl.weerbaar.learning.play.domain.AttemptStep;
import nl.weerbaar.learning.scenario.domain.ScenarioVersion;
import nl.weerbaar.people.domain.Participant;
import nl.weerbaar.people.domain.ParticipantRepository;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.platform.validation.InvalidInputException;
import nl.weerbaar.scenarios.LearningModule;
import nl.weerbaar.scenarios.Playthrough;
import nl.weerbaar.scenarios.Scenario;
import nl.weerbaar.scenarios.Theme;
import nl.weerbaar.learning.completion.application.Completions;
import nl.weerbaar.learning.records.application.LearningRecords;
import nl.weerbaar.learning.scenario.application.ScenarioLibrary;
import nl.weerbaar.people.application.CallingParticipant;

/**
 * The participant plays scenarios: she starts an attempt in a module (on the scenario's current
 * published version, to which the attempt stays pinned), takes one choice at a time, and can leave
 * and come back: the stored steps, replayed, give her exactly where she was.
 */
@Stateless
@RolesAllowed(Roles.PARTICIPANT)
public class Player {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private ParticipantRepository participants;

    @Inject
    private ScenarioLibrary library;

    @Inject
    private ModuleProgressQuery progress;

    @Inject
    private LearningRecords records;

    @Inject
    private Completions completions;

    public List<ModuleProgress> modules() {
        return progress.of(selfId());
    }

    /**
     * Starts an attempt at a scenario of the module: the named one, or else the first required
     * scenario she has not passed yet. An attempt of the same scenario still in progress is left as
     * it was (kept, no longer resumed).
     */
    public AttemptView start(String moduleId, String scenarioId) {
        Participant self = self();
        LearningModule module = LearningModule.shipped(moduleId).orElseThrow(() -> new NotFound("leren.module.niet.gevonden"));
        String chosen = scenarioId != null && !scenarioId.isBlank() ? scenarioId : nextToDo(module, self.getId());
        if (!module.contains(chosen)) {
            throw new NotFound("leren.scenario.niet.gevonden");
        }
        ScenarioVersion version = library.current(chosen).orElseThrow(() -> new NotFound("leren.scenario.niet.gevonden"));
        em.createQuery("select a from Attempt a where a.participantId = :p and a.status = :open "
                        + "and a.scenarioId = :s", Attempt.class)
                .setParameter("p", self.getId()).setParameter("open", AttemptStatus.IN_PROGRESS).setParameter("s", chosen)
                .getResultList().forEach(Attempt::abandon);
        Scenario scenario = library.scenario(version);
        Attempt attempt = Attempt.start(self.getId(), LearningRecords.mboxSha1(self.getEmail()), module.id(), version,
                scenario.start(), Amsterdam.now());
        em.persist(attempt);
        em.flush();
        records.launched(attempt, scenario);
        return view(attempt, scenario, List.of());
    }

    /**
     * Takes a choice at the attempt's current node.
     *
     * @throws InvalidInputException when the node does not offer the choice, or the attempt is over
     */
    public StepResult choose(long attemptId, String choiceId) {
        Attempt attempt = own(attemptId, selfId(), LockModeType.PESSIMISTIC_WRITE);
        if (attempt.getStatus() != AttemptStatus.IN_PROGRESS) {
            throw InvalidInputException.of("choiceId", "leren.poging.voorbij");
        }
        Scenario scenario = library.published(attempt.getScenarioVersionId());
        Playthrough play = Playthrough.replay(scenario, steps(attempt).stream().map(AttemptStep::getChoiceId).toList());
        Scenario.Node at = play.current();
        Playthrough.Step step;
        try {
            step = play.choose(choiceId == null ? "" : choiceId);
        } catch (Playthrough.UnknownChoice e) {
            throw InvalidInputException.of("choiceId", "leren.keuze.niet.aangeboden");
        }
        em.persist(attempt.record(at.id(), choiceId, play, Amsterdam.now()));
        records.answered(attempt, scenario, at, choiceId);
        if (play.finished()) {
            records.finished(attempt, scenario, play);
            if (play.passed()) {
                completions.refresh(attempt.getParticipantId());
            }
        }
        return new StepResult(step.feedback(), scores(play.scores()), NodeView.of(step.node()), play.finished(),
                play.finished() ? step.node().debrief() : null, play.finished() ? play.passed() : null);
    }

    /** Her attempt so far; someone else's attempt does not exist for her. */
    public AttemptView attempt(long attemptId) {
        Attempt attempt = own(attemptId, selfId(), LockModeType.NONE);
        return view(attempt, library.published(attempt.getScenarioVersionId()), steps(attempt));
    }

    private String nextToDo(LearningModule module, long participantId) {
        List<String> passed = progress.passedScenarios(participantId);
        return module.requiredScenarios().stream().filter(s -> !passed.contains(s)).findFirst()
                .orElse(module.scenarios().get(0));
    }

    private List<AttemptStep> steps(Attempt attempt) {
        return em.createQuery("select s from AttemptStep s where s.attemptId = :a order by s.seq", AttemptStep.class)
                .setParameter("a", attempt.getId()).getResultList();
    }

    private Attempt own(long attemptId, long self, LockModeType lock) {
        Attempt attempt = em.find(Attempt.class, attemptId, lock);
        if (attempt == null || !attempt.isOwnedBy(self)) {
            throw new NotFound("leren.poging.niet.gevonden");
        }
        return attempt;
    }

    private long selfId() {
        return CallingParticipant.idOf(participants, caller);
    }

    private Participant self() {
        return CallingParticipant.of(participants, caller);
    }

    static AttemptView view(Attempt attempt, Scenario scenario, List<AttemptStep> taken) {
        Playthrough play = Playthrough.replay(scenario, taken.stream().map(AttemptStep::getChoiceId).toList());
        List<AttemptView.TakenStep> steps = new ArrayList<>();
        for (AttemptStep step : taken) {
            Scenario.Node node = scenario.node(step.getNodeId()).orElseThrow();
            Scenario.Choice choice = node.choices().stream().filter(c -> c.id().equals(step.getChoiceId())).findFirst()
                    .orElse(null);
            steps.add(new AttemptView.TakenStep(node.id(), node.text(), step.getChoiceId(),
                    choice == null ? null : choice.text(), choice == null ? null : choice.feedback()));
        }
        return new AttemptView(attempt.getId(), attempt.getModuleId(), attempt.getScenarioId(), scenario.title(),
                scenario.part().name(), attempt.getVersion(), attempt.getStatus().name(), attempt.getStartedAt(), attempt.getFinishedAt(), steps,
                NodeView.of(play.current()), scores(play.scores()), play.total(), scenario.passMark(), play.finished(),
                play.passed(), play.finished() ? play.current().debrief() : null);
    }

    static Map<String, Integer> scores(Map<Theme, Integer> scores) {
        Map<String, Integer> map = new LinkedHashMap<>();
        scores.forEach((theme, points) -> map.put(theme.name(), points));
        return map;
    }
}
