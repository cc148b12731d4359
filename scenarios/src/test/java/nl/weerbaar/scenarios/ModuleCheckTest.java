package nl.weerbaar.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 3: per module the best option is the longest text in at most 60 % of the decisions. */
class ModuleCheckTest {

    /** A scenario with one decision: the first choice scores {@code first} points, the second {@code second}. */
    private static Scenario decision(String id, String firstText, int first, String secondText, int second) {
        String json = """
                {"id":"%s","version":1,"title":"T","part":"A1","estimatedMinutes":5,"learningGoals":["x"],"source":"s",
                 "scoreRange":{"min":-1,"max":2},"passMark":1,"start":"k","nodes":[
                  {"id":"k","type":"decision","text":"q","choices":[
                    {"id":"a","text":"%s","feedback":"f","scores":{"A1":%d},"next":"e"},
                    {"id":"b","text":"%s","feedback":"f","scores":{"A1":%d},"next":"e"}]},
                  {"id":"e","type":"end","text":"e","debrief":"d","passes":true}]}
                """.formatted(id, firstText, first, secondText, second);
        return ScenarioReader.read(id + ".json", json).scenario();
    }

    private static final String LONG = "Een veel langere keuze met uitleg";
    private static final String SHORT = "Kort";

    @Test
    void bestLongestInTwoOfThreeDecisionsIsTooOften() {
        List<Scenario> module = List.of(decision("s1", LONG, 2, SHORT, 0), decision("s2", SHORT, 0, LONG, 2),
                decision("s3", LONG, 0, SHORT, 2));
        ModuleCheck.Figures f = ModuleCheck.figures(module);
        assertEquals(new ModuleCheck.Figures(3, 2, 1, 0), f);
        assertEquals(67, f.bestLongestPercent());
        List<ScenarioProblem> problems = ScenarioValidator.validateModule("voorbereiding", module);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("modules.json", problems.get(0).file());
        assertTrue(problems.get(0).message().contains("module voorbereiding: het beste antwoord is in 2 van de 3 beslissingen het langste (67 %)"),
                problems.get(0).message());
    }

    @Test
    void threeOfFiveIsSixtyPercentAndAllowed() {
        List<Scenario> module = List.of(decision("s1", LONG, 2, SHORT, 0), decision("s2", LONG, 2, SHORT, 0),
                decision("s3", LONG, 2, SHORT, 0), decision("s4", SHORT, 2, LONG, 0), decision("s5", SHORT, 2, LONG, 0));
        assertEquals(new ModuleCheck.Figures(5, 3, 5, 0), ModuleCheck.figures(module));
        assertEquals(List.of(), ScenarioValidator.validateModule("m", module));
    }

    @Test
    void withATieNoOptionIsBestAndOptionsOfSimilarLengthAreCounted() {
        List<Scenario> module = List.of(decision("s1", LONG, 1, LONG + "!", 1), decision("s2", "Twaalf teken", 2, "Tien tekens", 0));
        ModuleCheck.Figures f = ModuleCheck.figures(module);
        assertEquals(new ModuleCheck.Figures(2, 1, 1, 2), f);
        assertEquals(-1, ModuleCheck.best(module.get(0).nodes().get(0).choices()));
    }
}
