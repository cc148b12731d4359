package nl.weerbaar.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The browser-side defences on every kind of answer, and the session cookie's protection. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static void assertCommonHeaders(String what, HttpResponse<?> answer) {
        assertEquals(Optional.of("DENY"), answer.headers().firstValue("X-Frame-Options"), what);
        assertEquals(Optional.of("nosniff"), answer.headers().firstValue("X-Content-Type-Options"), what);
        assertEquals(Optional.of("same-origin"), answer.headers().firstValue("Referrer-Policy"), what);
        assertTrue(answer.headers().firstValue("Permissions-Policy").orElse("").contains("camera=()"), what);
        List<String> policies = answer.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), what + " has exactly one policy (two would both apply): " + policies);
        assertTrue(policies.get(0).contains("frame-ancestors 'none'"), what + ": " + policies);
        assertTrue(answer.headers().firstValue("Strict-Transport-Security").isEmpty(),
                what + ": HSTS only over HTTPS, and this is plain HTTP on the loopback");
    }

    @Test
    void aPageAllowsOnlyItsOwnScriptsByNonce() {
        HttpResponse<String> page = Http.pages().get("login.xhtml");
        assertEquals(200, page.statusCode());
        assertCommonHeaders("the login page", page);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'.*"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the policy's nonce");
        assertNotEquals(nonce, Http.pages().get("login.xhtml").headers().firstValue("Content-Security-Policy").orElseThrow()
                .replaceAll(".*'nonce-([^']+)'.*", "$1"), "a new nonce for every page");
    }

    @Test
    void theRedirectToTheLoginPageCarriesTheHeadersToo() {
        HttpResponse<String> redirect = Http.pages().get("planning/sessies.xhtml");
        assertEquals(302, redirect.statusCode());
        assertCommonHeaders("the redirect to the login page", redirect);
    }

    @Test
    void anApiAnswerAllowsNothingToRun() {
        HttpResponse<String> answer = Http.api("ngb").get("api/account");
        assertEquals(200, answer.statusCode());
        assertCommonHeaders("an API answer", answer);
        assertTrue(answer.headers().firstValue("Content-Security-Policy").orElseThrow().startsWith("default-src 'none'"));
        HttpResponse<String> unauthorised = Http.api(null).get("api/account");
        assertEquals(401, unauthorised.statusCode());
        assertCommonHeaders("a 401 from the API", unauthorised);
        assertTrue(unauthorised.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(Http.object(unauthorised.body()).containsKey("error"), unauthorised.body());
    }

    @Test
    void aPostThatAnotherSiteCouldMakeTheBrowserSendIsRefused() {
        Http ngb = Http.api("ngb");
        for (String formType : new String[] {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain", null}) {
            HttpResponse<String> refused = ngb.post("api/admin/locks/nobody/release", formType, "");
            assertEquals(415, refused.statusCode(), formType + ": " + refused.body());
            assertTrue(Http.object(refused.body()).getString("error").contains("JSON"), refused.body());
        }
        HttpResponse<String> json = Http.api("admin").post("api/admin/locks/nobody/release", "application/json", "");
        assertEquals(404, json.statusCode(), "JSON passes on to the resource: " + json.body());
    }

    @Test
    void aStaticResourceAllowsNothingToRun() {
        HttpResponse<String> css = Http.pages().get("jakarta.faces.resource/css/weerbaar.css.xhtml");
        assertEquals(200, css.statusCode(), css.body());
        assertCommonHeaders("the style sheet", css);
        assertTrue(css.headers().firstValue("Content-Security-Policy").orElseThrow().startsWith("default-src 'none'"));
    }

    @Test
    void anErrorPageCarriesTheHeadersToo() {
        Http browser = Http.pages();
        browser.login("deelnemer", Deployments.PASSWORD);
        HttpResponse<String> missing = browser.get("bestaat-niet.xhtml");
        assertEquals(404, missing.statusCode());
        assertCommonHeaders("the 404 page", missing);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> page = Http.pages().get("login.xhtml");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + page.headers().map()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void loggingInGivesANewSessionIdAndTheOldOneIsWorthNothing() {
        Http browser = Http.pages();
        HttpResponse<String> before = browser.get("login.xhtml");
        String planted = sessionId(before).orElseThrow();
        HttpResponse<String> login = browser.login("ngb", Deployments.PASSWORD);
        assertEquals(302, login.statusCode(), login.body());
        String after = sessionId(login).orElseThrow(() -> new AssertionError("login set no new session id"));
        assertNotEquals(planted, after);
        assertEquals(200, browser.get("index.xhtml").statusCode());
        HttpResponse<String> withPlanted = Http.withSessionCookie(planted).get("planning/sessies.xhtml");
        assertEquals(302, withPlanted.statusCode(), "the id from before the login leads to the login page");
        assertTrue(Http.location(withPlanted).getPath().endsWith("/login.xhtml"));
    }

    private static Optional<String> sessionId(HttpResponse<?> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst();
    }
}
