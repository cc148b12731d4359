package nl.weerbaar.it.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.weerbaar.it.planning.EnrolmentIT;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.Learners;
import nl.weerbaar.it.support.Learners.Learner;
import nl.weerbaar.it.support.Mailbox;
import nl.weerbaar.scenarios.LearningModule;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The retention job with periods of 20 years, on one participant whose history is moved 30 years
 * back and one who is active now (everything else on the server is younger than 20 years, so the run
 * touches nothing of other tests): the old one is erased, her attempts, statements and old audit line
 * go; the young one keeps everything; newer audit lines stay; the run is noted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetentionIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private static final String TRIAL = "{\"inactive\":\"P20Y\",\"records\":\"P20Y\",\"audit\":\"P20Y\"}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aRunErasesTheLongInactiveDeletesOldRecordsAndOldAuditRowsAndKeepsTheRest() throws Exception {
        Learner old = Learners.create(SMTP);
        Learner young = Learners.create(SMTP);
        for (Learner l : List.of(old, young)) {
            long session = EnrolmentIT.newSession(8);
            assertEquals(201, l.api().postJson("api/sessions/" + session + "/enrolments", "").statusCode());
            String scenario = LearningModule.shipped("voorbereiding").orElseThrow().requiredScenarios().get(0);
            long attempt = Learners.start(l, "voorbereiding", scenario).getJsonNumber("attemptId").longValue();
            Learners.play(l, attempt, Learners.bestPath(scenario));
            assertEquals(200, Http.api("ngb").get("api/participants/" + l.participantId()).statusCode());
        }
        HttpResponse<String> moved = Http.api("admin").postJson("api/admin/synthetic/backdate?participant="
                + old.participantId() + "&years=30", "");
        assertEquals(201, moved.statusCode(), moved.body());
        long oldAuditLine = Http.object(moved.body()).getJsonNumber("auditId").longValue();
        Map<String, String> before = export(old.participantId());
        assertTrue(auditIds(before).contains(oldAuditLine), "the moved line is there before the run");
        int youngStatements = array(export(young.participantId()), "statements.json").size();

        HttpResponse<String> ran = Http.api("admin").postJson("api/admin/retention", TRIAL);
        assertEquals(200, ran.statusCode(), ran.body());
        JsonObject run = Http.object(ran.body());
        System.out.println("Retention run with P20Y: " + run);
        assertTrue(run.getInt("participantsErased") >= 1, run.toString());
        assertTrue(run.getInt("attemptsDeleted") >= 1, run.toString());
        assertTrue(run.getInt("statementsDeleted") >= 1, run.toString());
        assertTrue(run.getInt("auditRowsDeleted") >= 1, run.toString());

        Map<String, String> gone = export(old.participantId());
        JsonObject register = Json.createReader(new StringReader(gone.get("register.json"))).readObject();
        assertTrue(!register.getJsonObject("participant").isNull("erased_at"), "erased: " + register);
        assertTrue(!gone.toString().contains(old.email()) && !gone.toString().contains(old.name()), "erased: " + register);
        assertTrue(register.isNull("account"), "her login is gone");
        assertEquals(0, array(gone, "attempts.json").size(), "her old attempts are deleted");
        assertEquals(0, array(gone, "statements.json").size(), "her old statements are deleted");
        List<Long> audit = auditIds(gone);
        assertTrue(!audit.contains(oldAuditLine), "the 30-year-old audit line is deleted");
        assertTrue(audit.stream().anyMatch(id -> id != oldAuditLine), "younger lines about her stay: " + audit);
        JsonObject residue = Http.object(Http.api("admin").postJson("api/admin/residue", Json.createObjectBuilder()
                .add("texts", Json.createArrayBuilder().add(old.name()).add(old.email()).add(old.username())).build().toString())
                .body());
        assertEquals(0, residue.getJsonArray("hits").size(), "nothing names her: " + residue);

        Map<String, String> kept = export(young.participantId());
        JsonObject youngRegister = Json.createReader(new StringReader(kept.get("register.json"))).readObject();
        assertEquals(young.name(), youngRegister.getJsonObject("participant").getString("naam"));
        assertEquals(1, array(kept, "attempts.json").size(), "the young one's attempt stays");
        assertEquals(youngStatements, array(kept, "statements.json").size(), "the young one's statements stay");
        assertEquals(200, young.api().get("api/me/completion").statusCode(), "the young one can still log in");

        JsonArray runs = Http.array(Http.api("admin").get("api/admin/retention").body());
        assertEquals(run.getJsonNumber("id").longValue(), runs.getJsonObject(0).getJsonNumber("id").longValue(), "the run is noted");
        assertEquals(run.getInt("auditRowsDeleted"), runs.getJsonObject(0).getInt("auditRowsDeleted"));
    }

    @Test
    void auditRowsAreKeptAtLeastAYearAndOnlyTheAdministratorRunsIt() {
        assertEquals(400, Http.api("admin").postJson("api/admin/retention", "{\"audit\":\"P6M\"}").statusCode());
        assertEquals(400, Http.api("admin").postJson("api/admin/retention", "{\"inactive\":\"six years\"}").statusCode());
        for (String other : List.of("ngb", "trainer", "bzk")) {
            assertEquals(403, Http.api(other).postJson("api/admin/retention", TRIAL).statusCode(), other);
            assertEquals(403, Http.api(other).postJson("api/admin/synthetic/backdate?participant=1&years=30", "").statusCode());
        }
    }

    private static Map<String, String> export(long participant) throws IOException {
        HttpResponse<byte[]> zip = Http.api("ngb").getBytes("api/participants/" + participant + "/export");
        assertEquals(200, zip.statusCode());
        Map<String, String> parts = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    private static JsonArray array(Map<String, String> parts, String name) {
        return Json.createReader(new StringReader(parts.get(name))).readArray();
    }

    private static List<Long> auditIds(Map<String, String> parts) {
        return array(parts, "audit.json").getValuesAs(JsonObject.class).stream()
                .map(line -> line.getJsonNumber("id").longValue()).toList();
    }
}
