package nl.weerbaar.it.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.SessionJsonFixture;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
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
        // Read with opencsv's RFC 4180 parser, not with Commons CSV, which wrote it.
        List<String[]> rows;
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(csv.body()))
                .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            rows = reader.readAll();
        }
        assertArrayEquals(new String[] {"at", "actor", "action", "subject", "address"}, rows.get(0), csv.body());
        assertTrue(rows.size() > 1, csv.body());
        for (String[] row : rows) {
            assertEquals(5, row.length, String.join("|", row));
        }
        String[] line = rows.stream().skip(1).filter(r -> r[3].equals("session:" + session)).findFirst()
                .orElseThrow(() -> new AssertionError("the planned session is in the CSV: " + csv.body()));
        assertEquals("ngb", line[1]);
        assertEquals("SESSION_PLANNED", line[2]);
        assertTrue(java.time.LocalDateTime.parse(line[0]).isAfter(java.time.LocalDateTime.now().minusHours(1)), line[0]);
    }
}
