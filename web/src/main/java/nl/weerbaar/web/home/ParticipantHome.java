package nl.weerbaar.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.evaluation.application.Evaluations;
import nl.weerbaar.evaluation.application.PendingEvaluation;
import nl.weerbaar.learning.completion.application.CompletionStatus;
import nl.weerbaar.learning.completion.application.Completions;
import nl.weerbaar.learning.play.application.ModuleProgress;
import nl.weerbaar.planning.application.EnrolmentService;
import nl.weerbaar.planning.application.MyEnrolment;
import nl.weerbaar.web.platform.pages.LanguageChoice;

/** A participant's home page: her session, her modules and the one thing to do next. */
@Named
@RequestScoped
public class ParticipantHome {

    /** What she should do next, in the order the training asks it of her. */
    public enum Step { EVALUATE, ENROL, PLAY, ATTEND, FINISHED }

    /** The phase of the modules played before the training day ({@code LearningModule.Phase.PRE}). */
    private static final String BEFORE_THE_DAY = "PRE";

    @Inject
    private EnrolmentService enrolments;

    @Inject
    private Completions completions;

    @Inject
    private Evaluations evaluations;

    @Inject
    private LanguageChoice language;

    private Optional<MyEnrolment> enrolment;
    private CompletionStatus status;
    private List<PendingEvaluation> pending;

    public MyEnrolment getEnrolment() {
        if (enrolment == null) {
            enrolment = enrolments.mine();
        }
        return enrolment.orElse(null);
    }

    public CompletionStatus getStatus() {
        if (status == null) {
            status = completions.mine(language.getLocale());
        }
        return status;
    }

    public List<PendingEvaluation> getPendingEvaluations() {
        if (pending == null) {
            pending = evaluations.pending();
        }
        return pending;
    }

    public Step getStep() {
        CompletionStatus at = getStatus();
        if (at.complete()) {
            return Step.FINISHED;
        }
        if (!getPendingEvaluations().isEmpty()) {
            return Step.EVALUATE;
        }
        if (!at.attended() && getEnrolment() == null) {
            return Step.ENROL;
        }
        // Preparation comes before the training day; the modules after it only once she attended.
        if (getNextScenario() != null && (BEFORE_THE_DAY.equals(getNextModule().phase()) || at.attended())) {
            return Step.PLAY;
        }
        return Step.ATTEND;
    }

    /** The first required scenario she has not passed, in module order: the one to play next. */
    public ModuleProgress.ScenarioProgress getNextScenario() {
        return nextModule().flatMap(m -> m.scenarios().stream().filter(s -> s.required() && !s.passed()).findFirst())
                .orElse(null);
    }

    /** The module the next scenario belongs to. */
    public ModuleProgress getNextModule() {
        return nextModule().orElse(null);
    }

    private Optional<ModuleProgress> nextModule() {
        return getStatus().modules().stream()
                .filter(m -> m.scenarios().stream().anyMatch(s -> s.required() && !s.passed())).findFirst();
    }
}
