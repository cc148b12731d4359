package nl.weerbaar.evaluation.application;

import java.util.List;

/**
 * Aggregated evaluations of a session or a period — only from {@value Evaluations#MIN_RESPONDENTS}
 * respondents on, so no one's answers can be singled out: how many answered, the average ratings and
 * the comments (in random order). Below it every figure is null and the comments empty.
 */
public record EvaluationSummary(String label, Long respondents, Double overall, Double usefulness, Double trainers,
        List<String> comments) implements java.io.Serializable {

    public boolean shown() {
        return overall != null;
    }
}
