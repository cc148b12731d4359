package nl.weerbaar.web.evaluation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.weerbaar.evaluation.application.EvaluationSummary;
import nl.weerbaar.evaluation.application.Evaluations;

/** Evaluations for trainers and NGB: per held session and per quarter, aggregated only. */
@Named
@RequestScoped
public class EvaluationOverview {

    @Inject
    private Evaluations evaluations;

    private List<EvaluationSummary> perSession;
    private List<EvaluationSummary> perQuarter;

    public List<EvaluationSummary> getPerSession() {
        if (perSession == null) {
            perSession = evaluations.perSession();
        }
        return perSession;
    }

    public List<EvaluationSummary> getPerQuarter() {
        if (perQuarter == null) {
            perQuarter = evaluations.perQuarter();
        }
        return perQuarter;
    }

    public int getMinimum() {
        return Evaluations.MIN_RESPONDENTS;
    }
}
