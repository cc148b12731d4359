package nl.weerbaar.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import nl.weerbaar.it.support.Learners.Learner;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.Learners;
import nl.weerbaar.it.support.Mailbox;

/** The player API: modules, attempts, choices, resume, retry, ownership and bad input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private static final String A1 = "a1-zwakke-signalen";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aParticipantPlaysAScenarioStepByStepToItsDebrief() {
        Learner learner = Learners.create(SMTP);
        HttpResponse<String> modules = learner.api().get("api/modules");
        assertEquals(200, modules.statusCode(), modules.body());
        List<JsonObject> list = Http.array(modules.body()).getValuesAs(JsonObject.class);
        assertEquals(List.of("voorbereiding", "nazorg"), list.stream().map(m -> m.getString("id")).toList());
        assertFalse(list.get(0).getBoolean("passed"));

        JsonObject started = Learners.start(learner, "voorbereiding", A1);
        long attempt = started.getJsonNumber("attemptId").longValue();
        JsonObject node = started.getJsonObject("node");
        assertEquals("start", node.getString("id"));
        assertEquals("situation", node.getString("type"));
        assertEquals("continue", node.getJsonArray("choices").getJsonObject(0).getString("id"));
        assertEquals(1, node.getJsonArray("choices").size(), "a situation offers only continue");

        JsonObject decision = Learners.play(learner, attempt, List.of("continue"));
        assertTrue(decision.isNull("feedback"), "no feedback after continue");
        assertEquals("decision", decision.getJsonObject("node").getString("type"));
        assertFalse(decision.getBoolean("finished"));

        // "melden" (report the cards) is the best first choice: its feedback explains, its points count per theme.
        JsonObject chosen = Learners.play(learner, attempt, List.of("melden"));
        assertTrue(chosen.getString("feedback").startsWith("Zo beoordelen mensen met kennis van zaken"), chosen.toString());
        assertEquals(1, chosen.getJsonObject("scores").getInt("A1"));
        assertEquals(1, chosen.getJsonObject("scores").getInt("B"));
        assertEquals("gemeld", chosen.getJsonObject("node").getString("id"));

        List<String> best = Learners.bestPath(A1);
        assertEquals(List.of("continue", "melden"), best.subList(0, 2));
        List<String> rest = best.subList(2, best.size());
        JsonObject end = Learners.play(learner, attempt, rest);
        assertTrue(end.getBoolean("finished"));
        assertEquals("end", end.getJsonObject("node").getString("type"));
        assertTrue(end.getJsonObject("node").getJsonArray("choices").isEmpty());
        assertFalse(end.getString("debrief").isBlank());
        assertTrue(end.getBoolean("passed"));

        HttpResponse<String> so = learner.api().get("api/attempts/" + attempt);
        assertEquals(200, so.statusCode(), so.body());
        JsonObject view = Http.object(so.body());
        assertEquals("FINISHED", view.getString("status"));
        assertEquals(Learners.bestPath(A1).size(), view.getJsonArray("steps").size());

        JsonObject a1 = progress(learner, "voorbereiding", A1);
        assertTrue(a1.getBoolean("passed"));
        assertEquals(1, a1.getInt("attempts"));
        assertTrue(a1.isNull("resumeAttemptId"));
    }

    @Test
    void sheResumesWhereSheWasAndTheBestAttemptCounts() {
        Learner learner = Learners.create(SMTP);
        long first = Learners.start(learner, "voorbereiding", A1).getJsonNumber("attemptId").longValue();
        Learners.play(learner, first, Learners.bestPath(A1));
        int best = progress(learner, "voorbereiding", A1).getInt("bestTotal");

        long second = Learners.start(learner, "voorbereiding", A1).getJsonNumber("attemptId").longValue();
        List<String> worst = Learners.worstPath(A1);
        Learners.play(learner, second, worst.subList(0, 2));
        JsonObject halfway = progress(learner, "voorbereiding", A1);
        assertEquals(second, halfway.getJsonNumber("resumeAttemptId").longValue(), "the attempt in progress is offered to resume");

        JsonObject resumed = Http.object(learner.api().get("api/attempts/" + second).body());
        assertEquals("IN_PROGRESS", resumed.getString("status"));
        assertEquals(2, resumed.getJsonArray("steps").size());
        JsonObject end = Learners.play(learner, second, worst.subList(2, worst.size()));
        assertFalse(end.getBoolean("passed"), "the worst path fails");

        JsonObject after = progress(learner, "voorbereiding", A1);
        assertTrue(after.getBoolean("passed"), "the best attempt counts");
        assertEquals(best, after.getInt("bestTotal"));
        assertEquals(2, after.getInt("attempts"), "every attempt is kept");
        assertEquals(200, learner.api().get("api/attempts/" + first).statusCode());
    }

    @Test
    void aChoiceThatIsNotOfferedIsRefusedAndSomeoneElsesAttemptDoesNotExist() {
        Learner owner = Learners.create(SMTP);
        Learner other = Learners.create(SMTP);
        long attempt = Learners.start(owner, "voorbereiding", A1).getJsonNumber("attemptId").longValue();

        HttpResponse<String> wrong = owner.api().postJson("api/attempts/" + attempt + "/choices", "{\"choiceId\":\"melden\"}");
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertEquals("choiceId", Http.object(wrong.body()).getString("field"));
        assertEquals(400, owner.api().postJson("api/attempts/" + attempt + "/choices", "{}").statusCode());
        assertEquals(0, Http.object(owner.api().get("api/attempts/" + attempt).body()).getJsonArray("steps").size(),
                "a refused choice changes nothing");

        assertEquals(404, other.api().get("api/attempts/" + attempt).statusCode());
        assertEquals(404, other.api().postJson("api/attempts/" + attempt + "/choices", "{\"choiceId\":\"continue\"}").statusCode());
        assertEquals(404, owner.api().get("api/attempts/999999999").statusCode());
        assertEquals(403, Http.api("ngb").get("api/attempts/" + attempt).statusCode());
        assertEquals(404, owner.api().postJson("api/modules/bestaat-niet/attempts", "{}").statusCode());
        assertEquals(404, owner.api().postJson("api/modules/nazorg/attempts", "{\"scenarioId\":\"" + A1 + "\"}").statusCode(),
                "a scenario of another module");

        JsonObject started = Learners.start(owner, "voorbereiding", A1);
        assertNotEquals(attempt, started.getJsonNumber("attemptId").longValue());
        HttpResponse<String> left = owner.api().postJson("api/attempts/" + attempt + "/choices", "{\"choiceId\":\"continue\"}");
        assertEquals(400, left.statusCode(), "an attempt left for a new one is over: " + left.body());
    }

    @Test
    void withoutAScenarioTheModuleStartsTheFirstRequiredOneNotYetPassed() {
        Learner learner = Learners.create(SMTP);
        long first = Learners.start(learner, "voorbereiding", A1).getJsonNumber("attemptId").longValue();
        Learners.play(learner, first, Learners.bestPath(A1));
        HttpResponse<String> next = learner.api().postJson("api/modules/voorbereiding/attempts", "");
        assertEquals(201, next.statusCode(), next.body());
        assertEquals("a2-sociale-media", Http.object(next.body()).getString("scenarioId"));
    }

    static JsonObject progress(Learner learner, String module, String scenario) {
        return Http.array(learner.api().get("api/modules").body()).getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("id").equals(module)).findFirst().orElseThrow()
                .getJsonArray("scenarios").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("id").equals(scenario)).findFirst().orElseThrow();
    }
}
