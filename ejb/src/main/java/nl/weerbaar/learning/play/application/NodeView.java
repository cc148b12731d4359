package nl.weerbaar.learning.play.application;

import java.util.List;
import java.util.Locale;
import nl.weerbaar.learning.play.domain.ChoiceOrder;
import nl.weerbaar.scenarios.Playthrough;
import nl.weerbaar.scenarios.Scenario;
import nl.weerbaar.scenarios.Wording;

/**
 * A node as a player shows it: a situation offers only {@code continue}; an end offers nothing. A
 * decision's choices come in the attempt's own order, in the words of the participant's language.
 */
public record NodeView(String id, String type, String text, List<ChoiceView> choices) implements java.io.Serializable {

    /** A choice on offer (no feedback, no score: those come after choosing). */
    public record ChoiceView(String id, String text) implements java.io.Serializable {
    }

    /** The node as the file has it: Dutch, choices in the file's order (the trainers' preview). */
    public static NodeView of(Scenario.Node node) {
        return of(node, null, ChoiceOrder.FILE);
    }

    /** The node in these words (null: the file's own) with its choices in this order. */
    public static NodeView of(Scenario.Node node, Wording wording, ChoiceOrder order) {
        List<ChoiceView> choices = switch (node.type()) {
            case SITUATION -> List.of(new ChoiceView(Playthrough.CONTINUE, null));
            case DECISION -> order.arrange(node.id(), node.choices(), Scenario.Choice::id).stream()
                    .map(c -> new ChoiceView(c.id(), wording == null ? c.text() : wording.text(node, c))).toList();
            case END -> List.of();
        };
        return new NodeView(node.id(), node.type().name().toLowerCase(Locale.ROOT),
                wording == null ? node.text() : wording.text(node), choices);
    }
}
