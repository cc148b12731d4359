package nl.weerbaar.learning.scenario.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.scenarios.Bron;
import nl.weerbaar.scenarios.Playthrough;
import nl.weerbaar.scenarios.Scenario;
import nl.weerbaar.scenarios.ScenarioPaths;

/**
 * What a trainer needs to judge one scenario version in minutes: where its facts come from, every way
 * through it with its ending and points, and how participants chose (per published version).
 *
 * <p>Whether an ending is meant to pass ({@code passes} on end nodes) is not shown yet: the reader does
 * not expose it, and a second reading of the raw file here would drift from the validator's.
 */
public record ScenarioReview(String scenarioId, int version, String status, String title, int passMark, int lowestTotal,
        int highestTotal, List<Source> sources, List<Path> paths, boolean pathsCut, List<ChoiceDistribution> choices)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One source. Either the document the whole scenario draws on ({@code scenario} true: its {@code source}),
     * a seed passage ({@code seed} and {@code citaat}) or a named public source ({@code publiek}, {@code url}),
     * with the nodes ({@code "node"}) and choices ({@code "node/choice"}) that cite it.
     */
    public record Source(boolean scenario, String seed, String citaat, String publiek, String url, List<String> usedAt)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        /**
         * The address to link to, only when it is a web address: a trainer's imported file could name a
         * {@code javascript:} address, which must never become a link.
         */
        public String link() {
            if (url == null) {
                return null;
            }
            String lower = url.strip().toLowerCase(Locale.ROOT);
            return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
        }
    }

    /** One way through: the choices made (by their texts), the ending, points per theme, total and pass. */
    public record Path(List<Step> choices, String endId, String endText, List<Points> scores, int total, boolean passed)
            implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** A choice on a path: the decision it was made at, and its text. */
    public record Step(String nodeId, String choiceId, String text) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** Points for one theme (A1 … C). */
    public record Points(String theme, int points) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /**
     * The review of a parsed scenario, with the choice figures of its scenario's published versions. The
     * lowest and highest total are those of its paths (what a participant can really get), not the file's
     * {@code scoreRange}.
     */
    public static ScenarioReview of(Scenario scenario, String status, List<ChoiceDistribution> choices) {
        List<ScenarioPaths.Path> found = ScenarioPaths.of(scenario);
        int lowest = found.stream().mapToInt(ScenarioPaths.Path::total).min().orElse(0);
        int highest = found.stream().mapToInt(ScenarioPaths.Path::total).max().orElse(0);
        return new ScenarioReview(scenario.id(), scenario.version(), status, scenario.title(), scenario.passMark(), lowest,
                highest, sources(scenario), found.stream().map(p -> path(scenario, p)).toList(),
                found.size() >= ScenarioPaths.LIMIT, List.copyOf(choices));
    }

    /** The scenario's own source first, then every distinct {@code bron} in the order the file first cites it. */
    static List<Source> sources(Scenario scenario) {
        List<Source> sources = new ArrayList<>();
        if (scenario.source() != null && !scenario.source().isBlank()) {
            sources.add(new Source(true, scenario.source(), null, null, null, List.of()));
        }
        Map<Bron, List<String>> cited = new LinkedHashMap<>();
        for (Scenario.Node node : scenario.nodes()) {
            node.bron().forEach(b -> cited.computeIfAbsent(b, k -> new ArrayList<>()).add(node.id()));
            for (Scenario.Choice choice : node.choices()) {
                choice.bron().forEach(b -> cited.computeIfAbsent(b, k -> new ArrayList<>()).add(node.id() + "/" + choice.id()));
            }
        }
        cited.forEach((b, where) -> sources.add(new Source(false, b.seed(), b.citaat(), b.publiek(), b.url(),
                List.copyOf(where.stream().distinct().toList()))));
        return List.copyOf(sources);
    }

    /** The path replayed step by step, so that each choice id is read at the node that offered it. */
    private static Path path(Scenario scenario, ScenarioPaths.Path path) {
        Playthrough play = Playthrough.start(scenario);
        List<Step> steps = new ArrayList<>();
        for (String choiceId : path.choices()) {
            Scenario.Node at = play.current();
            if (at.type() == Scenario.Type.DECISION) {
                at.choices().stream().filter(c -> c.id().equals(choiceId)).findFirst()
                        .ifPresent(c -> steps.add(new Step(at.id(), c.id(), c.text())));
            }
            play.choose(choiceId);
        }
        List<Points> points = new ArrayList<>();
        new java.util.TreeMap<>(path.scores()).forEach((theme, n) -> points.add(new Points(theme.name(), n)));
        String endText = scenario.node(path.endId()).map(Scenario.Node::text).orElse(null);
        return new Path(List.copyOf(steps), path.endId(), endText, List.copyOf(points), path.total(), path.passed());
    }
}
