package nl.weerbaar.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weerbaar.it.support.AccountPages;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.Learners;
import nl.weerbaar.it.support.Mailbox;
import nl.weerbaar.it.support.Totp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The second factor (TOTP, codes computed here from RFC 6238), recovery codes, and personal access tokens. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecondFactorIT {

    private static final Pattern SECRET = AccountPages.SECRET;
    private static final Pattern RECOVERY = Pattern.compile("<li><code>([a-z0-9]{5}-[a-z0-9]{5})</code></li>");
    private static final Pattern TOKEN = AccountPages.TOKEN;

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.server();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void staffCannotUseTheApiWithAPasswordAloneButWithTheirToken() {
        HttpResponse<String> basic = Http.basic("ngb", Deployments.PASSWORD).get("api/account");
        assertEquals(401, basic.statusCode(), basic.body());
        assertTrue(basic.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(Http.object(basic.body()).getString("error").contains("toegangstoken"), basic.body());
        HttpResponse<String> token = Http.bearer("demo-weerbaar-ngb").get("api/account");
        assertEquals(200, token.statusCode(), token.body());
        assertEquals("ngb", Http.object(token.body()).getString("username"));
        assertEquals(401, Http.bearer("demo-weerbaar-nobody").get("api/account").statusCode());
    }

    @Test
    void aStaffLoginNeedsACodeFromTheAuthenticatorAppAndEachCodeWorksOnce() {
        Http browser = Http.pages();
        HttpResponse<String> password = browser.login("trainer", Deployments.PASSWORD, null);
        assertEquals(302, password.statusCode());
        assertTrue(Http.location(password).getPath().endsWith("/tweede-stap.xhtml"), "the password alone does not log in");
        assertEquals(302, browser.get("trainer/sessies.xhtml").statusCode(), "not logged in before the second step");

        HttpResponse<String> wrong = browser.secondStep("000000".equals(Totp.code(Totp.DEMO_SECRET, Totp.stepNow())) ? "111111" : "000000");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("Deze code klopt niet"), wrong.body());

        String code = Totp.demoCode("trainer");
        HttpResponse<String> passed = browser.secondStep(code);
        assertEquals(302, passed.statusCode(), passed.body());
        assertEquals(200, browser.get("trainer/sessies.xhtml").statusCode(), "logged in after the second step");

        Http replay = Http.pages();
        replay.login("trainer", Deployments.PASSWORD, null);
        HttpResponse<String> again = replay.secondStep(code);
        assertTrue(again.body().contains("Deze code klopt niet"), "a code is accepted once: " + again.statusCode());
    }

    @Test
    void aParticipantSetsUpTheSecondFactorAndEachRecoveryCodeWorksOnce() {
        Learners.Learner mayor = Learners.create(smtp);
        Http browser = Http.pages();
        assertEquals(302, browser.login(mayor.username(), mayor.password(), null).statusCode());
        String account = browser.get("account.xhtml").body();
        assertTrue(account.contains("De tweede stap staat uit"), account);
        Map<String, String> begin = new LinkedHashMap<>();
        begin.put("tweedeStap", "tweedeStap");
        begin.put("tweedeStap:instellen", "");
        String setup = browser.postBack("account.xhtml", account, begin).body();
        Matcher secret = SECRET.matcher(setup);
        assertTrue(secret.find(), "the key is shown as text beside the QR code: " + setup);
        assertTrue(setup.contains("src=\"data:image/png;base64,"), "and as a QR code");

        Map<String, String> confirm = new LinkedHashMap<>();
        confirm.put("tweedeStap", "tweedeStap");
        confirm.put("tweedeStap:code", Totp.nextCode(mayor.username(), secret.group(1)));
        confirm.put("tweedeStap:bevestigen", "");
        String confirmed = browser.postBack("account.xhtml", setup, confirm).body();
        List<String> recovery = new ArrayList<>();
        Matcher codes = RECOVERY.matcher(confirmed);
        while (codes.find()) {
            recovery.add(codes.group(1));
        }
        assertEquals(10, recovery.size(), confirmed);
        assertTrue(confirmed.contains("De tweede stap staat aan"));

        HttpResponse<String> withRecovery = Http.pages().login(mayor.username(), mayor.password(), null);
        assertTrue(Http.location(withRecovery).getPath().endsWith("/tweede-stap.xhtml"), "now she has a second step too");
        Http next = Http.pages();
        next.login(mayor.username(), mayor.password(), null);
        assertEquals(302, next.secondStep(recovery.get(3)).statusCode(), "a recovery code instead of the app's code");
        Http reuse = Http.pages();
        reuse.login(mayor.username(), mayor.password(), null);
        assertTrue(reuse.secondStep(recovery.get(3)).body().contains("Deze code klopt niet"), "a recovery code works once");
        Http app = Http.pages();
        assertEquals(302, app.login(mayor.username(), mayor.password(), secret.group(1)).statusCode());

        assertEquals(401, mayor.api().get("api/account").statusCode(), "with a second factor, Basic is not enough");

        assertEquals(403, Http.api("ngb").delete("api/admin/second-factors/" + mayor.username()).statusCode());
        assertEquals(204, Http.api("admin").delete("api/admin/second-factors/" + mayor.username()).statusCode());
        assertEquals(404, Http.api("admin").delete("api/admin/second-factors/" + mayor.username()).statusCode());
        HttpResponse<String> afterReset = Http.pages().login(mayor.username(), mayor.password(), null);
        assertTrue(Http.location(afterReset).getPath().endsWith("/index.xhtml"), "after the reset her password is enough again");
        String audit = Http.api("admin").get("api/audit?action=SECOND_FACTOR_RESET").body();
        assertTrue(audit.contains("account:" + mayor.username()), audit);
    }

    @Test
    void aTokenMadeOnTheAccountPageIsShownOnceWorksAndStopsWhenRevoked() {
        Http browser = Http.pages();
        assertEquals(302, browser.login("bzk", Deployments.PASSWORD).statusCode());
        String account = browser.get("account.xhtml").body();
        Map<String, String> tooLong = new LinkedHashMap<>();
        tooLong.put("tokenForm", "tokenForm");
        tooLong.put("tokenForm:label", "rapportscript");
        tooLong.put("tokenForm:days", "400");
        tooLong.put("tokenForm:maken", "");
        String refused = browser.postBack("account.xhtml", account, tooLong).body();
        assertTrue(refused.contains("Een token geldt 1 tot 365 dagen."), refused);
        assertFalse(TOKEN.matcher(refused).find());

        Map<String, String> make = new LinkedHashMap<>(tooLong);
        make.put("tokenForm:days", "30");
        String made = browser.postBack("account.xhtml", refused, make).body();
        Matcher token = TOKEN.matcher(made);
        assertTrue(token.find(), made);
        HttpResponse<String> used = Http.bearer(token.group(1)).get("api/account");
        assertEquals(200, used.statusCode(), used.body());
        assertEquals("bzk", Http.object(used.body()).getString("username"));

        String listed = browser.get("account.xhtml").body();
        assertFalse(listed.contains(token.group(1)), "the token is shown once, never again");
        assertTrue(listed.contains("rapportscript"));
        Map<String, String> revoke = new LinkedHashMap<>();
        revoke.put("tokenForm", "tokenForm");
        revoke.put("tokenForm:tokens:0:intrekken", "");
        String revoked = browser.postBack("account.xhtml", listed, revoke).body();
        assertTrue(revoked.contains("Het token is ingetrokken."), revoked);
        assertEquals(401, Http.bearer(token.group(1)).get("api/account").statusCode());
    }
}
