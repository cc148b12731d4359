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
        assertEquals(List.of("negeren", "registreren", "zelf-bellen"), play.offered());
    }

    @Test
    void choicesAddTheirPointsPerTheme() {
        Playthrough play = Playthrough.start(scenario);
        play.choose(Playthrough.CONTINUE);
        Playthrough.Step step = play.choose("zelf-bellen");
        assertTrue(step.feedback().startsWith("Het gesprek zoeken kan"));
        assertEquals(Map.of(Theme.A1, 1, Theme.A2, -1), play.scores());
        assertEquals(0, play.total());
        play.choose(Playthrough.CONTINUE);
        play.choose("politie");
        assertEquals(Map.of(Theme.A1, 3, Theme.A2, -1, Theme.B, 2), play.scores());
        assertEquals(4, play.total());
    }

    @Test
    void aChoiceNotOnOfferIsRefusedAndChangesNothing() {
        Playthrough play = Playthrough.start(scenario);
        assertThrows(Playthrough.UnknownChoice.class, () -> play.choose("registreren"));
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
        played.choose("registreren");
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
