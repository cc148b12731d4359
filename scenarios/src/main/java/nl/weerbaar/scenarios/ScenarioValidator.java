package nl.weerbaar.scenarios;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a scenario file completely: UTF-8 (when given as bytes), valid JSON, unique ids, every
 * reference resolves, every node reachable from the start, an end reachable from every node (so no
 * dead end and no cycle without an exit), 2 to 4 choices per decision, text, feedback and debrief
 * present, scores within the declared range, and a pass mark that some path can reach. And the rules of
 * the content agreements (scenarios/README.md): every end says whether it {@code passes} and every path
 * to it agrees with the pass mark; the first decision branches; feedback does not open with a word that
 * gives the answer away; a {@code bron} has the shape of one (the reader names that). Every problem
 * names the file, and the line and node where it can. The translation and module rules are
 * {@link TranslationCheck} and {@link ModuleCheck}.
 */
public final class ScenarioValidator {

    private final String file;
    private final String text;
    private final List<ScenarioProblem> problems = new ArrayList<>();

    private ScenarioValidator(String file, String text) {
        this.file = file;
        this.text = text;
    }

    /** Every problem of the file; empty when it is a valid scenario. */
    public static List<ScenarioProblem> validate(String file, String text) {
        return new ScenarioValidator(file, text).run();
    }

    /**
     * Every problem of the file's bytes: when they are not UTF-8 (see {@link ScenarioReader#decode}) that
     * one problem, naming the line of the first bad byte; otherwise those of {@link #validate(String, String)}.
     */
    public static List<ScenarioProblem> validate(String file, byte[] bytes) {
        ScenarioReader.Decoded decoded = ScenarioReader.decode(file, bytes);
        return decoded.ok() ? validate(file, decoded.text()) : decoded.problems();
    }

    /** Rule 6: an English file has exactly its Dutch file's structure (see {@link TranslationCheck}). */
    public static List<ScenarioProblem> validateTranslation(String file, String dutch, String english) {
        return TranslationCheck.compare(file, dutch, english);
    }

    /** Rule 3: over a module's scenarios, the best option is not systematically the longest (see {@link ModuleCheck}). */
    public static List<ScenarioProblem> validateModule(String moduleId, List<Scenario> scenarios) {
        return ModuleCheck.check(moduleId, scenarios);
    }

    private List<ScenarioProblem> run() {
        ScenarioReader.Result read = ScenarioReader.read(file, text);
        problems.addAll(read.problems());
        Scenario s = read.scenario();
        if (s == null) {
            return problems;
        }
        metadata(s);
        Map<String, Scenario.Node> byId = nodes(s);
        if (s.start() != null && !byId.containsKey(s.start())) {
            field("start", "startnode '" + s.start() + "' bestaat niet");
            return problems;
        }
        if (s.start() == null || byId.isEmpty()) {
            return problems;
        }
        for (Scenario.Node node : s.nodes()) {
            checkNode(s, node, byId);
        }
        Set<String> reachable = reachableFrom(s.start(), byId);
        for (Scenario.Node node : s.nodes()) {
            if (node.id() != null && !reachable.contains(node.id())) {
                problem(node.id(), "niet bereikbaar vanaf de start");
            }
        }
        Set<String> ending = canReachAnEnd(byId);
        for (Scenario.Node node : s.nodes()) {
            if (node.id() != null && reachable.contains(node.id()) && !ending.contains(node.id())
                    && byId.get(node.id()) == node) {
                noEnd(node, s, byId);
            }
        }
        firstDecisionBranches(s, byId);
        if (problems.isEmpty()) {
            int best = bestScore(s.start(), byId, new HashSet<>());
            if (s.passMark() > best) {
                field("passMark", "de cesuur " + s.passMark() + " is hoger dan de hoogst haalbare score " + best);
            } else {
                endingsAgreeWithThePassMark(s, byId);
            }
        }
        return problems;
    }

    /** Opening words of feedback that give the answer away before the explanation (rule 4), Dutch and English. */
    static final List<String> GIVE_AWAY = List.of("goed", "terecht", "juist", "prima", "fout", "helaas", "onjuist", "klopt",
            "good", "right", "correct", "well done", "wrong", "incorrect", "unfortunately", "indeed");

    /** The give-away word a feedback text opens with, or null. */
    static String giveAway(String feedback) {
        String t = feedback.strip().toLowerCase(java.util.Locale.ROOT).replaceFirst("^[^\\p{L}]+", "");
        for (String word : GIVE_AWAY) {
            if (t.startsWith(word) && (t.length() == word.length() || !Character.isLetter(t.charAt(word.length())))) {
                return word;
            }
        }
        return null;
    }

