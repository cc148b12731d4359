package nl.weerbaar.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.weerbaar.it.planning.EnrolmentIT;
import nl.weerbaar.it.reporting.ReportIT;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.FromAddress;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.Mailbox;
import nl.weerbaar.it.support.PrometheusText;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Health and metrics on the management interface, read as a load balancer and a Prometheus scraper
 * would: readiness and liveness with the application's named checks, and the Prometheus text (read by
 * an independent parser) whose counters rise with an enrolment, a promotion, a failed login and a
 * report run. The management interface is the one Arquillian itself deploys through (127.0.0.1:9990).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthAndMetricsIT {

    private static final URI MANAGEMENT = Deployments.MANAGEMENT;
    /** The labels our meters may carry: outcomes and job names (and WildFly's deployment name), never a person, address or id. */
    private static final Set<String> ALLOWED_LABELS = Set.of("outcome", "reason", "state", "job", "status", "app", "WF_DEPLOYMENT");

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.server();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void readinessHasTheDatabaseTheMailOutboxAndTheJobRepositoryAllUp() throws Exception {
        HttpResponse<String> ready = management("health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject health = Http.object(ready.body());
        assertEquals("UP", health.getString("status"), ready.body());
        Map<String, JsonObject> checks = byName(health);
        for (String name : List.of("database", "mail-outbox", "job-repository")) {
            JsonObject check = checks.get(name);
            assertTrue(check != null, "readiness names " + name + ": " + ready.body());
            assertEquals("UP", check.getString("status"), ready.body());
        }
        JsonObject outbox = checks.get("mail-outbox").getJsonObject("data");
        assertTrue(outbox.containsKey("pending") && outbox.containsKey("dead"), ready.body());
        assertCountsOnly(checks.values());
    }

    @Test
    void livenessHasTheOutboxWorkerUp() throws Exception {
        HttpResponse<String> live = management("health/live");
        assertEquals(200, live.statusCode(), live.body());
        JsonObject health = Http.object(live.body());
        assertEquals("UP", health.getString("status"), live.body());
        JsonObject worker = byName(health).get("outbox-worker");
        assertTrue(worker != null, live.body());
        assertEquals("UP", worker.getString("status"), live.body());
        assertCountsOnly(byName(health).values());
    }

    @Test
    void countersRiseWithAnEnrolmentAPromotionAFailedLoginAndAReportRun() throws Exception {
        PrometheusText before = scrape();
        long session = EnrolmentIT.newSession(1);
        long first = EnrolmentIT.newParticipant();
        long second = EnrolmentIT.newParticipant();
        assertEquals(201, enrol(session, first).statusCode());
        assertEquals(201, enrol(session, second).statusCode());
        assertEquals(204, Http.api("ngb").delete("api/sessions/" + session + "/enrolments/" + first).statusCode());
        String guessed = "meter-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(401, FromAddress.loopback(26).getWithBasic("api/account", guessed, "fout", "nl").status());
        long job = ReportIT.start("ngb", "operational", "year=2026");
        ReportIT.await("ngb", job, Set.of("COMPLETED", "FAILED", "STOPPED"));
        PrometheusText after = scrape();

        assertRose(before, after, 1, "weerbaar_enrolments_total", Map.of("outcome", "booked"));
        assertRose(before, after, 1, "weerbaar_enrolments_total", Map.of("outcome", "waitlisted"));
        assertRose(before, after, 1, "weerbaar_waitlist_promotions_total", Map.of());
        assertRose(before, after, 1, "weerbaar_login_failures_total", Map.of("reason", "password"));
        assertRose(before, after, 1, "weerbaar_report_job_seconds_count", Map.of("job", "operational-report"));
        assertEquals("counter", after.family("weerbaar_enrolments").orElseThrow().getString("type"));
        assertEquals("counter", after.family("weerbaar_login_failures").orElseThrow().getString("type"));
        assertEquals("summary", after.family("weerbaar_report_job_seconds").orElseThrow().getString("type"));
        assertEquals("gauge", after.family("weerbaar_outbox_mails").orElseThrow().getString("type"));
        assertTrue(after.value("weerbaar_outbox_mails", Map.of("state", "pending")) >= 0, "the pending gauge reads the outbox");
        assertTrue(after.value("weerbaar_outbox_mails", Map.of("state", "dead")) >= 0, "the dead gauge reads the outbox");
        after.value("weerbaar_outbox_send_failures_total", Map.of());
        for (JsonObject family : after.familiesStartingWith("weerbaar_")) {
            for (JsonValue sample : family.getJsonArray("samples")) {
                Set<String> names = sample.asJsonObject().getJsonObject("labels").keySet();
                assertTrue(ALLOWED_LABELS.containsAll(names), family.getString("name") + " has labels " + names);
            }
        }
    }

    private static void assertRose(PrometheusText before, PrometheusText after, double by, String family,
            Map<String, String> labels) {
        assertEquals(before.valueOrZero(family, labels) + by, after.value(family, labels), family + labels);
    }

    /** Health data are counts, times and flags: no text that could name a person or a host. */
    private static void assertCountsOnly(java.util.Collection<JsonObject> checks) {
        for (JsonObject check : checks) {
            JsonObject data = check.getJsonObject("data");
            if (data != null && check.getString("name").matches("database|mail-outbox|job-repository|outbox-worker")) {
                data.forEach((key, value) -> assertTrue(value.getValueType() == JsonValue.ValueType.NUMBER
                        || value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE,
                        check.getString("name") + "." + key + " is a count or a flag: " + value));
            }
        }
    }

    private static Map<String, JsonObject> byName(JsonObject health) {
        return health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c, (a, b) -> a));
    }

    private static PrometheusText scrape() throws Exception {
        HttpResponse<String> metrics = management("metrics");
        assertEquals(200, metrics.statusCode());
        return PrometheusText.parse(metrics.body());
    }

    private static HttpResponse<String> enrol(long session, long participant) {
        return Http.api("ngb").postJson("api/sessions/" + session + "/enrolments", "{\"participantId\":" + participant + "}");
    }

    private static HttpResponse<String> management(String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(HttpRequest.newBuilder(MANAGEMENT.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
