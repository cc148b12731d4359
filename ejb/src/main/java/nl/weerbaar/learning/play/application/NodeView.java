package nl.weerbaar.learning.play.application;

import java.util.List;
import java.util.Locale;
import nl.weerbaar.scenarios.Playthrough;
import nl.weerbaar.scenarios.Scenario;

/** A node as a player shows it: a situation offers only {@code continue}; an end offers nothing. */
public record NodeView(String id, String type, String text, List<ChoiceView> choices) implements java.io.Serializable {

    /** A choice on offer (no feedback, no score: those come after choosing). */
    public record ChoiceView(String id, String text) implements java.io.Serializable {
    }

    public static NodeView of(Scenario.Node node) {
        List<ChoiceView> choices = switch (node.type()) {
            case SITUATION -> List.of(new ChoiceView(Playthrough.CONTINUE, null));
            case DECISION -> node.choices().stream().map(c -> new ChoiceView(c.id(), c.text())).toList();
            case END -> List.of();
        };
        return new NodeView(node.id(), node.type().name().toLowerCase(Locale.ROOT), node.text(), choices);
    }
}
