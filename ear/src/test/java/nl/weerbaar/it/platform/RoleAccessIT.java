package nl.weerbaar.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.SessionJsonFixture;

/** Every role against the two pages and the two endpoints of the first slice: allowed or denied. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleAccessIT {

    private static final String PLANNING = "planning/sessies.xhtml";
    private static final String OFFER = "aanbod/sessies.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ParameterizedTest(name = "{0}: planning {1}, offer {2}, GET /api/sessions {3}, POST /api/sessions {4}")
    @CsvSource({
        "ngb,       200, 200, 200, 201",
        "deelnemer, 403, 200, 200, 403",
        "trainer,   403, 403, 200, 403",
        "bzk,       403, 403, 200, 403",
        "admin,     403, 403, 200, 403"
    })
    void eachRoleGetsExactlyItsOwnPagesAndEndpoints(String user, int planning, int offer, int list, int create) {
        Http browser = Http.pages();
        HttpResponse<String> login = browser.login(user, Deployments.PASSWORD);
        assertEquals(302, login.statusCode(), "login of " + user);
        assertEquals(planning, browser.get(PLANNING).statusCode(), user + " on " + PLANNING);
        assertEquals(offer, browser.get(OFFER).statusCode(), user + " on " + OFFER);

        Http api = Http.api(user);
        assertEquals(list, api.get("api/sessions").statusCode(), user + " GET /api/sessions");
        HttpResponse<String> post = api.postJson("api/sessions",
                SessionJsonFixture.valid(SessionJsonFixture.uniqueTitle("Rol " + user)));
        assertEquals(create, post.statusCode(), user + " POST /api/sessions: " + post.body());
    }

    @Test
    void anonymousPageRequestsLandOnTheLoginPageAndComeBackAfterLogin() {
        Http browser = Http.pages();
        for (String page : new String[] {PLANNING, OFFER, "index.xhtml", "beheer/systeem.xhtml"}) {
            HttpResponse<String> response = browser.get(page);
            assertEquals(302, response.statusCode(), page);
            String location = Http.location(response).toString();
            assertTrue(location.contains("/login.xhtml?next=%2F" + page.replace("/", "%2F")), location);
        }
    }

    @Test
    void theZelfscanIsForParticipantsOnly() {
        for (String user : new String[] {"ngb", "deelnemer", "trainer", "bzk", "admin"}) {
            Http browser = Http.pages();
            browser.login(user, Deployments.PASSWORD);
            assertEquals(user.equals("deelnemer") ? 200 : 403, browser.get("deelnemer/zelfscan.xhtml").statusCode(), user);
        }
    }

    @ParameterizedTest(name = "{0}: leren {1}, scenarios {2}, casussen {3}, evaluaties {4}, modules {5}, api scenarios {6}, api casus {7}")
    @CsvSource({
        "ngb,       403, 403, 403, 200, 403, 403, 403",
        "deelnemer, 200, 403, 403, 403, 200, 403, 403",
        "trainer,   403, 200, 200, 200, 403, 200, 200",
        "bzk,       403, 403, 403, 403, 403, 403, 403",
        "admin,     403, 403, 403, 403, 403, 403, 403"
    })
    void learningPagesAndEndpointsBelongToTheirRoles(String user, int learn, int scenarios, int cases, int evaluations,
            int modules, int apiScenarios, int apiCases) {
        Http browser = Http.pages();
        assertEquals(302, browser.login(user, Deployments.PASSWORD).statusCode());
        assertEquals(learn, browser.get("deelnemer/leren.xhtml").statusCode(), user + " leren");
        assertEquals(learn, browser.get("deelnemer/speler.xhtml").statusCode(), user + " speler");
        assertEquals(learn, browser.get("deelnemer/evaluatie.xhtml").statusCode(), user + " evaluatie");
        assertEquals(scenarios, browser.get("casuistiek/scenarios.xhtml").statusCode(), user + " scenarios");
        assertEquals(scenarios, browser.get("casuistiek/scenario.xhtml").statusCode(), user + " scenario editor");
        assertEquals(cases, browser.get("casuistiek/casussen.xhtml").statusCode(), user + " casussen");
        assertEquals(evaluations, browser.get("trainer/evaluaties.xhtml").statusCode(), user + " evaluaties");
        assertEquals(200, browser.get("certificaat.xhtml").statusCode(), user + " certificate check is public");

        Http api = Http.api(user);
        assertEquals(modules, api.get("api/modules").statusCode(), user + " GET /api/modules");
        assertEquals(modules, api.get("api/me/completion").statusCode(), user + " GET /api/me/completion");
        assertEquals(apiScenarios, api.get("api/scenarios").statusCode(), user + " GET /api/scenarios");
        assertEquals(apiCases, api.get("api/casus").statusCode(), user + " GET /api/casus");
    }

    @ParameterizedTest(name = "{0}: rapporten {1}, dashboard {2}, financiering {3}, api reports {4}, api funding {5}")
    @CsvSource({
        "ngb,       200, 200, 200, 200, 200",
        "deelnemer, 403, 403, 403, 403, 403",
        "trainer,   403, 403, 403, 403, 403",
        "bzk,       200, 200, 403, 200, 200",
        "admin,     403, 403, 403, 403, 403"
    })
    void reportPagesAndEndpointsBelongToBzkAndNgb(String user, int reports, int dashboard, int funding, int apiReports,
            int apiFunding) {
        Http browser = Http.pages();
        assertEquals(302, browser.login(user, Deployments.PASSWORD).statusCode());
        assertEquals(reports, browser.get("rapportages/rapporten.xhtml").statusCode(), user + " rapporten");
        assertEquals(dashboard, browser.get("rapportages/dashboard.xhtml").statusCode(), user + " dashboard");
        assertEquals(funding, browser.get("planning/financiering.xhtml").statusCode(), user + " financiering");
        Http api = Http.api(user);
        assertEquals(apiReports, api.get("api/reports").statusCode(), user + " GET /api/reports");
        assertEquals(apiFunding, api.get("api/funding/2026").statusCode(), user + " GET /api/funding/2026");
    }

    @Test
    void theCertificateCheckIsPublicAndTheLearningApiIsNot() {
        assertEquals(200, Http.pages().get("certificaat.xhtml").statusCode());
        assertEquals(404, Http.api(null).get("api/certificates/WB-ZZZZ-ZZZZ").statusCode());
        assertEquals(401, Http.api(null).get("api/modules").statusCode());
        assertEquals(401, Http.api(null).get("api/scenarios").statusCode());
    }

    @Test
    void anonymousApiRequestsGetABasicChallenge() {
        HttpResponse<String> list = Http.api(null).get("api/sessions");
        assertEquals(401, list.statusCode());
        assertTrue(list.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, Http.api(null).postJson("api/sessions", SessionJsonFixture.valid("Anoniem")).statusCode());
    }

    @Test
    void aFormLoginSessionDoesNotOpenTheApi() {
        Http browser = Http.pages();
        assertEquals(302, browser.login("ngb", Deployments.PASSWORD).statusCode());
        assertEquals(401, browser.get("api/sessions").statusCode());
    }
}
