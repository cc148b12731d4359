package nl.weerbaar.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.SessionJsonFixture;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Administrators read the audit trail: what was done to sessions, refusals, and as CSV. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void planningASessionAndARefusalAreInTheTrailByIdNeverByName() throws Exception {
        HttpResponse<String> planned = Http.api("ngb").postJson("api/sessions",
                SessionJsonFixture.valid(SessionJsonFixture.uniqueTitle("Audit")));
        assertEquals(201, planned.statusCode(), planned.body());
        long session = Http.object(planned.body()).getJsonNumber("id").longValue();
        assertEquals(403, Http.api("bzk").get("api/audit").statusCode());

        JsonObject plannedLines = Http.object(Http.api("admin").get("api/audit?action=SESSION_PLANNED").body());
        assertTrue(plannedLines.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getString("subject").equals("session:" + session) && i.getString("actor").equals("ngb")),
                plannedLines.toString());
        JsonObject refusals = Http.object(Http.api("admin").get("api/audit?action=ACCESS_DENIED&actor=bzk").body());
        assertTrue(refusals.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getString("subject").equals("api:GET /api/audit")), refusals.toString());

        assertEquals(400, Http.api("admin").get("api/audit?from=gisteren").statusCode());

        HttpResponse<String> csv = Http.api("admin").get("api/audit/csv?action=SESSION_PLANNED");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        assertTrue(records.stream().anyMatch(r -> r.get("subject").equals("session:" + session) && r.get("action").equals("SESSION_PLANNED")),
                csv.body());
    }
}
