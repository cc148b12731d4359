package nl.weerbaar.it;

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