    /** Rule 2: the first decision on the way from the start leads to at least two different nodes. */
    private void firstDecisionBranches(Scenario s, Map<String, Scenario.Node> byId) {
        Set<String> seen = new HashSet<>();
        Scenario.Node node = byId.get(s.start());
        while (node != null && node.type() == Scenario.Type.SITUATION && seen.add(node.id())) {
            node = node.next() == null ? null : byId.get(node.next());
        }
        if (node != null && node.type() == Scenario.Type.DECISION) {
            Set<String> next = new LinkedHashSet<>();
            node.choices().stream().map(Scenario.Choice::next).filter(n -> n != null).forEach(next::add);
            if (next.size() < 2) {
                problem(node.id(), "de eerste beslissing vertakt niet: alle keuzes leiden naar " + next
                        + "; laat ze naar minstens twee verschillende nodes leiden");
            }
        }
    }

    /** Rule 1: each end says whether it passes, and every path reaching it passes exactly when it says so. */
    private void endingsAgreeWithThePassMark(Scenario s, Map<String, Scenario.Node> byId) {
        Map<String, List<ScenarioPaths.Path>> disagree = new java.util.LinkedHashMap<>();
        for (ScenarioPaths.Path path : ScenarioPaths.of(s)) {
            Boolean passes = byId.get(path.endId()).passes();
            if (passes != null && passes != path.passed()) {
                disagree.computeIfAbsent(path.endId(), e -> new ArrayList<>()).add(path);
            }
        }
        disagree.forEach((end, paths) -> {
            ScenarioPaths.Path first = paths.get(0);
            problem(end, "einde met passes " + byId.get(end).passes() + ", maar " + paths.size() + " pad(en) "
                    + (first.passed() ? "halen" : "halen niet") + " de cesuur " + s.passMark() + ", bijvoorbeeld "
                    + String.join(" > ", first.choices()) + " met " + first.total() + " punten");
        });
    }

    private void metadata(Scenario s) {
        if (s.id() == null || !s.id().matches("[a-z0-9-]{3,64}")) {
            field("id", "id moet 3 tot 64 kleine letters, cijfers of streepjes zijn");
        }
        if (s.version() < 1) {
            field("version", "versie moet 1 of hoger zijn");
        }
        if (s.title() != null && s.title().isBlank()) { // a missing title the reader named already
            field("title", "titel ontbreekt");
        }
        if (s.estimatedMinutes() < 1) {
            field("estimatedMinutes", "geschatte duur (estimatedMinutes) moet minstens 1 minuut zijn");
        }
        if (s.learningGoals().isEmpty() || s.learningGoals().stream().anyMatch(ScenarioValidator::blank)) {
            field("learningGoals", "leerdoelen ontbreken of zijn leeg");
        }
        if (s.minScore() > s.maxScore()) {
            field("scoreRange", "scoreRange: min is groter dan max");
        }
    }

    private Map<String, Scenario.Node> nodes(Scenario s) {
        Map<String, Scenario.Node> byId = new HashMap<>();
        for (Scenario.Node node : s.nodes()) {
            if (blank(node.id())) {
                problem(null, "een node zonder id");
            } else if (byId.put(node.id(), node) != null) {
                problem(node.id(), "id komt meer dan eens voor");
            }
        }
        return byId;
    }

    private void checkNode(Scenario s, Scenario.Node node, Map<String, Scenario.Node> byId) {
        if (node.type() == null || node.id() == null) {
            return;
        }
        if (blank(node.text())) {
            problem(node.id(), "tekst ontbreekt");
        }
        switch (node.type()) {
            case SITUATION -> {
                if (blank(node.next())) {
                    problem(node.id(), "doodlopend: een situatie heeft een volgende node (next) nodig");
                } else {
                    reference(node.id(), node.next(), byId);
                }
            }
            case END -> {
                if (blank(node.debrief())) {
                    problem(node.id(), "een einde heeft een nabespreking (debrief) nodig");
                }
                if (node.passes() == null) {
                    problem(node.id(), "een einde zegt of het geslaagd is: passes true of false");
                }
            }
            case DECISION -> {
                if (node.choices().size() < 2 || node.choices().size() > 4) {
                    problem(node.id(), "een beslissing heeft 2 tot 4 keuzes, niet " + node.choices().size());
                }
                Set<String> choiceIds = new HashSet<>();
                for (Scenario.Choice choice : node.choices()) {
                    if (blank(choice.id()) || !choiceIds.add(choice.id())) {
                        problem(node.id(), "keuze zonder id of met een dubbel id");
                    }
                    if (blank(choice.text()) || blank(choice.feedback())) {
                        problem(node.id(), "keuze '" + choice.id() + "' mist tekst of feedback");
                    } else if (giveAway(choice.feedback()) != null) {
                        problem(node.id(), "de feedback op keuze '" + choice.id() + "' begint met '" + giveAway(choice.feedback())
                                + "', dat het antwoord verraadt; begin met de uitleg");
                    }
                    choice.scores().forEach((theme, score) -> {
                        if (score < s.minScore() || score > s.maxScore()) {
                            problem(node.id(), "score " + score + " voor " + theme + " bij keuze '" + choice.id()
                                    + "' valt buiten " + s.minScore() + ".." + s.maxScore());
                        }
                    });
                    reference(node.id(), choice.next(), byId);
                }
            }
        }
    }

