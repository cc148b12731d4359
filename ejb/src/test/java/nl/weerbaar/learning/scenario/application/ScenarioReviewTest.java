package nl.weerbaar.learning.scenario.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.weerbaar.scenarios.Scenario;
import nl.weerbaar.scenarios.ScenarioReader;
import nl.weerbaar.scenarios.ShippedScenarios;
import org.junit.jupiter.api.Test;

class ScenarioReviewTest {

    /** Two decisions; both have a choice with id "a", so a choice's text must be read at the node that offered it. */
    private static final String SCENARIO = """
            {"id":"r","version":3,"title":"R","part":"B","estimatedMinutes":5,"learningGoals":["x"],
             "source":"brief-bzk-maatregelen-en-training-omgaan-met-intimidatie.txt",
             "scoreRange":{"min":-3,"max":9},"passMark":3,"start":"start","nodes":[
              {"id":"start","type":"situation","text":"Een brief.","next":"k1",
               "bron":[{"seed":"veiligheidspakket-startende-burgemeesters.txt","citaat":"stappenplan melding en aangifte"}]},
              {"id":"k1","type":"decision","text":"Wat doet u?","choices":[
                {"id":"a","text":"Melden bij de politie","feedback":"f","scores":{"B":2,"A1":1},"next":"k2",
                 "bron":[{"seed":"veiligheidspakket-startende-burgemeesters.txt","citaat":"stappenplan melding en aangifte"},
                         {"publiek":"Politie","url":"https://www.politie.nl/"}]},
                {"id":"b","text":"Afwachten","feedback":"f","scores":{"B":-1},"next":"slecht",
                 "bron":[{"publiek":"Kwaadaardig","url":"javascript:alert(1)"}]}]},
              {"id":"k2","type":"decision","text":"En dan?","choices":[
                {"id":"a","text":"Aangifte op het werkadres","feedback":"f","scores":{"B":1},"next":"goed"},
                {"id":"c","text":"Niets meer","feedback":"f","scores":{"B":0},"next":"slecht"}]},
              {"id":"goed","type":"end","text":"Het loopt goed af.","debrief":"d"},
              {"id":"slecht","type":"end","text":"Het loopt slecht af.","debrief":"d"}]}
            """;

    private static ScenarioReview review(List<ChoiceDistribution> choices) {
        Scenario scenario = ScenarioReader.read("r.json", SCENARIO).scenario();
        return ScenarioReview.of(scenario, "DRAFT", choices);
    }

    @Test
    void everyPathNamesItsChoicesByTextItsEndingPointsPerThemeAndPass() {
        ScenarioReview review = review(List.of());

        assertEquals("r", review.scenarioId());
        assertEquals(3, review.version());
        assertEquals(3, review.passMark());
        assertEquals(-1, review.lowestTotal(), "the paths' range, not the file's scoreRange");
        assertEquals(4, review.highestTotal());
        assertEquals(3, review.paths().size());
        ScenarioReview.Path best = review.paths().get(0);
        assertEquals(List.of(new ScenarioReview.Step("k1", "a", "Melden bij de politie"),
                new ScenarioReview.Step("k2", "a", "Aangifte op het werkadres")), best.choices(), "no 'continue' steps");
        assertEquals("goed", best.endId());
        assertEquals("Het loopt goed af.", best.endText());
        assertEquals(List.of(new ScenarioReview.Points("A1", 1), new ScenarioReview.Points("B", 3)), best.scores());
        assertEquals(4, best.total());
        assertTrue(best.passed());

        ScenarioReview.Path stopped = review.paths().get(1);
        assertEquals(List.of("Melden bij de politie", "Niets meer"), stopped.choices().stream().map(ScenarioReview.Step::text).toList());
        assertEquals(3, stopped.total());
        assertTrue(stopped.passed(), "3 points reach the pass mark of 3");
        ScenarioReview.Path waited = review.paths().get(2);
        assertEquals("slecht", waited.endId());
        assertEquals(-1, waited.total());
        assertFalse(waited.passed());
        assertFalse(review.pathsCut());
    }

    @Test
    void sourcesAreTheScenariosOwnThenEachDistinctBronWithWhereItIsCited() {
        List<ScenarioReview.Source> sources = review(List.of()).sources();

        assertEquals(4, sources.size(), sources.toString());
        ScenarioReview.Source own = sources.get(0);
        assertTrue(own.scenario());
        assertEquals("brief-bzk-maatregelen-en-training-omgaan-met-intimidatie.txt", own.seed());
        ScenarioReview.Source stappenplan = sources.get(1);
        assertFalse(stappenplan.scenario());
        assertEquals("veiligheidspakket-startende-burgemeesters.txt", stappenplan.seed());
        assertEquals("stappenplan melding en aangifte", stappenplan.citaat());
        assertEquals(List.of("start", "k1/a"), stappenplan.usedAt(), "cited twice, listed once");
        ScenarioReview.Source politie = sources.get(2);
        assertEquals("Politie", politie.publiek());
        assertEquals("https://www.politie.nl/", politie.link());
        assertEquals(List.of("k1/a"), politie.usedAt());
    }

    @Test
    void onlyAWebAddressBecomesALink() {
        ScenarioReview.Source script = review(List.of()).sources().get(3);
        assertEquals("javascript:alert(1)", script.url());
        assertNull(script.link());
        assertNull(new ScenarioReview.Source(false, null, null, "x", null, List.of()).link());
        assertEquals("http://example.org/a", new ScenarioReview.Source(false, null, null, "x", " http://example.org/a", List.of()).link());
    }

    @Test
    void theChoiceFiguresArePassedOnAsTheyAre() {
        ChoiceDistribution k1 = new ChoiceDistribution(2, "k1", "Wat doet u?", 4,
                List.of(new ChoiceDistribution.Share("a", "Melden bij de politie", 3, 75),
                        new ChoiceDistribution.Share("b", "Afwachten", 1, 25)));
        assertEquals(List.of(k1), review(List.of(k1)).choices());
    }

    @Test
    void everyShippedScenarioHasAReviewWithItsSourceAndPathsThatEnd() {
        for (String id : ShippedScenarios.ids()) {
            ScenarioReview review = ScenarioReview.of(ShippedScenarios.read(id), "PUBLISHED", List.of());
            assertTrue(review.sources().get(0).scenario(), id);
            assertFalse(review.paths().isEmpty(), id);
            review.paths().forEach(p -> {
                assertFalse(p.choices().isEmpty(), id + ": a path makes at least one decision");
                assertEquals(p.total(), p.scores().stream().mapToInt(ScenarioReview.Points::points).sum(), id);
            });
        }
    }
}
