package nl.weerbaar.learning.play.application;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * An attempt so far: which scenario and version, the steps taken with their feedback, the current
 * node, and the scores per theme (with the scenario's range, for the debrief). Its texts are in
 * {@code language} ({@code en} or {@code nl}): the participant's, or Dutch where no English exists.
 */
public record AttemptView(long attemptId, String moduleId, String scenarioId, String scenarioTitle, String part, int version,
        String status, LocalDateTime startedAt, LocalDateTime finishedAt, List<TakenStep> steps, NodeView node,
        Map<String, Integer> scores, int total, int passMark, boolean finished, boolean passed, String debrief, String language) implements java.io.Serializable {

    /** A step taken: the node's text, the choice's text and the feedback on it. */
    public record TakenStep(String nodeId, String nodeText, String choiceId, String choiceText, String feedback) implements java.io.Serializable {
    }
}