    private void reference(String from, String to, Map<String, Scenario.Node> byId) {
        if (blank(to)) {
            problem(from, "verwijzing naar de volgende node ontbreekt");
        } else if (!byId.containsKey(to)) {
            problem(from, "verwijst naar '" + to + "', die niet bestaat");
        }
    }

    /**
     * Names why no end can be reached from a node that leads somewhere: every path from it runs dead at
     * the named nodes, or goes round in a loop through the named nodes.
     */
    private void noEnd(Scenario.Node node, Scenario s, Map<String, Scenario.Node> byId) {
        if (existingSuccessors(node, byId).isEmpty()) {
            return; // checkNode or the reader named it already: a missing or unknown next, no choices, no type
        }
        Set<String> after = new HashSet<>();
        existingSuccessors(node, byId).forEach(next -> after.addAll(reachableFrom(next, byId)));
        List<String> deadEnds = new ArrayList<>();
        List<String> inLoop = new ArrayList<>();
        for (Scenario.Node n : s.nodes()) {
            if (n.id() == null || byId.get(n.id()) != n || !(after.contains(n.id()) || n == node)) {
                continue;
            }
            List<String> next = existingSuccessors(n, byId);
            if (next.isEmpty()) {
                deadEnds.add("'" + n.id() + "'");
            } else if (next.stream().anyMatch(m -> reachableFrom(m, byId).contains(n.id()))) {
                inLoop.add("'" + n.id() + "'");
            }
        }
        List<String> why = new ArrayList<>();
        if (!deadEnds.isEmpty()) {
            why.add("de paden lopen dood bij " + String.join(", ", deadEnds));
        }
        if (!inLoop.isEmpty()) {
            why.add("een lus zonder uitweg via " + String.join(", ", inLoop));
        }
        problem(node.id(), "vanaf hier is geen einde bereikbaar: " + String.join("; ", why));
    }

    private static List<String> existingSuccessors(Scenario.Node node, Map<String, Scenario.Node> byId) {
        return successors(node).stream().filter(byId::containsKey).toList();
    }

    private static List<String> successors(Scenario.Node node) {
        List<String> next = new ArrayList<>();
        if (node.type() == Scenario.Type.SITUATION && node.next() != null) {
            next.add(node.next());
        } else if (node.type() == Scenario.Type.DECISION) {
            node.choices().stream().map(Scenario.Choice::next).filter(n -> n != null).forEach(next::add);
        }
        return next;
    }

    private static Set<String> reachableFrom(String start, Map<String, Scenario.Node> byId) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            Scenario.Node node = byId.get(id);
            if (node != null && seen.add(id)) {
                successors(node).forEach(todo::push);
            }
        }
        return seen;
    }

    /** The nodes from which some end node can be reached (fixpoint over predecessors). */
    private static Set<String> canReachAnEnd(Map<String, Scenario.Node> byId) {
        Set<String> ending = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Scenario.Node node : byId.values()) {
                if (!ending.contains(node.id()) && (node.type() == Scenario.Type.END
                        || successors(node).stream().anyMatch(ending::contains))) {
                    ending.add(node.id());
                    changed = true;
                }
            }
        }
        return ending;
    }

    /** The highest total score over the simple paths from this node to an end. */
    private static int bestScore(String id, Map<String, Scenario.Node> byId, Set<String> onPath) {
        Scenario.Node node = byId.get(id);
        if (node == null || node.type() == Scenario.Type.END || !onPath.add(id)) {
            return 0;
        }
        int best = Integer.MIN_VALUE;
        if (node.type() == Scenario.Type.SITUATION) {
            best = bestScore(node.next(), byId, onPath);
        } else {
            for (Scenario.Choice choice : node.choices()) {
                int total = choice.scores().values().stream().mapToInt(Integer::intValue).sum();
                best = Math.max(best, total + bestScore(choice.next(), byId, onPath));
            }
        }
        onPath.remove(id);
        return best == Integer.MIN_VALUE ? 0 : best;
    }

    /** A problem with a top-level field, placed at the line of its key when the file has it. */
    private void field(String key, String message) {
        problems.add(new ScenarioProblem(file, ScenarioReader.lineOfKey(text, key), null, message));
    }

    private void problem(String node, String message) {
        problems.add(new ScenarioProblem(file, node == null ? null : ScenarioReader.lineOfNode(text, node), node, message));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
