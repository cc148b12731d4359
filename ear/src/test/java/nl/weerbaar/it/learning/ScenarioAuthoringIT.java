package nl.weerbaar.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.it.support.Learners.Learner;
import nl.weerbaar.scenarios.ShippedScenarios;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import nl.weerbaar.it.planning.EnrolmentIT;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.Learners;
import nl.weerbaar.it.support.Mailbox;

/** Trainers import, publish and export scenario files; attempts stay on their version; how participants chose. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScenarioAuthoringIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    /** A scenario of the first module; the tests change only its text, so its paths (and the other tests that pass it) stay as shipped. */
    private static final String ROLE = "b-rolidentiteit";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anAttemptContinuesOnTheVersionItStartedOnWhenANewVersionIsPublished() {
        Learner learner = Learners.create(SMTP);
        JsonObject started = Learners.start(learner, "voorbereiding", ROLE);
        long attempt = started.getJsonNumber("attemptId").longValue();
        int oldVersion = started.getInt("version");
        String oldText = started.getJsonObject("node").getString("text");
        List<String> path = Learners.bestPath(ROLE);
        Learners.play(learner, attempt, path.subList(0, 1));

        String marker = "VERSIE-" + UUID.randomUUID().toString().substring(0, 6);
        String changed = ShippedScenarios.text(ROLE).replace(oldText, marker + " " + oldText);
        HttpResponse<String> imported = Http.api("trainer").postBytes("api/scenarios?name=" + ROLE + ".json",
                changed.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, imported.statusCode(), imported.body());
        JsonObject draft = Http.object(imported.body());
        assertEquals("DRAFT", draft.getString("status"));
        int newVersion = draft.getInt("version");
        assertTrue(newVersion > oldVersion);

        JsonObject beforePublish = Learners.start(learner, "voorbereiding", ROLE);
        assertEquals(oldVersion, beforePublish.getInt("version"), "a draft is not played");
        HttpResponse<String> published = Http.api("trainer").postJson("api/scenarios/" + ROLE + "/publish", "");
        assertEquals(200, published.statusCode(), published.body());
        assertEquals(409, Http.api("trainer").postJson("api/scenarios/" + ROLE + "/publish", "").statusCode(),
                "nothing left to publish");

        JsonObject resumed = Http.object(learner.api().get("api/attempts/" + beforePublish.getJsonNumber("attemptId")).body());
        assertEquals(oldVersion, resumed.getInt("version"), "the attempt stays pinned");
        JsonObject end = Learners.play(learner, beforePublish.getJsonNumber("attemptId").longValue(), path);
        assertTrue(end.getBoolean("finished"));

        JsonObject fresh = Learners.start(learner, "voorbereiding", ROLE);
        assertEquals(newVersion, fresh.getInt("version"));
        assertTrue(fresh.getJsonObject("node").getString("text").startsWith(marker), "new attempts start on the new version");

        HttpResponse<String> export = Http.api("trainer").get("api/scenarios/" + ROLE + "/versions/" + newVersion);
        assertEquals(200, export.statusCode());
        assertTrue(export.body().contains(marker));
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").contains(ROLE + "-v" + newVersion + ".json"));
    }

    @Test
    void brokenFilesAreRefusedWholeNamingThePlaceAndThePublishedVersionStays() {
        int published = summary(ROLE).getInt("publishedVersion");
        String valid = ShippedScenarios.text(ROLE);
        // Each broken file, with a piece of the message that names what is wrong, and whether it has a line.
        Map<String, byte[]> broken = new LinkedHashMap<>();
        broken.put("geen geldige JSON", "{ \"id\": ".getBytes(StandardCharsets.UTF_8));
        broken.put("'nergens'", valid.replaceFirst("\"next\": \"[a-z0-9-]+\"", "\"next\": \"nergens\"")
                .getBytes(StandardCharsets.UTF_8));
        broken.put("'title'", valid.replace("\"title\"", "\"titel\"").getBytes(StandardCharsets.UTF_8));
        broken.put("UTF-8", valid.replace("Nabespreking", "Nabespreking \u00eb").getBytes(StandardCharsets.ISO_8859_1));
        broken.forEach((message, file) -> {
            HttpResponse<String> refused = Http.api("trainer").postBytes("api/scenarios?name=kapot.json", file);
            assertEquals(400, refused.statusCode(), refused.body());
            List<JsonObject> problems = Http.object(refused.body()).getJsonArray("errors").getValuesAs(JsonObject.class);
            assertTrue(problems.stream().allMatch(p -> p.getString("file").equals("kapot.json")), refused.body());
            assertTrue(problems.stream().anyMatch(p -> p.getString("message").contains(message)), message + ": " + refused.body());
            boolean missingField = message.equals("'title'");
            assertTrue(missingField || problems.stream().anyMatch(p -> !p.isNull("line")), "a line is named: " + refused.body());
        });
        JsonObject after = summary(ROLE);
        assertEquals(published, after.getInt("publishedVersion"), "the published version stays");
    }

    @Test
    void trainersSeeHowParticipantsChose() {
        Learner learner = Learners.create(SMTP);
        long attempt = Learners.start(learner, "voorbereiding", "a3-boze-groep").getJsonNumber("attemptId").longValue();
        List<String> path = Learners.bestPath("a3-boze-groep");
        Learners.play(learner, attempt, path);
        HttpResponse<String> distribution = Http.api("trainer").get("api/scenarios/a3-boze-groep/distribution");
        assertEquals(200, distribution.statusCode(), distribution.body());
        List<JsonObject> decisions = Http.array(distribution.body()).getValuesAs(JsonObject.class);
        assertFalse(decisions.isEmpty());
        String firstDecisionChoice = path.stream().filter(c -> !c.equals("continue")).findFirst().orElseThrow();
        assertTrue(decisions.stream().flatMap(d -> d.getJsonArray("choices").getValuesAs(JsonObject.class).stream())
                .anyMatch(c -> c.getString("choiceId").equals(firstDecisionChoice) && c.getInt("count") >= 1), distribution.body());
        assertEquals(403, Http.api("ngb").get("api/scenarios/a3-boze-groep/distribution").statusCode());
        assertEquals(403, learner.api().get("api/scenarios").statusCode());
    }

    @Test
    void theCasuistryRecordsCasesAndWhichWereDiscussedInASession() {
        String casus = "{\"title\":\"Kaart na sluiting horeca\",\"description\":\"Een burgemeester kreeg na een sluiting "
                + "drie kaarten, de laatste persoonlijk.\",\"theme\":\"A1\",\"incidentType\":\"BRIEF\","
                + "\"source\":\"Training voorjaar\",\"tags\":\"horeca, kaarten\"}";
        HttpResponse<String> created = Http.api("trainer").postJson("api/casus", casus);
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.object(created.body()).getJsonNumber("id").longValue();
        HttpResponse<String> invalid = Http.api("trainer").postJson("api/casus", "{\"theme\":\"A1\"}");
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("title"), invalid.body());

        long session = EnrolmentIT.newSession(8);
        HttpResponse<String> discussed = Http.api("trainer").putJson("api/casus/sessions/" + session, "{\"casusIds\":[" + id + "]}");
        assertEquals(200, discussed.statusCode(), discussed.body());
        assertEquals(1, Http.array(Http.api("ngb").get("api/casus/sessions/" + session).body()).size());
        assertEquals(403, Http.api("ngb").get("api/casus").statusCode());
        assertEquals(403, Http.api("bzk").get("api/casus").statusCode());
    }

    private static JsonObject summary(String scenario) {
        return Http.array(Http.api("trainer").get("api/scenarios").body()).getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("scenarioId").equals(scenario)).findFirst().orElseThrow();
    }
}
