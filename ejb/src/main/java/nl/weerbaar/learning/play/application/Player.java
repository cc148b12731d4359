package nl.weerbaar.learning.play.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import nl.weerbaar.learning.play.domain.Attempt;
import nl.weerbaar.learning.play.domain.AttemptRepository;
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
import nl.weerbaar.scenarios.ScenarioProblem;
import nl.weerbaar.scenarios.ScenarioReader;
import nl.weerbaar.scenarios.ScenarioValidator;
import nl.weerbaar.scenarios.Theme;
import nl.weerbaar.scenarios.Wording;
import nl.weerbaar.learning.completion.application.Completions;
import nl.weerbaar.learning.records.application.LearningRecords;
import nl.weerbaar.learning.scenario.application.ScenarioLibrary;
import nl.weerbaar.learning.scenario.application.ScenarioRejected;
import nl.weerbaar.people.application.CallingParticipant;

/**
 * The participant plays scenarios: she starts an attempt in a module (on the scenario's current
 * published version, to which the attempt stays pinned), takes one choice at a time, and can leave
 * and come back: the stored steps, replayed, give her exactly where she was, with each decision's
 * choices in the order of that attempt (a new attempt shuffles them anew). She reads the scenario in
 * her language where it has an English text; the Dutch version is the one played. Trainers preview a
 * scenario file with the same rules, in the file's order and language, and nothing is stored.
 */
@Stateless
@RolesAllowed(Roles.PARTICIPANT)
public class Player {

    @Inject
    private AttemptRepository attempts;

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

    /** Her modules, with the scenarios' titles in her language. */
    public List<ModuleProgress> modules(Locale locale) {
        return progress.of(selfId(), locale);
    }

    /**
     * Starts an attempt at a scenario of the module: the named one, or else the first required
     * scenario she has not passed yet. An attempt of the same scenario still in progress is left as
     * it was (kept, no longer resumed). The new attempt gets its own order of choices.
     */
    public AttemptView start(String moduleId, String scenarioId, Locale locale) {
        Participant self = self();
        LearningModule module = LearningModule.shipped(moduleId).orElseThrow(() -> new NotFound("leren.module.niet.gevonden"));
        String chosen = scenarioId != null && !scenarioId.isBlank() ? scenarioId : nextToDo(module, self.getId());
        if (!module.contains(chosen)) {
            throw new NotFound("leren.scenario.niet.gevonden");
        }
        ScenarioVersion version = library.current(chosen).orElseThrow(() -> new NotFound("leren.scenario.niet.gevonden"));
        attempts.inProgress(self.getId(), chosen).forEach(Attempt::abandon);
        Scenario scenario = library.scenario(version);
        Attempt attempt = Attempt.start(self.getId(), module.id(), version,
                scenario.start(), Amsterdam.now());
        attempts.store(attempt);
        records.launched(attempt, scenario, library.wording(version, Locale.ENGLISH));
        return view(attempt, scenario, library.wording(version, locale), List.of());
    }

    /**
     * Takes a choice at the attempt's current node.
     *
     * @throws InvalidInputException when the node does not offer the choice, or the attempt is over
     */
    public StepResult choose(long attemptId, String choiceId, Locale locale) {
        Attempt attempt = attempts.findForStep(attemptId, caller.getCallerPrincipal().getName())
                .orElseThrow(() -> new NotFound("leren.poging.niet.gevonden"));
        if (attempt.getStatus() != AttemptStatus.IN_PROGRESS) {
            throw InvalidInputException.of("choiceId", "leren.poging.voorbij");
        }
        Scenario scenario = library.published(attempt.getScenarioVersionId());
        Playthrough play = Playthrough.replay(scenario, choicesOf(attempts.steps(attempt.getId())));
        Scenario.Node at = play.current();
        Playthrough.Step step = take(play, choiceId);
        attempts.append(attempt.record(at.id(), choiceId, play, Amsterdam.now()));
        Wording english = library.wording(attempt.getScenarioVersionId(), Locale.ENGLISH);
        records.answered(attempt, scenario, english, at, choiceId);
        if (play.finished()) {
            records.finished(attempt, scenario, english, play);
            if (play.passed()) {
                completions.refresh(attempt.getParticipantId());
            }
        }
        Wording words = library.wording(attempt.getScenarioVersionId(), locale);
        String feedback = at.type() == Scenario.Type.DECISION
                ? words.feedback(at, at.choices().stream().filter(c -> c.id().equals(choiceId)).findFirst().orElseThrow()) : null;
        return new StepResult(feedback, scores(play.scores()), NodeView.of(step.node(), words, attempt.choiceOrder()),
                play.finished(), play.finished() ? words.debrief(step.node()) : null, play.finished() ? play.passed() : null,
                words.language());
    }

