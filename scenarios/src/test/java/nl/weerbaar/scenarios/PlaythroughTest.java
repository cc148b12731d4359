package nl.weerbaar.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaythroughTest {

    private final Scenario scenario = ShippedScenarios.read("a1-zwakke-signalen");

    @Test
    void aSituationOffersOnlyContinueAndGivesNoFeedback() {
        Playthrough play = Playthrough.start(scenario);
        assertEquals("start", play.current().id());
        assertEquals(List.of(Playthrough.CONTINUE), play.offered());
        Playthrough.Step step = play.choose(Playthrough.CONTINUE);
        assertNull(step.feedback());
        assertEquals("keuze1", step.node().id());
        assertEquals(List.of("bewaren", "melden", "bellen"), play.offered());
    }

    @Test
    void choicesAddTheirPointsPerTheme() {
        Playthrough play = Playthrough.start(scenario);
        play.choose(Playthrough.CONTINUE);
        Playthrough.Step step = play.choose("bellen");
        assertTrue(step.feedback().startsWith("Het gesprek aangaan voelt daadkrachtig"), step.feedback());
        assertEquals("stilte", step.node().id(), "the first decision branches: a call of her own leads elsewhere than a report");
        assertEquals(Map.of(Theme.A1, 1, Theme.A2, -1), play.scores());
        assertEquals(0, play.total());
        play.choose(Playthrough.CONTINUE);
        Playthrough.Step last = play.choose("alsnog-melden");
        assertEquals(Map.of(Theme.A1, 2, Theme.A2, -1, Theme.B, 1), play.scores());
        assertEquals(2, play.total());
        assertEquals("hersteld", last.node().id());
        assertTrue(last.finished() && play.passed() && last.node().passes(), "a late report still passes, as its ending says");
    }

    @Test
    void aChoiceNotOnOfferIsRefusedAndChangesNothing() {
        Playthrough play = Playthrough.start(scenario);
        assertThrows(Playthrough.UnknownChoice.class, () -> play.choose("melden"));
        assertEquals("start", play.current().id());
        assertEquals(List.of(), play.choices());
        play.choose(Playthrough.CONTINUE);
        assertThrows(Playthrough.UnknownChoice.class, () -> play.choose(Playthrough.CONTINUE));
        assertThrows(Playthrough.UnknownChoice.class, () -> play.choose("bestaat-niet"));
    }

    @Test
    void replayingTheStoredChoicesResumesExactlyWhereSheWas() {
        Playthrough played = Playthrough.start(scenario);
        played.choose(Playthrough.CONTINUE);
        played.choose("melden");
        Playthrough resumed = Playthrough.replay(scenario, played.choices());
        assertEquals(played.current(), resumed.current());
        assertEquals(played.scores(), resumed.scores());
        assertEquals(played.offered(), resumed.offered());
    }

    @Test
    void everyShippedScenarioCanBeFinishedAndPassedAlongSomePath() {
        for (String id : ShippedScenarios.ids()) {
            Scenario s = ShippedScenarios.read(id);
            Playthrough best = bestPath(s, Playthrough.start(s));
            assertTrue(best.finished(), id);
            assertTrue(best.passed(), id + " best total " + best.total() + " pass mark " + s.passMark());
            assertFalse(best.offered().size() > 0, id);
        }
    }

    @Test
    void everyPathThroughAPreventionScenarioEndsAsItsEndingSays() {
        for (String id : List.of("a1-zwakke-signalen", "a2-sociale-media", "a3-boze-groep")) {
            Scenario s = ShippedScenarios.read(id);
            List<ScenarioPaths.Path> paths = ScenarioPaths.of(s);
            assertEquals(9, paths.size(), id + ": three choices, each followed by three");
            paths.forEach(p -> assertEquals(s.node(p.endId()).orElseThrow().passes(), p.passed(), id + " " + p));
            assertTrue(paths.stream().anyMatch(ScenarioPaths.Path::passed) && paths.stream().anyMatch(p -> !p.passed()), id);
        }
    }

    /** Depth-first search for the highest-scoring finished path (scenarios are small and acyclic on the way to an end). */
    private static Playthrough bestPath(Scenario s, Playthrough at) {
        if (at.finished()) {
            return at;
        }
        Playthrough best = null;
        for (String choice : at.offered()) {
            List<String> path = new java.util.ArrayList<>(at.choices());
            path.add(choice);
            Playthrough end = bestPath(s, Playthrough.replay(s, path));
            if (end != null && (best == null || end.total() > best.total())) {
                best = end;
            }
        }
        return best;
    }
}
