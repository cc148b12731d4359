package nl.weerbaar.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import nl.weerbaar.scenarios.Scenario;
import nl.weerbaar.scenarios.ShippedScenarios;

/** The player API: modules, attempts, choices and their order, resume, retry, language, ownership and bad input. */
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

    @Test
    void eachAttemptShowsTheChoicesInItsOwnOrderAndAResumedAttemptInTheSameOrder() {
        Learner learner = Learners.create(SMTP);
        Scenario a1 = ShippedScenarios.read(A1);
        Set<List<String>> orders = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            JsonObject started = Learners.start(learner, "voorbereiding", A1);
            long attempt = started.getJsonNumber("attemptId").longValue();
            List<String> toDecision = toFirstDecision(a1);
            JsonObject decision = toDecision.isEmpty() ? started.getJsonObject("node")
                    : Learners.play(learner, attempt, toDecision).getJsonObject("node");
            List<String> order = choiceIds(decision);
            Scenario.Node node = a1.node(decision.getString("id")).orElseThrow();
            assertEquals(Set.copyOf(node.choices().stream().map(Scenario.Choice::id).toList()), Set.copyOf(order),
                    "the decision's own choices, each once");
            assertEquals(node.choices().size(), order.size());
            JsonObject resumed = Http.object(learner.api().get("api/attempts/" + attempt).body()).getJsonObject("node");
            assertEquals(order, choiceIds(resumed), "resumed, the attempt shows the order it showed");
            orders.add(order);
        }
        assertTrue(orders.size() > 1, "new attempts shuffle the choices anew: " + orders);
    }

    @Test
    void anEnglishParticipantReadsTheScenarioInEnglishWhereItHasItAndInDutchOtherwise() {
        Learner learner = Learners.create(SMTP);
        Http english = learner.api().inLanguage("en-GB,en;q=0.9,nl;q=0.5");
        boolean translated = ShippedScenarios.englishText(A1).isPresent();
        Scenario expected = ShippedScenarios.read(A1, Locale.ENGLISH);

        HttpResponse<String> started = english.postJson("api/modules/voorbereiding/attempts", "{\"scenarioId\":\"" + A1 + "\"}");
        assertEquals(201, started.statusCode(), started.body());
        JsonObject start = Http.object(started.body());
        assertEquals(translated ? "en" : "nl", start.getString("language"), "English where it exists, the Dutch fallback otherwise");
        assertEquals(expected.node(expected.start()).orElseThrow().text(), start.getJsonObject("node").getString("text"));
        long attempt = start.getJsonNumber("attemptId").longValue();

        JsonObject decision = start;
        for (String step : toFirstDecision(expected)) {
            decision = Http.object(english.postJson("api/attempts/" + attempt + "/choices", "{\"choiceId\":\"" + step + "\"}").body());
        }
        Scenario.Node node = expected.node(decision.getJsonObject("node").getString("id")).orElseThrow();
        JsonObject shown = decision.getJsonObject("node").getJsonArray("choices").getJsonObject(0);
        assertEquals(node.choices().stream().filter(c -> c.id().equals(shown.getString("id"))).findFirst().orElseThrow().text(),
                shown.getString("text"), "the choices in the same language");
        assertEquals(decision.getString("language"), start.getString("language"));

        JsonObject view = Http.object(english.get("api/attempts/" + attempt).body());
        assertEquals(expected.title(), view.getString("scenarioTitle"));
        JsonObject inDutch = Http.object(learner.api().get("api/attempts/" + attempt).body());
        assertEquals("nl", inDutch.getString("language"), "the same attempt read without asking for English");
        assertEquals(ShippedScenarios.read(A1).title(), inDutch.getString("scenarioTitle"));
        assertEquals(translated ? "en" : "nl", progress(english, "voorbereiding", A1).getString("language"));

        // The page: in the English pages, the scenario's text says the language it is in (lang="nl" as fallback).
        Http pages = Http.pages();
        pages.login(learner.username(), learner.password());
        assertEquals(302, pages.submit("index.xhtml", java.util.Map.of("userForm", "userForm", "userForm:language", "userForm:language"))
                .statusCode());
        String player = pages.get("deelnemer/speler.xhtml?poging=" + attempt).body();
        assertTrue(player.contains("<html") && player.matches("(?s).*<html[^>]*lang=\"en\".*"), "the English pages");
        assertEquals(translated ? "en" : "nl", attribute(player, "knoopTekst", "lang"), "the scenario's text marks its language");
        String help = pages.get("hulp.xhtml").body();
        assertTrue(help.matches("(?s).*class=\"card support-card\"[^>]*lang=\"" + nl.weerbaar.scenarios.SupportMap.language(Locale.ENGLISH)
                + "\".*"), "the support map marks its language");
    }

    /** The value of an attribute of the element with this id in a page. */
    private static String attribute(String html, String id, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<[a-z0-9]+ [^>]*id=\"" + id + "\"[^>]*>").matcher(html);
        assertTrue(m.find(), "no element " + id);
        java.util.regex.Matcher value = java.util.regex.Pattern.compile(" " + name + "=\"([^\"]*)\"").matcher(m.group());
        assertTrue(value.find(), m.group());
        return value.group(1);
    }

    /** The "continue"s from the start to the first decision. */
    private static List<String> toFirstDecision(Scenario scenario) {
        List<String> steps = new java.util.ArrayList<>();
        for (Scenario.Node at = scenario.node(scenario.start()).orElseThrow(); at.type() == Scenario.Type.SITUATION;
                at = scenario.node(at.next()).orElseThrow()) {
            steps.add("continue");
        }
        return steps;
    }

    private static List<String> choiceIds(JsonObject node) {
        return node.getJsonArray("choices").getValuesAs(JsonObject.class).stream().map(c -> c.getString("id")).toList();
    }

    static JsonObject progress(Learner learner, String module, String scenario) {
        return progress(learner.api(), module, scenario);
    }

    static JsonObject progress(Http api, String module, String scenario) {
        return Http.array(api.get("api/modules").body()).getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("id").equals(module)).findFirst().orElseThrow()
                .getJsonArray("scenarios").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("id").equals(scenario)).findFirst().orElseThrow();
    }
}
