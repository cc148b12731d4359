package nl.weerbaar.evaluation.application;

import java.util.List;

/**
 * Aggregated evaluations of a session or a period: how many answered, and — only from
 * {@value Evaluations#MIN_RESPONDENTS} respondents on, so no one's answers can be singled out —
 * the average ratings and the comments (in random order).
 */
public record EvaluationSummary(String label, long respondents, Double overall, Double usefulness, Double trainers,
        List<String> comments) implements java.io.Serializable {

    public boolean shown() {
        return overall != null;
    }
}
