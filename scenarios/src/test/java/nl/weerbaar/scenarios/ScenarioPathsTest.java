package nl.weerbaar.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioPathsTest {

    private static final String BRANCHING = """
            {"id":"p","version":1,"title":"P","part":"B","estimatedMinutes":5,"learningGoals":["x"],"source":"s",
             "scoreRange":{"min":-1,"max":2},"passMark":3,"start":"start","nodes":[
              {"id":"start","type":"situation","text":"t","next":"k1"},
              {"id":"k1","type":"decision","text":"q","choices":[
                {"id":"a","text":"a","feedback":"f","scores":{"B":2},"next":"k2"},
                {"id":"b","text":"b","feedback":"f","scores":{"B":-1},"next":"slecht"}]},
              {"id":"k2","type":"decision","text":"q","choices":[
                {"id":"c","text":"c","feedback":"f","scores":{"B":2},"next":"goed"},
                {"id":"d","text":"d","feedback":"f","scores":{"B":0},"next":"k1"}]},
              {"id":"goed","type":"end","text":"e","debrief":"d"},
              {"id":"slecht","type":"end","text":"e","debrief":"d"}]}
            """;

    @Test
    void everyPathIsReplayedWithItsEndScoresAndPass() {
        List<ScenarioPaths.Path> paths = ScenarioPaths.of(ScenarioReader.read("p.json", BRANCHING).scenario());

        // k2's "d" leads back to k1, already on the path: not followed again, so two paths remain.
        assertEquals(2, paths.size());
        ScenarioPaths.Path good = paths.get(0);
        assertEquals(List.of("continue", "a", "c"), good.choices());
        assertEquals("goed", good.endId());
        assertEquals(Map.of(Theme.B, 4), good.scores());
        assertEquals(4, good.total());
        assertTrue(good.passed());
        ScenarioPaths.Path bad = paths.get(1);
        assertEquals(List.of("continue", "b"), bad.choices());
        assertEquals("slecht", bad.endId());
        assertEquals(-1, bad.total());
        assertFalse(bad.passed());
    }

    @Test
    void everyShippedScenarioHasPathsThatAllEnd() {
        for (String id : ShippedScenarios.ids()) {
            Scenario scenario = ShippedScenarios.read(id);
            List<ScenarioPaths.Path> paths = ScenarioPaths.of(scenario);
            assertFalse(paths.isEmpty(), id);
            paths.forEach(p -> assertEquals(Scenario.Type.END, scenario.node(p.endId()).orElseThrow().type(), id));
        }
    }

    @Test
    void totalsSpanEveryPathAndScaleWithinMinusOneToOne() {
        ScenarioPaths.Totals totals = ScenarioPaths.totals(ScenarioReader.read("p.json", BRANCHING).scenario());

        assertEquals(new ScenarioPaths.Totals(-1, 4), totals);
        assertEquals(1.0, totals.scaled(4));
        assertEquals(0.5, totals.scaled(2));
        assertEquals(0.0, totals.scaled(0));
        assertEquals(-1.0, totals.scaled(-1));
    }
}
