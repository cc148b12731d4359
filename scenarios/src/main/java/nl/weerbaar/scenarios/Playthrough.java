package nl.weerbaar.scenarios;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One way through a scenario: where the player is, which choices she made, and her score per
 * theme. A stored attempt keeps only its choices; replaying them gives back exactly this state,
 * which is how an attempt is resumed.
 */
public final class Playthrough {

    /** The single choice a situation node offers. */
    public static final String CONTINUE = "continue";

    /** What one step gave: the feedback on the choice (none for "continue") and where it led. */
    public record Step(String feedback, Scenario.Node node, boolean finished) {
    }

    private final Scenario scenario;
    private final List<String> choices = new ArrayList<>();
    private final Map<Theme, Integer> scores = new EnumMap<>(Theme.class);
    private Scenario.Node current;

    private Playthrough(Scenario scenario) {
        this.scenario = scenario;
        this.current = scenario.node(scenario.start())
                .orElseThrow(() -> new IllegalArgumentException("scenario " + scenario.id() + " has no start node"));
    }

    public static Playthrough start(Scenario scenario) {
        return new Playthrough(scenario);
    }

    /** The state after these choices, in order; a choice that was not on offer is an error. */
    public static Playthrough replay(Scenario scenario, List<String> choiceIds) {
        Playthrough playthrough = new Playthrough(scenario);
        choiceIds.forEach(playthrough::choose);
        return playthrough;
    }

    /**
     * Takes a choice at the current node.
     *
     * @throws UnknownChoice when the current node does not offer it (or the scenario is finished)
     */
    public Step choose(String choiceId) {
        String feedback = null;
        String next;
        if (current.type() == Scenario.Type.SITUATION && CONTINUE.equals(choiceId)) {
            next = current.next();
        } else if (current.type() == Scenario.Type.DECISION) {
            Scenario.Choice choice = current.choices().stream().filter(c -> c.id().equals(choiceId)).findFirst()
                    .orElseThrow(() -> new UnknownChoice(current.id(), choiceId));
            choice.scores().forEach((theme, points) -> scores.merge(theme, points, Integer::sum));
            feedback = choice.feedback();
            next = choice.next();
        } else {
            throw new UnknownChoice(current.id(), choiceId);
        }
        current = scenario.node(next).orElseThrow(() -> new IllegalStateException("node " + next + " does not exist"));
        choices.add(choiceId);
        return new Step(feedback, current, finished());
    }

    /** The choices the current node offers: its choice ids, {@link #CONTINUE} for a situation, none at the end. */
    public List<String> offered() {
        return switch (current.type()) {
            case SITUATION -> List.of(CONTINUE);
            case DECISION -> current.choices().stream().map(Scenario.Choice::id).toList();
            case END -> List.of();
        };
    }

    public Scenario scenario() {
        return scenario;
    }

    public Scenario.Node current() {
        return current;
    }

    public List<String> choices() {
        return Collections.unmodifiableList(choices);
    }

    /** Points per theme so far; themes without points are absent. */
    public Map<Theme, Integer> scores() {
        return Collections.unmodifiableMap(scores);
    }

    public int total() {
        return scores.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean finished() {
        return current.type() == Scenario.Type.END;
    }

    /** Finished with at least the pass mark. */
    public boolean passed() {
        return finished() && total() >= scenario.passMark();
    }

    /** A choice the current node does not offer. */
    public static final class UnknownChoice extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UnknownChoice(String nodeId, String choiceId) {
            super("choice '" + choiceId + "' is not offered at node '" + nodeId + "'");
        }
    }
}
