package nl.weerbaar.it.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Her right of access: the zip she downloads (and NGB downloads for her) holds everything about her
 * and nothing about anyone else. The server writes with WildFly's JSON-P provider (Parsson); this test
 * unpacks with java.util.zip and parses every file with Jackson, a parser that did not write it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataExportIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private static final ObjectMapper JACKSON = new ObjectMapper();
    private static final Set<String> PARTS = Set.of("register.json", "enrolments.json", "attempts.json", "statements.json",
            "completion.json", "corrections.json", "mails.json", "audit.json");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void herZipHoldsEveryPartOfHerDataAndNothingOfAnotherParticipant() throws Exception {
        Learner her = Learners.create(SMTP);
        Learner other = Learners.create(SMTP);
        long session = EnrolmentIT.newSession(8);
        for (Learner l : List.of(her, other)) {
            assertEquals(201, l.api().postJson("api/sessions/" + session + "/enrolments", "").statusCode());
            String scenario = LearningModule.shipped("voorbereiding").orElseThrow().requiredScenarios().get(0);
            long attempt = Learners.start(l, "voorbereiding", scenario).getJsonNumber("attemptId").longValue();
            Learners.play(l, attempt, Learners.bestPath(scenario));
        }
        String corrected = "{\"name\":\"" + her.name() + "\",\"email\":\"" + her.email() + "\",\"phone\":\"0612345678\","
                + "\"office\":\"burgemeester\",\"gemeentecode\":\"GM0344\",\"inOfficeSince\":\"2021-03-01\"}";
        assertEquals(200, Http.api("ngb").putJson("api/participants/" + her.participantId(), corrected).statusCode());
        assertEquals(200, Http.api("ngb").get("api/participants/" + her.participantId()).statusCode());
        Mailbox.await(SMTP, her.email(), 2); // invitation and booking

        HttpResponse<byte[]> first = her.api().getBytes("api/me/export");
        assertEquals(200, first.statusCode());
        assertEquals("application/zip", first.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<byte[]> mine = her.api().getBytes("api/me/export");
        Map<String, JsonNode> parts = unzip(mine.body());
        assertEquals(PARTS, parts.keySet());

        JsonNode register = parts.get("register.json");
        assertEquals(her.participantId(), register.at("/participant/id").asLong());
        assertEquals(her.name(), register.at("/participant/naam").asText());
        assertEquals(her.email(), register.at("/participant/email").asText());
        assertEquals("Utrecht", register.at("/participant/gemeente_naam").asText());
        assertEquals(her.username(), register.at("/account/login/username").asText());
        assertEquals("participant", register.at("/account/roles/0/role").asText());
        assertTrue(register.at("/account/login/password_hash").isMissingNode(), "no password hash in the export");

        JsonNode enrolments = parts.get("enrolments.json");
        assertEquals(1, enrolments.get("enrolments").size());
        assertEquals(session, enrolments.at("/enrolments/0/session_id").asLong());
        assertEquals(her.participantId(), enrolments.at("/enrolments/0/participant_id").asLong());
        assertEquals("BOOKED", enrolments.at("/enrolments/0/status").asText());
        assertTrue(actions(enrolments.get("history")).contains("ENROLMENT_CREATED"), enrolments.toString());

        JsonNode attempts = parts.get("attempts.json");
        assertEquals(1, attempts.size());
        assertEquals(her.participantId(), attempts.at("/0/participant_id").asLong());
        assertEquals(Learners.bestPath(attempts.at("/0/scenario_id").asText()).size(), attempts.at("/0/steps").size());

        JsonNode statements = parts.get("statements.json");
        JsonNode served = JACKSON.readTree(her.api().get("api/me/statements").body());
        assertTrue(statements.size() >= 2, "launched, answered, completed: " + statements);
        assertEquals(ids(served), ids(statements), "the same statements as her learning records");

        assertTrue(parts.get("completion.json").get("completion").isNull(), "not completed yet");
        JsonNode corrections = parts.get("corrections.json");
        assertEquals(1, corrections.size());
        assertEquals("telefoon", corrections.at("/0/field").asText());
        assertEquals(her.participantId(), corrections.at("/0/participant_id").asLong());

        JsonNode mails = parts.get("mails.json");
        assertTrue(mails.size() >= 2, mails.toString());
        mails.forEach(m -> assertEquals(her.email(), m.get("recipient").asText()));

        JsonNode audit = parts.get("audit.json");
        assertTrue(lines(audit, "PARTICIPANT_READ", "ngb") >= 1, "NGB read her record: " + audit);
        assertTrue(lines(audit, "PARTICIPANT_CORRECTED", "ngb") >= 1, audit.toString());
        assertTrue(lines(audit, "PERSONAL_DATA_EXPORTED", her.username()) >= 1, "her first export is audited: " + audit);
        audit.forEach(line -> {
            if (!line.get("by_herself").asBoolean()) {
                assertTrue(line.get("address") == null, "staff addresses are not hers to have: " + line);
            }
        });

        String everything = text(parts);
        for (String secret : List.of("password_hash", "token_hash", "secret_sealed", her.password())) {
            assertFalse(text(parts).contains(secret), secret);
        }
        for (String hers : List.of(other.name(), other.email(), other.username())) {
            assertFalse(everything.contains(hers), "nothing of the other participant: " + hers);
        }

        HttpResponse<byte[]> byNgb = Http.api("ngb").getBytes("api/participants/" + her.participantId() + "/export");
        assertEquals(200, byNgb.statusCode());
        Map<String, JsonNode> forHer = unzip(byNgb.body());
        assertEquals(PARTS, forHer.keySet());
        assertEquals(her.participantId(), forHer.get("register.json").at("/participant/id").asLong());
        assertTrue(lines(forHer.get("audit.json"), "PERSONAL_DATA_EXPORTED", her.username()) >= 2);
        assertFalse(text(forHer).contains(other.email()));
        assertTrue(lines(unzip(her.api().getBytes("api/me/export").body()).get("audit.json"), "PERSONAL_DATA_EXPORTED",
                "ngb") >= 1, "NGB's export for her is audited and shown to her");
    }

    @Test
    void onlySheAndNgbMayExportHerData() {
        Learner her = Learners.create(SMTP);
        Learner other = Learners.create(SMTP);
        assertEquals(403, her.api().getBytes("api/participants/" + other.participantId() + "/export").statusCode());
        for (String staff : List.of("trainer", "bzk", "admin")) {
            assertEquals(403, Http.api(staff).getBytes("api/participants/" + her.participantId() + "/export").statusCode(), staff);
            assertEquals(403, Http.api(staff).getBytes("api/me/export").statusCode(), staff);
        }
        assertEquals(403, Http.api("ngb").getBytes("api/me/export").statusCode(), "NGB is no participant");
        assertEquals(401, Http.api(null).getBytes("api/me/export").statusCode());
        assertEquals(404, Http.api("ngb").getBytes("api/participants/987654321/export").statusCode());
    }

    @Test
    void herAccountPageDownloadsTheSameZip() throws Exception {
        Learner her = Learners.create(SMTP);
        Http browser = Http.pages();
        assertEquals(302, browser.login(her.username(), her.password()).statusCode());
        HttpResponse<byte[]> download = browser.submitForFile("account.xhtml",
                Map.of("gegevensForm", "gegevensForm", "gegevensForm:gegevens", ""));
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/zip"), download.headers().toString());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("mijn-gegevens-weerbaar.zip"));
        Map<String, JsonNode> parts = unzip(download.body());
        assertEquals(PARTS, parts.keySet());
        assertEquals(her.participantId(), parts.get("register.json").at("/participant/id").asLong());
        assertEquals(her.email(), parts.get("register.json").at("/participant/email").asText());
    }

    private static Map<String, JsonNode> unzip(byte[] zip) throws IOException {
        Map<String, JsonNode> parts = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), JACKSON.readTree(in.readAllBytes()));
            }
        }
        return parts;
    }

    private static String text(Map<String, JsonNode> parts) {
        return parts.values().toString();
    }

    private static List<String> actions(JsonNode lines) {
        List<String> actions = new ArrayList<>();
        lines.forEach(l -> actions.add(l.get("action").asText()));
        return actions;
    }

    private static long lines(JsonNode audit, String action, String actor) {
        List<JsonNode> found = new ArrayList<>();
        audit.forEach(l -> {
            if (action.equals(l.get("action").asText()) && actor.equals(l.get("actor").asText())) {
                found.add(l);
            }
        });
        return found.size();
    }

    private static Set<String> ids(JsonNode statements) {
        Set<String> ids = new java.util.TreeSet<>();
        statements.forEach(s -> ids.add(s.get("id").asText()));
        return ids;
    }
}
