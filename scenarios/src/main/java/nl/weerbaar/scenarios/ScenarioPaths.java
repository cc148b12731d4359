package nl.weerbaar.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every way through a scenario from the start to an end, as the player would take it: each path is
 * replayed with {@link Playthrough}, so its scores and its pass are the ones a participant would get.
 * A path visits a node at most once (a loop back is not followed again), which keeps the count finite.
 * The validator checks endings against the pass mark with these, and trainers read them in the library.
 */
public final class ScenarioPaths {

    /** One way through: the choices in order, the end it reaches, the points per theme and whether it passes. */
    public record Path(List<String> choices, String endId, Map<Theme, Integer> scores, int total, boolean passed) {
    }

    /** Guards against a content file with an explosive number of paths (4 choices, 8 decisions deep is 65,536). */
    public static final int LIMIT = 10_000;

    /** The lowest and highest total a finished attempt can have: the score range xAPI and the reports speak of. */
    public record Totals(int min, int max) {

        /** A total as a fraction of the range's far end on its side, within -1..1 as xAPI's {@code scaled} must be. */
        public double scaled(int total) {
            if (total >= 0) {
                return max <= 0 ? 0 : Math.min(1.0, (double) total / max);
            }
            return min >= 0 ? 0 : Math.max(-1.0, (double) total / -min);
        }
    }

    private ScenarioPaths() {
    }

    /** The range of totals over every path; 0..0 for a scenario without paths. */
    public static Totals totals(Scenario scenario) {
        List<Path> paths = of(scenario);
        return new Totals(paths.stream().mapToInt(Path::total).min().orElse(0), paths.stream().mapToInt(Path::total).max().orElse(0));
    }

    /** All paths, in the order of the choices in the file; empty when the start node is missing. */
    public static List<Path> of(Scenario scenario) {
        List<Path> paths = new ArrayList<>();
        Optional<Scenario.Node> start = scenario.node(scenario.start());
        start.ifPresent(node -> walk(scenario, node, new ArrayList<>(), new LinkedHashSet<>(), paths));
        return List.copyOf(paths);
    }

    private static void walk(Scenario scenario, Scenario.Node node, List<String> choices, Set<String> visited, List<Path> paths) {
        if (paths.size() >= LIMIT || node.type() == null || !visited.add(node.id())) {
            return;
        }
        switch (node.type()) {
            case END -> {
                Playthrough play = Playthrough.replay(scenario, choices);
                paths.add(new Path(List.copyOf(choices), node.id(), Map.copyOf(play.scores()), play.total(), play.passed()));
            }
            case SITUATION -> follow(scenario, node.next(), Playthrough.CONTINUE, choices, visited, paths);
            case DECISION -> node.choices().forEach(c -> follow(scenario, c.next(), c.id(), choices, visited, paths));
        }
        visited.remove(node.id());
    }

    private static void follow(Scenario scenario, String next, String choiceId, List<String> choices, Set<String> visited,
            List<Path> paths) {
        Optional<Scenario.Node> target = next == null ? Optional.empty() : scenario.node(next);
        if (target.isPresent()) {
            choices.add(choiceId);
            walk(scenario, target.get(), choices, visited, paths);
            choices.remove(choices.size() - 1);
        }
    }
}
