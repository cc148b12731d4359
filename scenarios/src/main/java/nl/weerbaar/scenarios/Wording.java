package nl.weerbaar.scenarios;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words of a scenario in the language a participant reads. The Dutch scenario is always the one
 * played (its ids, scores and next nodes), so an attempt scores the same in either language; an
 * English version only lends its words, found by node and choice id. An English version that lacks a
 * node or choice of the Dutch one is not used at all, so a page is never half one language and half
 * the other (the validator demands the same structure; this is the safety net).
 */
public final class Wording {

    private final Scenario dutch;
    private final Scenario english;
    private final Map<String, Scenario.Node> englishNodes = new HashMap<>();

    private Wording(Scenario dutch, Scenario english) {
        this.dutch = dutch;
        this.english = english;
        if (english != null) {
            english.nodes().forEach(n -> englishNodes.put(n.id(), n));
        }
    }

    /** The Dutch words only. */
    public static Wording dutch(Scenario dutch) {
        return new Wording(dutch, null);
    }

    /** The English words where {@code english} (may be null) covers every node and choice of {@code dutch}; else the Dutch. */
    public static Wording of(Scenario dutch, Scenario english) {
        return english != null && covers(english, dutch) ? new Wording(dutch, english) : dutch(dutch);
    }

    /** {@code nl} or {@code en}: the language of every text this gives. */
    public String language() {
        return english == null ? ContentLanguage.DUTCH : ContentLanguage.ENGLISH;
    }

    /** The English version, when its words are used. */
    public Optional<Scenario> english() {
        return Optional.ofNullable(english);
    }

    public String title() {
        return english == null ? dutch.title() : english.title();
    }

    public List<String> learningGoals() {
        return english == null ? dutch.learningGoals() : english.learningGoals();
    }

    /** The text of a node of the Dutch scenario. */
    public String text(Scenario.Node node) {
        return node(node).text();
    }

    public String debrief(Scenario.Node node) {
        return node(node).debrief();
    }

    /** The text of a choice of a node of the Dutch scenario. */
    public String text(Scenario.Node node, Scenario.Choice choice) {
        return choice(node, choice).text();
    }

    public String feedback(Scenario.Node node, Scenario.Choice choice) {
        return choice(node, choice).feedback();
    }

    private Scenario.Node node(Scenario.Node dutchNode) {
        return english == null ? dutchNode : englishNodes.get(dutchNode.id());
    }

    private Scenario.Choice choice(Scenario.Node dutchNode, Scenario.Choice dutchChoice) {
        if (english == null) {
            return dutchChoice;
        }
        return node(dutchNode).choices().stream().filter(c -> c.id().equals(dutchChoice.id())).findFirst().orElseThrow();
    }

    private static boolean covers(Scenario english, Scenario dutch) {
        if (!english.id().equals(dutch.id()) || blank(english.title())) {
            return false;
        }
        for (Scenario.Node d : dutch.nodes()) {
            Optional<Scenario.Node> e = english.node(d.id());
            if (e.isEmpty() || e.get().type() != d.type() || blank(e.get().text()) != blank(d.text())
                    || blank(e.get().debrief()) != blank(d.debrief())) {
                return false;
            }
            for (Scenario.Choice c : d.choices() == null ? List.<Scenario.Choice>of() : d.choices()) {
                List<Scenario.Choice> theirs = e.get().choices() == null ? List.of() : e.get().choices();
                if (theirs.stream().noneMatch(t -> t.id().equals(c.id()) && !blank(t.text()) && blank(t.feedback()) == blank(c.feedback()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