    /** Her attempt so far, in her language; someone else's attempt does not exist for her. */
    public AttemptView attempt(long attemptId, Locale locale) {
        Attempt attempt = own(attemptId, selfId(), attempts::find);
        return view(attempt, library.published(attempt.getScenarioVersionId()),
                library.wording(attempt.getScenarioVersionId(), locale), attempts.steps(attempt.getId()));
    }

    /**
     * The trainers' preview: plays a scenario file (saved or not) through the choices taken so far,
     * as a participant would, without storing an attempt. The choices keep the file's order, so the
     * trainer can hold what she sees against the file she is editing.
     *
     * @throws ScenarioRejected when the file is not valid
     * @throws InvalidInputException when a choice is not offered where it was taken
     */
    @RolesAllowed(Roles.TRAINER)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Preview preview(String fileName, String text, List<String> choices) {
        List<ScenarioProblem> problems = ScenarioValidator.validate(fileName, text);
        if (!problems.isEmpty()) {
            throw new ScenarioRejected(problems);
        }
        Scenario scenario = ScenarioReader.read(fileName, text).scenario();
        Playthrough play = Playthrough.start(scenario);
        String feedback = null;
        for (String choiceId : choices) {
            feedback = take(play, choiceId).feedback();
        }
        return new Preview(NodeView.of(play.current()), feedback, scores(play.scores()), play.total(), play.finished(),
                play.passed(), play.finished() ? play.current().debrief() : null);
    }

    private static Playthrough.Step take(Playthrough play, String choiceId) {
        try {
            return play.choose(choiceId == null ? "" : choiceId);
        } catch (Playthrough.UnknownChoice e) {
            throw InvalidInputException.of("choiceId", "leren.keuze.niet.aangeboden");
        }
    }

    private static List<String> choicesOf(List<AttemptStep> steps) {
        return steps.stream().map(AttemptStep::getChoiceId).toList();
    }

    private String nextToDo(LearningModule module, long participantId) {
        List<String> passed = progress.passedScenarios(participantId);
        return module.requiredScenarios().stream().filter(s -> !passed.contains(s)).findFirst()
                .orElse(module.scenarios().get(0));
    }

    private static Attempt own(long attemptId, long self, LongFunction<Optional<Attempt>> find) {
        return find.apply(attemptId).filter(a -> a.isOwnedBy(self))
                .orElseThrow(() -> new NotFound("leren.poging.niet.gevonden"));
    }

    private long selfId() {
        return CallingParticipant.idOf(participants, caller);
    }

    private Participant self() {
        return CallingParticipant.of(participants, caller);
    }

    static AttemptView view(Attempt attempt, Scenario scenario, Wording words, List<AttemptStep> taken) {
        Playthrough play = Playthrough.replay(scenario, choicesOf(taken));
        List<AttemptView.TakenStep> steps = new ArrayList<>();
        for (AttemptStep step : taken) {
            Scenario.Node node = scenario.node(step.getNodeId()).orElseThrow();
            Scenario.Choice choice = node.choices().stream().filter(c -> c.id().equals(step.getChoiceId())).findFirst()
                    .orElse(null);
            steps.add(new AttemptView.TakenStep(node.id(), words.text(node), step.getChoiceId(),
                    choice == null ? null : words.text(node, choice), choice == null ? null : words.feedback(node, choice)));
        }
        return new AttemptView(attempt.getId(), attempt.getModuleId(), attempt.getScenarioId(), words.title(),
                scenario.part().name(), attempt.getVersion(), attempt.getStatus().name(), attempt.getStartedAt(), attempt.getFinishedAt(), steps,
                NodeView.of(play.current(), words, attempt.choiceOrder()), scores(play.scores()), play.total(), scenario.passMark(),
                play.finished(), play.passed(), play.finished() ? words.debrief(play.current()) : null, words.language());
    }

    static Map<String, Integer> scores(Map<Theme, Integer> scores) {
        Map<String, Integer> map = new LinkedHashMap<>();
        scores.forEach((theme, points) -> map.put(theme.name(), points));
        return map;
    }
}
