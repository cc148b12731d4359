package nl.weerbaar.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.weerbaar.evaluation.application.EvaluationSummary;
import nl.weerbaar.evaluation.application.Evaluations;
import nl.weerbaar.learning.play.application.SessionPreparation;
import nl.weerbaar.planning.application.SessionView;
import nl.weerbaar.planning.application.TrainingSessionService;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.web.platform.pages.LanguageChoice;

/** A trainer's home page: attendance still to record, how far the next group is, the latest evaluations. */
@Named
@RequestScoped
public class TrainerHome {

    /** How many of her latest held sessions' evaluations the home page shows. */
    static final int LATEST_EVALUATIONS = 3;

    private static final Set<String> ENDED = Set.of("CANCELLED", "CLOSED", "DRAFT");

    @Inject
    private TrainingSessionService sessions;

    @Inject
    private SessionPreparation preparation;

    @Inject
    private Evaluations evaluations;

    @Inject
    private LanguageChoice language;

    private final LocalDateTime now = Amsterdam.now();
    private List<SessionView> mine;
    private SessionPreparation.Summary nextPreparation;

    /** Sessions that have begun with booked participants whose attendance is not yet recorded. */
    public List<SessionView> getToRecord() {
        return mine().stream().filter(s -> !ENDED.contains(s.status()) && !s.start().isAfter(now) && s.booked() > 0)
                .toList();
    }

    /** Her next session that has not begun. */
    public SessionView getNext() {
        return mine().stream().filter(s -> !ENDED.contains(s.status()) && s.start().isAfter(now))
                .min(Comparator.comparing(SessionView::start)).orElse(null);
    }

    public SessionPreparation.Summary getPreparation() {
        if (nextPreparation == null && getNext() != null) {
            nextPreparation = preparation.of(getNext().id(), language.getLocale());
        }
        return nextPreparation;
    }

    /** Her latest held sessions, newest first, with their evaluations (figures only from three respondents). */
    public List<EvaluationSummary> getLatestEvaluations() {
        List<EvaluationSummary> all = evaluations.perSession();
        return all.subList(0, Math.min(LATEST_EVALUATIONS, all.size()));
    }

    private List<SessionView> mine() {
        if (mine == null) {
            mine = sessions.mine();
        }
        return mine;
    }
}
