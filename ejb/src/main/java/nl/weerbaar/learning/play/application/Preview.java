package nl.weerbaar.learning.play.application;

import java.util.Map;

/**
 * Where a trainer's preview of a scenario file stands: the node now, the feedback on the last
 * choice, the scores per theme and total, and at the end whether it passed and the debrief.
 */
public record Preview(NodeView node, String feedback, Map<String, Integer> scores, int total, boolean finished,
        boolean passed, String debrief) implements java.io.Serializable {
}
