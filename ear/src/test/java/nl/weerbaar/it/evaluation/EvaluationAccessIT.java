package nl.weerbaar.it.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.SessionJsonFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A trainer reads the evaluations of the sessions she gives only; NGB reads every session's. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvaluationAccessIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aTrainerReadsTheEvaluationsOfHerOwnSessionsOnlyAndNgbOfAll() {
        long hers = plan(",\"trainers\":[\"trainer\"]");
        long another = plan("");

        HttpResponse<String> own = Http.api("trainer").get("api/sessions/" + hers + "/evaluation");
        assertEquals(200, own.statusCode(), own.body());
        JsonObject summary = Http.object(own.body());
        assertTrue(summary.isNull("respondents"), "nobody answered yet, and below three no count is told: " + summary);
        assertEquals(404, Http.api("trainer").get("api/sessions/" + another + "/evaluation").statusCode(),
                "not her session: as if it did not exist");
        assertEquals(200, Http.api("ngb").get("api/sessions/" + another + "/evaluation").statusCode());
        assertEquals(403, Http.api("deelnemer").get("api/sessions/" + hers + "/evaluation").statusCode());
    }

    private static long plan(String extra) {
        String json = SessionJsonFixture.valid(SessionJsonFixture.uniqueTitle("Evaluatie")).replace("}", extra + "}");
        HttpResponse<String> created = Http.api("ngb").postJson("api/sessions", json);
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created.body()).getJsonNumber("id").longValue();
    }
}
