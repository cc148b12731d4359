package nl.weerbaar.it.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weerbaar.it.support.AccountPages;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.Mailbox;
import nl.weerbaar.it.support.Totp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The administrator manages staff accounts through the API: invites one (the mail in GreenMail),
 * the staff member accepts, logs in with password and a second factor set up at once, shows up in
 * the list with last login and second factor; her roles change and so does her access; deactivated,
 * her live session, token and password stop working at once, and everything is in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffAccountIT {

    private static final Pattern LINK = Pattern.compile("/uitnodiging\\.xhtml\\?token=([A-Za-z0-9_%-]+)");
    private static final String LOGIN_FAILED = "Inloggen is niet gelukt. Controleer uw gebruikersnaam en wachtwoord.";

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.server();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static final Http ADMIN = Http.api("admin");

    @Test
    void anInvitedTrainerLogsInWithASecondFactorChangesRoleAndIsShutOutAtOnceWhenDeactivated() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "trainer-" + tag + "@example.nl";
        String username = "trainer-" + tag;
        String password = "een-lang-wachtwoord-" + tag;

        HttpResponse<String> invited = ADMIN.postJson("api/admin/accounts/invitations", invitation("Trainer " + tag, email, "trainer"));
        assertEquals(201, invited.statusCode(), invited.body());
        MimeMessage mail = Mailbox.await(smtp, email, 1);
        assertEquals("Uitnodiging: uw medewerkersaccount voor Weerbaar", mail.getSubject());
        Matcher link = LINK.matcher((String) mail.getContent());
        assertTrue(link.find(), "the mail has the link");
        String token = URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
        assertEquals("Trainer " + tag, Http.object(Http.api(null).get("api/invitations/" + token).body()).getString("name"));
        HttpResponse<String> accepted = Http.api(null).postJson("api/invitations/" + token + "/account",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertEquals(201, accepted.statusCode(), accepted.body());

        JsonObject before = listed(username);
        assertEquals(JsonValue.NULL, before.get("lastLoginAt"), "not logged in yet");
        assertFalse(before.getBoolean("secondFactor"));
        assertEquals("Trainer " + tag, before.getString("displayName"));
        assertEquals("[\"trainer\"]", before.getJsonArray("roles").toString());

        // First login: the password, then setting up the authenticator app (mandatory for staff).
        Http browser = Http.pages();
        HttpResponse<String> first = browser.login(username, password, null);
        assertTrue(Http.location(first).getPath().endsWith("/tweede-stap.xhtml"), "staff go on to the second step");
        Matcher secret = AccountPages.SECRET.matcher(browser.get("tweede-stap.xhtml").body());
        assertTrue(secret.find(), "a new staff account sets up its second factor");
        HttpResponse<String> setUp = browser.secondStep(Totp.nextCode(username, secret.group(1)));
        assertEquals(302, setUp.statusCode(), setUp.body());
        assertEquals(200, browser.get("trainer/sessies.xhtml").statusCode());
        String ownToken = AccountPages.makeToken(browser, "script", 30);
        Http bearer = Http.bearer(ownToken);
        assertEquals(200, bearer.get("api/casus").statusCode());
        assertEquals(403, bearer.get("api/participants").statusCode());

        JsonObject after = listed(username);
        assertFalse(after.isNull("lastLoginAt"), "the full login is noted: " + after);
        assertTrue(after.getBoolean("secondFactor"), after.toString());

        // New roles apply at once: her session ends (she logs in again), her token gets the new roles.
        HttpResponse<String> changed = ADMIN.putJson("api/admin/accounts/" + username + "/roles", "{\"roles\":[\"ngb\"]}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("[\"ngb\"]", Http.object(changed.body()).getJsonArray("roles").toString());
        HttpResponse<String> ended = browser.get("trainer/sessies.xhtml");
        assertEquals(302, ended.statusCode(), "the session with the old roles has ended");
        assertTrue(Http.location(ended).getPath().endsWith("/login.xhtml"));
        assertEquals(403, bearer.get("api/casus").statusCode());
        assertEquals(200, bearer.get("api/participants").statusCode());
        Http again = Http.pages();
        assertEquals(302, again.login(username, password, secret.group(1)).statusCode());
        assertEquals(200, again.get("planning/sessies.xhtml").statusCode());
        assertEquals(403, again.get("trainer/sessies.xhtml").statusCode());

        // A login halfway (password given, code still to come) when the account is deactivated.
        Http halfway = Http.pages();
        assertTrue(Http.location(halfway.login(username, password, null)).getPath().endsWith("/tweede-stap.xhtml"));

        HttpResponse<String> deactivated = ADMIN.postJson("api/admin/accounts/" + username + "/deactivate", "{}");
        assertEquals(200, deactivated.statusCode(), deactivated.body());
        assertFalse(Http.object(deactivated.body()).getBoolean("active"));
        HttpResponse<String> live = again.get("planning/sessies.xhtml");
        assertEquals(302, live.statusCode(), "the live session is refused at its next request");
        assertTrue(Http.location(live).getPath().endsWith("/login.xhtml"));
        assertEquals(401, bearer.get("api/participants").statusCode(), "the token is refused");
        HttpResponse<String> notCompleted = halfway.secondStep(Totp.nextCode(username, secret.group(1)));
        assertEquals(200, notCompleted.statusCode(), "the half-done login does not complete");
        assertTrue(notCompleted.body().contains(LOGIN_FAILED));
        assertEquals(302, halfway.get("planning/sessies.xhtml").statusCode());

        // A deactivated account gets the answer of a wrong password: over Basic and in the form.
        HttpResponse<String> basic = Http.basic(username, password).get("api/account");
        HttpResponse<String> wrongBasic = Http.basic(username, password + "-fout").get("api/account");
        assertEquals(401, basic.statusCode());
        assertEquals(wrongBasic.body(), basic.body());
        assertEquals(wrongBasic.headers().firstValue("WWW-Authenticate"), basic.headers().firstValue("WWW-Authenticate"));
        HttpResponse<String> form = Http.pages().login(username, password, null);
        HttpResponse<String> wrongForm = Http.pages().login(username, password + "-fout", null);
        assertEquals(200, form.statusCode());
        assertEquals(wrongForm.statusCode(), form.statusCode());
        assertTrue(form.body().contains(LOGIN_FAILED) && wrongForm.body().contains(LOGIN_FAILED));

        JsonObject inactive = listed(username);
        assertFalse(inactive.getBoolean("active"));
        assertFalse(inactive.isNull("deactivatedAt"));

        // Reactivated, she logs in again; the token revoked with the deactivation stays revoked.
        assertEquals(200, ADMIN.postJson("api/admin/accounts/" + username + "/reactivate", "{}").statusCode());
        Http back = Http.pages();
        assertEquals(302, back.login(username, password, secret.group(1)).statusCode());
        assertEquals(200, back.get("planning/sessies.xhtml").statusCode());
        assertEquals(401, bearer.get("api/participants").statusCode());

        for (String action : new String[] {"ACCOUNT_ROLES_CHANGED", "ACCOUNT_DEACTIVATED", "ACCOUNT_REACTIVATED"}) {
            assertTrue(audited(action, "admin", "account:" + username), action);
        }
        long invitationId = Http.object(invited.body()).getJsonNumber("id").longValue();
        assertTrue(audited("STAFF_INVITATION_SENT", "admin", "invitation:" + invitationId));
        assertTrue(audited("STAFF_ACCOUNT_CREATED", "anonymous", "account:" + username), "she made it herself, not logged in");
    }

    @Test
    void theRulesAreClearJsonRefusals() {
        HttpResponse<String> participantRole = ADMIN.postJson("api/admin/accounts/invitations",
                invitation("Iemand", "iemand@example.nl", "participant"));
        assertEquals(400, participantRole.statusCode());
        assertEquals("roles", Http.object(participantRole.body()).getString("field"));
        HttpResponse<String> noAddress = ADMIN.postJson("api/admin/accounts/invitations", invitation("Iemand", "geen-adres", "ngb"));
        assertEquals(400, noAddress.statusCode());
        assertEquals("email", Http.object(noAddress.body()).getString("field"));
        assertEquals(415, ADMIN.post("api/admin/accounts/invitations", "text/plain", invitation("Iemand", "iemand@example.nl", "ngb"))
                .statusCode(), "only JSON, so no cross-site form can invite");
        assertEquals(415, ADMIN.post("api/admin/accounts/trainer/deactivate", null, "").statusCode());

        HttpResponse<String> ownRole = ADMIN.putJson("api/admin/accounts/admin/roles", "{\"roles\":[\"ngb\"]}");
        assertEquals(409, ownRole.statusCode(), ownRole.body());
        assertTrue(Http.object(ownRole.body()).getString("error").contains("eigen beheerrol"), ownRole.body());
        HttpResponse<String> self = ADMIN.postJson("api/admin/accounts/admin/deactivate", "{}");
        assertEquals(409, self.statusCode());
        assertTrue(Http.object(self.body()).getString("error").contains("eigen account"), self.body());
        assertEquals(400, ADMIN.putJson("api/admin/accounts/trainer/roles", "{\"roles\":[]}").statusCode());
        assertEquals(400, ADMIN.putJson("api/admin/accounts/trainer/roles", "{\"roles\":[\"participant\"]}").statusCode());
        HttpResponse<String> unknown = ADMIN.postJson("api/admin/accounts/bestaat-niet/deactivate", "{}");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(404, ADMIN.postJson("api/admin/accounts/deelnemer/deactivate", "{}").statusCode(),
                "a participant's login is no staff account");
        assertEquals(403, Http.api("ngb").get("api/admin/accounts").statusCode());
        assertEquals(403, Http.api("ngb").postJson("api/admin/accounts/trainer/deactivate", "{}").statusCode());

        JsonObject demoAdmin = listed("admin");
        assertTrue(demoAdmin.getBoolean("active") && demoAdmin.getBoolean("secondFactor"), demoAdmin.toString());
    }

    /** Whether the newest page of the audit trail for this action has a line of this actor about this subject. */
    private static boolean audited(String action, String actor, String subject) {
        HttpResponse<String> page = ADMIN.get("api/audit?action=" + action);
        assertEquals(200, page.statusCode(), page.body());
        return Http.object(page.body()).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(i -> i.getString("actor").equals(actor) && i.getString("subject").equals(subject));
    }

    private static JsonObject listed(String username) {
        HttpResponse<String> list = ADMIN.get("api/admin/accounts");
        assertEquals(200, list.statusCode(), list.body());
        return Http.array(list.body()).stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("username").equals(username)).findFirst()
                .orElseThrow(() -> new AssertionError(username + " not in " + list.body()));
    }

    private static String invitation(String name, String email, String... roles) {
        var array = Json.createArrayBuilder();
        for (String role : roles) {
            array.add(role);
        }
        return Json.createObjectBuilder().add("name", name).add("email", email).add("roles", array).build().toString();
    }
}
