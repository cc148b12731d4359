package nl.weerbaar.scenarios;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One branching scenario: metadata, a start node, and its nodes. Immutable; read by
 * {@link ScenarioReader}, checked by {@link ScenarioValidator}.
 */
public record Scenario(String id, int version, String title, Theme part, int estimatedMinutes, List<String> learningGoals,
        String source, int minScore, int maxScore, int passMark, String start, List<Node> nodes) {

    /** What a node is. */
    public enum Type { SITUATION, DECISION, END }

    /**
     * A node; situations have {@code next}, decisions {@code choices}, ends a {@code debrief} and {@code passes}
     * (whether this ending is a pass; null when the file does not say); {@code bron} its sources.
     */
    public record Node(String id, Type type, String text, String next, List<Choice> choices, String debrief, List<Bron> bron,
            Boolean passes) {
    }

    /** A choice of a decision, with its feedback, a score per theme and the sources of its facts. */
    public record Choice(String id, String text, String feedback, Map<Theme, Integer> scores, String next, List<Bron> bron) {
    }

    public Optional<Node> node(String nodeId) {
        return nodes.stream().filter(n -> n.id().equals(nodeId)).findFirst();
    }
}
