package nl.weerbaar.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.Learners;
import nl.weerbaar.it.support.Learners.Learner;
import nl.weerbaar.it.support.XapiValidator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The learning records read as an LRS client reads them (xAPI 1.0.3, GET Statements): the version
 * header both ways, the StatementResult with "more", the filters, one statement by id, and who may read.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XapiLrsIT {

    private static final String VERSION = "X-Experience-API-Version";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(nl.weerbaar.it.support.Mailbox.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anLrsClientPagesThroughHerStatementsWithTheFiltersOfTheSpecification() throws Exception {
        Learner learner = Learners.create(SMTP);
        long attempt = Learners.start(learner, "voorbereiding", "a1-zwakke-signalen").getJsonNumber("attemptId").longValue();
        Learners.play(learner, attempt, Learners.worstPath("a1-zwakke-signalen"));
        Http client = learner.api();

        HttpResponse<String> unversioned = client.get("api/xapi/statements");
        assertEquals(400, unversioned.statusCode(), "a request without the version header is refused");
        assertEquals("1.0.3", unversioned.headers().firstValue(VERSION).orElse(""));
        assertEquals("1.0.3", Http.object(Http.api(null).get("api/xapi/about").body()).getJsonArray("version").getString(0));

        HttpResponse<String> all = client.get("api/xapi/statements?ascending=true", VERSION, "1.0.3");
        assertEquals(200, all.statusCode(), all.body());
        assertEquals("1.0.3", all.headers().firstValue(VERSION).orElse(""));
        assertTrue(all.headers().firstValue("X-Experience-API-Consistent-Through").isPresent());
        JsonObject result = Http.object(all.body());
        assertEquals("", result.getString("more"), "everything on one page");
        List<JsonObject> statements = result.getJsonArray("statements").getValuesAs(JsonObject.class);
        assertTrue(statements.size() >= 4, all.body());
        assertTrue(statements.stream().allMatch(s -> s.containsKey("stored") && "1.0.3".equals(s.getString("version"))));
        XapiValidator.assertValid(result.getJsonArray("statements").toString());

        // Two at a time, following "more", gives the same statements in the same order.
        List<String> paged = new ArrayList<>();
        String next = "api/xapi/statements?ascending=true&limit=2";
        while (!next.isEmpty()) {
            JsonObject page = Http.object(client.get(next, VERSION, "1.0.3").body());
            assertTrue(page.getJsonArray("statements").size() <= 2);
            page.getJsonArray("statements").getValuesAs(JsonObject.class).forEach(s -> paged.add(s.getString("id")));
            next = page.getString("more").replaceFirst("^/", "");
        }
        assertEquals(statements.stream().map(s -> s.getString("id")).toList(), paged);

        JsonObject failed = Http.object(client.get("api/xapi/statements?verb="
                + URLEncoder.encode("http://adlnet.gov/expapi/verbs/failed", StandardCharsets.UTF_8), VERSION, "1.0.3").body());
        assertEquals(1, failed.getJsonArray("statements").size(), failed.toString());
        String activity = statements.get(0).getJsonObject("object").getString("id");
        JsonObject ofActivity = Http.object(client.get("api/xapi/statements?activity="
                + URLEncoder.encode(activity, StandardCharsets.UTF_8), VERSION, "1.0.3").body());
        assertTrue(ofActivity.getJsonArray("statements").getValuesAs(JsonObject.class).stream()
                .allMatch(s -> s.getJsonObject("object").getString("id").equals(activity)));
        assertFalse(ofActivity.getJsonArray("statements").isEmpty());
        String future = URLEncoder.encode("2999-01-01T00:00:00Z", StandardCharsets.UTF_8);
        assertTrue(Http.object(client.get("api/xapi/statements?since=" + future, VERSION, "1.0.3").body())
                .getJsonArray("statements").isEmpty());
        assertEquals(400, client.get("api/xapi/statements?since=gisteren", VERSION, "1.0.3").statusCode());

        String id = statements.get(0).getString("id");
        JsonObject one = Http.object(client.get("api/xapi/statements?statementId=" + id, VERSION, "1.0.3").body());
        assertEquals(id, one.getString("id"));

        // Another participant does not see hers; NGB sees everyone's; BZK nothing.
        Learner other = Learners.create(SMTP);
        assertEquals(404, other.api().get("api/xapi/statements?statementId=" + id, VERSION, "1.0.3").statusCode());
        assertTrue(Http.object(other.api().get("api/xapi/statements", VERSION, "1.0.3").body()).getJsonArray("statements").isEmpty());
        Set<String> seenByNgb = new HashSet<>();
        Http.object(Http.api("ngb").get("api/xapi/statements?limit=0&activity=" + URLEncoder.encode(activity, StandardCharsets.UTF_8),
                VERSION, "1.0.3").body()).getJsonArray("statements").getValuesAs(JsonObject.class)
                .forEach(s -> seenByNgb.add(s.getString("id")));
        assertTrue(seenByNgb.contains(id));
        assertEquals(403, Http.api("bzk").get("api/xapi/statements", VERSION, "1.0.3").statusCode());
    }
}
