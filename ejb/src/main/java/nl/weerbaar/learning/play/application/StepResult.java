package nl.weerbaar.learning.play.application;

import java.util.Map;

/**
 * What a choice gave: its feedback (null after "continue"), the scores per theme so far, the next
 * node, and at the end {@code finished}, the debrief and whether she passed; the texts in {@code language}.
 */
public record StepResult(String feedback, Map<String, Integer> scores, NodeView node, boolean finished, String debrief,
        Boolean passed, String language) implements java.io.Serializable {
}
