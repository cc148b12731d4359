package nl.weerbaar.scenarios;

import java.util.List;

/**
 * Rule 3 of the content agreements, over a module (modules.json PRE or POST): the best option of a
 * decision (the highest total points in its node; with a tie none is best) is the longest text in at most
 * 60 % of the module's decision nodes, so that length does not give the answer away. Also the figures
 * trainers and the content review look at.
 */
public final class ModuleCheck {

    /** At most this share of a module's decisions may have their best option as the longest text. */
    public static final int MAX_BEST_LONGEST_PERCENT = 60;

    /** Options count as similar in length when the shortest is at least this share of the longest. */
    static final double SIMILAR = 0.7;

    /**
     * Per module: decisions, those whose best option is the longest (no other is longer), is shown first
     * in the file, and whose options are of similar length (the shortest at least 70 % of the longest).
     */
    public record Figures(int decisions, int bestLongest, int bestFirst, int similarLength) {

        public int bestLongestPercent() {
            return percent(bestLongest);
        }

        public int bestFirstPercent() {
            return percent(bestFirst);
        }

        private int percent(int count) {
            return decisions == 0 ? 0 : Math.round(100f * count / decisions);
        }
    }

    private ModuleCheck() {
    }

    public static Figures figures(List<Scenario> scenarios) {
        int decisions = 0;
        int longest = 0;
        int first = 0;
        int similar = 0;
        for (Scenario s : scenarios) {
            for (Scenario.Node node : s.nodes()) {
                if (node.type() != Scenario.Type.DECISION || node.choices().isEmpty()) {
                    continue;
                }
                decisions++;
                List<Scenario.Choice> choices = node.choices();
                int best = best(choices);
                int max = choices.stream().mapToInt(ModuleCheck::length).max().orElse(0);
                int min = choices.stream().mapToInt(ModuleCheck::length).min().orElse(0);
                if (best >= 0 && length(choices.get(best)) == max) {
                    longest++;
                }
                if (best == 0) {
                    first++;
                }
                if (min >= SIMILAR * max) {
                    similar++;
                }
            }
        }
        return new Figures(decisions, longest, first, similar);
    }

    /** The module's problem, if its best options are too often the longest. */
    public static List<ScenarioProblem> check(String moduleId, List<Scenario> scenarios) {
        Figures f = figures(scenarios);
        if (f.bestLongest() * 100 > MAX_BEST_LONGEST_PERCENT * f.decisions()) {
            return List.of(new ScenarioProblem("modules.json", null, null, "module " + moduleId + ": het beste antwoord is in "
                    + f.bestLongest() + " van de " + f.decisions() + " beslissingen het langste (" + f.bestLongestPercent()
                    + " %); ten hoogste " + MAX_BEST_LONGEST_PERCENT + " %"));
        }
        return List.of();
    }

    /** The index of the one choice with the highest total, or -1 when the highest is shared. */
    static int best(List<Scenario.Choice> choices) {
        int best = -1;
        int top = Integer.MIN_VALUE;
        boolean tie = false;
        for (int i = 0; i < choices.size(); i++) {
            int total = total(choices.get(i));
            if (total > top) {
                top = total;
                best = i;
                tie = false;
            } else if (total == top) {
                tie = true;
            }
        }
        return tie ? -1 : best;
    }

    private static int total(Scenario.Choice choice) {
        return choice.scores().values().stream().mapToInt(Integer::intValue).sum();
    }

    private static int length(Scenario.Choice choice) {
        return choice.text() == null ? 0 : choice.text().strip().length();
    }
}
