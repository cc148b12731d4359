package nl.weerbaar.it.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weerbaar.it.support.Browser;
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
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A forgotten password: the mailed link sets a new one once, ends every session and remembered
 * login, and leaves the second factor in place; an unknown address gets the same page and no mail.
 * Each test uses participants of its own (the demo participant's password must stay as published).
 * That a link expires after an hour is shown on the domain object (PasswordResetTest).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordResetIT {

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.server();

    private static final Pattern LINK = Pattern.compile("(\\S+)/wachtwoord-herstellen\\.xhtml\\?token=([A-Za-z0-9_%-]+)");
    private static final Pattern SECRET = Pattern.compile("id=\"geheim\"[^>]*>([A-Z2-7]+)<");
    private static final Pattern VIEW_STATE = Pattern.compile("(name=\"jakarta.faces.ViewState\"[^>]*value=\")[^\"]+");
    private static final Pattern NONCE = Pattern.compile("(nonce=\"|csp\\.init\\(')[^\"']+");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theMailedLinkSetsANewPasswordOnceEndsHerSessionsAndTheSecondStepIsStillAsked() throws Exception {
        Learners.Learner mayor = Learners.create(smtp);
        String secret = setUpSecondFactor(mayor);
        Http elsewhere = Http.pages();
        assertEquals(302, elsewhere.login(mayor.username(), mayor.password(), secret).statusCode());
        assertEquals(200, elsewhere.get("account.xhtml").statusCode());

        String login = Http.pages().get("login.xhtml").body();
        assertTrue(login.contains("wachtwoord-vergeten.xhtml") && login.contains("Wachtwoord vergeten?"), login);
        String answer = requestLink(Http.pages(), "  " + mayor.email().toUpperCase(java.util.Locale.ROOT) + " ");
        assertTrue(answer.contains("is er nu een e-mail met een link onderweg"), answer);

        MimeMessage mail = Mailbox.await(smtp, mayor.email(), 2);
        assertEquals("Een nieuw wachtwoord voor uw account bij Weerbaar", mail.getSubject());
        Matcher link = LINK.matcher((String) mail.getContent());
        assertTrue(link.find(), "the mail has the link: " + mail.getContent());
        assertEquals("http://localhost:8080", link.group(1), "the configured base address (a demo server: plain HTTP)");
        String token = URLDecoder.decode(link.group(2), StandardCharsets.UTF_8);
        assertTrue(token.length() >= 43, "256 random bits in URL-safe Base64: " + token);

        Http browser = Http.pages();
        String page = browser.get(resetPage(token)).body();
        String different = setPassword(browser, token, page, "een-nieuw-lang-wachtwoord", "een-ander-lang-wachtwoord");
        assertTrue(different.contains("De twee wachtwoorden zijn niet gelijk."), different);
        String common = setPassword(browser, token, different, "qazwsxedcrfv", "qazwsxedcrfv");
        assertTrue(common.contains("staat in de lijsten die aanvallers als eerste proberen"), common);
        String shortOne = setPassword(browser, token, common, "kort", "kort");
        assertTrue(shortOne.contains("Een wachtwoord heeft minstens 12 tekens."), shortOne);
        HttpResponse<String> saved = browser.postBack(resetPage(token), shortOne,
                form(token, "een-nieuw-lang-wachtwoord", "een-nieuw-lang-wachtwoord"));
        assertEquals(302, saved.statusCode(), saved.body());
        assertTrue(Http.location(saved).getPath().endsWith("/login.xhtml"), "a reset does not log in");
        assertTrue(browser.get("login.xhtml").body().contains("Uw nieuwe wachtwoord is opgeslagen."));
        assertEquals(302, browser.get("account.xhtml").statusCode(), "still not logged in after the reset");

        HttpResponse<String> ended = elsewhere.get("account.xhtml");
        assertEquals(302, ended.statusCode(), "her other session has ended");
        assertTrue(Http.location(ended).getPath().endsWith("/login.xhtml"));
        HttpResponse<String> old = Http.pages().login(mayor.username(), mayor.password(), null);
        assertEquals(200, old.statusCode(), "the old password no longer works");
        HttpResponse<String> passwordOnly = Http.pages().login(mayor.username(), "een-nieuw-lang-wachtwoord", null);
        assertEquals(302, passwordOnly.statusCode());
        assertTrue(Http.location(passwordOnly).getPath().endsWith("/tweede-stap.xhtml"), "the second step is still asked");
        Http full = Http.pages();
        assertEquals(302, full.login(mayor.username(), "een-nieuw-lang-wachtwoord", secret).statusCode());
        assertEquals(200, full.get("account.xhtml").statusCode(), "the new password and her second factor log in");

        String again = Http.pages().get(resetPage(token)).body();
        assertTrue(again.contains("Deze link is al gebruikt."), again);
        assertFalse(again.contains("herstelForm"), "no form for a used link");

        String audit = Http.api("admin").get("api/audit?action=PASSWORD_RESET_COMPLETED&actor=" + mayor.username()).body();
        List<JsonObject> completed = Http.object(audit).getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(1, completed.size(), audit);
        assertEquals("account:" + mayor.username(), completed.get(0).getString("subject"));
        String requested = Http.api("admin").get("api/audit?action=PASSWORD_RESET_REQUESTED").body();
        assertTrue(requested.contains("\"account:" + mayor.username() + "\""), requested);
        assertFalse(requested.toLowerCase(java.util.Locale.ROOT).contains(mayor.email()), "the typed address is never logged");
    }

    @Test
    void anAdministratorMailsAStaffMemberWhoForgotHerPasswordALinkToTheAddressSheTypes() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String username = "bzk-" + tag;
        String invitedAt = "bzk-" + tag + "@example.nl";
        Http admin = Http.api("admin");
        assertEquals(201, admin.postJson("api/admin/accounts/invitations",
                "{\"name\":\"Beleid " + tag + "\",\"email\":\"" + invitedAt + "\",\"roles\":[\"bzk\"]}").statusCode());
        Matcher invitation = Pattern.compile("/uitnodiging\\.xhtml\\?token=([A-Za-z0-9_%-]+)")
                .matcher((String) Mailbox.await(smtp, invitedAt, 1).getContent());
        assertTrue(invitation.find(), "the invitation has its link");
        String invitationToken = URLDecoder.decode(invitation.group(1), StandardCharsets.UTF_8);
        assertEquals(201, Http.api(null).postJson("api/invitations/" + invitationToken + "/account",
                "{\"username\":\"" + username + "\",\"password\":\"een-vergeten-wachtwoord\"}").statusCode());

        // She forgot it; the self-service form cannot help (staff accounts keep no address).
        requestLink(Http.pages(), invitedAt);
        String sentTo = "thuis-" + tag + "@example.nl";
        assertEquals(400, admin.postJson("api/admin/accounts/" + username + "/password-link", "{\"email\":\"geen adres\"}").statusCode());
        assertEquals(404, admin.postJson("api/admin/accounts/deelnemer/password-link", "{\"email\":\"" + sentTo + "\"}").statusCode(),
                "a participant asks for her own link");
        HttpResponse<String> sent = admin.postJson("api/admin/accounts/" + username + "/password-link", "{\"email\":\"" + sentTo + "\"}");
        assertEquals(202, sent.statusCode(), sent.body());
        assertEquals(username, Http.object(sent.body()).getString("username"));

        MimeMessage mail = Mailbox.await(smtp, sentTo, 1);
        assertEquals("Een nieuw wachtwoord voor uw account bij Weerbaar", mail.getSubject());
        assertTrue(((String) mail.getContent()).contains("Beleid " + tag), "the mail greets her by her display name");
        long toInvitationAddress = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> sentTo(m, invitedAt)).count();
        assertEquals(1, toInvitationAddress, "only the invitation went to the address of the invitation");
        String token = tokenIn(mail);
        Http browser = Http.pages();
        HttpResponse<String> saved = browser.postBack(resetPage(token), browser.get(resetPage(token)).body(),
                form(token, "een-nieuw-lang-wachtwoord", "een-nieuw-lang-wachtwoord"));
        assertEquals(302, saved.statusCode(), saved.body());

        assertEquals(200, Http.pages().login(username, "een-vergeten-wachtwoord", null).statusCode(), "the old password no longer works");
        HttpResponse<String> next = Http.pages().login(username, "een-nieuw-lang-wachtwoord", null);
        assertEquals(302, next.statusCode());
        assertTrue(Http.location(next).getPath().endsWith("/tweede-stap.xhtml"), "the new password, then the second step");

        String audit = admin.get("api/audit?action=STAFF_PASSWORD_LINK_SENT&actor=admin").body();
        assertTrue(audit.contains("\"account:" + username + "\""), audit);
        assertFalse(audit.contains(sentTo), "the address is kept nowhere, not in the audit trail either");
        HttpResponse<String> deactivated = admin.postJson("api/admin/accounts/" + username + "/deactivate", "{}");
        assertEquals(200, deactivated.statusCode(), deactivated.body());
        assertEquals(409, admin.postJson("api/admin/accounts/" + username + "/password-link", "{\"email\":\"" + sentTo + "\"}").statusCode());
    }

    @Test
    void anUnknownAddressGetsTheSamePageAndNoMailAndANewerLinkReplacesTheOlder() throws Exception {
        Learners.Learner known = Learners.create(smtp);
        String unknown = "niemand-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        String forUnknown = requestLink(Http.pages(), unknown);
        String forKnown = requestLink(Http.pages(), known.email());
        assertEquals(normalised(forKnown), normalised(forUnknown), "the same answer, word for word");

        String first = tokenIn(Mailbox.await(smtp, known.email(), 2));
        requestLink(Http.pages(), known.email());
        String second = tokenIn(Mailbox.await(smtp, known.email(), 3));
        Thread.sleep(1000);
        assertEquals(0, Mailbox.to(smtp, unknown).size(), "no mail to an address that is no account's");

        String replaced = Http.pages().get(resetPage(first)).body();
        assertTrue(replaced.contains("onbekend, of vervangen door een nieuwere"), replaced);
        assertTrue(Http.pages().get(resetPage(second)).body().contains("herstelForm"), "the newest link works");
        String invented = Http.pages().get(resetPage("bestaat-niet")).body();
        assertTrue(invented.contains("onbekend, of vervangen door een nieuwere"), invented);
        // Pages are Dutch whatever the browser prefers, until the visitor switches (the top bar's language form).
        Http inEnglish = Http.pages().inLanguage("en");
        inEnglish.submit("login.xhtml", java.util.Map.of("userForm", "userForm", "userForm:language", "userForm:language"));
        String english = inEnglish.get(resetPage("bestaat-niet")).body();
        assertTrue(english.contains("This link to choose a new password is unknown"), english);
    }

    @Test
    void requestsForOneAddressAreLimited() {
        String address = "vaak-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        for (int i = 0; i < 3; i++) {
            assertTrue(requestLink(Http.pages(), address).contains("onderweg"));
        }
        String fourth = requestLink(Http.pages(), address);
        assertTrue(fourth.contains("te vaak een link gevraagd"), fourth);
        assertFalse(fourth.contains("onderweg"));
    }

    @Test
    void theForgottenPasswordPagesAreReachedFromTheLoginPageAndPassTheAccessibilityCheck() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open("login.xhtml");
            browser.driver.findElement(By.id("vergeten")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("vergetenForm:email")));
            browser.assertAccessible("forgotten password");
            browser.driver.findElement(By.id("vergetenForm:email"))
                    .sendKeys("toets-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl");
            browser.driver.findElement(By.id("vergetenForm:versturen")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verstuurd")));
            browser.assertAccessible("forgotten password, sent");
            browser.open(resetPage("bestaat-niet"));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nieuweLink")));
            assertTrue(browser.driver.getPageSource().contains("onbekend, of vervangen door een nieuwere"));
            browser.assertAccessible("reset with an unknown link");
        }
    }

    private static String requestLink(Http browser, String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("vergetenForm", "vergetenForm");
        form.put("vergetenForm:email", email);
        form.put("vergetenForm:versturen", "");
        HttpResponse<String> answer = browser.submit("wachtwoord-vergeten.xhtml", form);
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    private static String resetPage(String token) {
        return "wachtwoord-herstellen.xhtml?token=" + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private static Map<String, String> form(String token, String next, String repeat) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("herstelForm", "herstelForm");
        form.put("herstelForm:next", next);
        form.put("herstelForm:repeat", repeat);
        form.put("herstelForm:opslaan", "");
        return form;
    }

    private static String setPassword(Http browser, String token, String shown, String next, String repeat) {
        HttpResponse<String> answer = browser.postBack(resetPage(token), shown, form(token, next, repeat));
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    private static boolean sentTo(MimeMessage mail, String address) {
        try {
            return java.util.Arrays.stream(mail.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tokenIn(MimeMessage mail) throws Exception {
        Matcher link = LINK.matcher((String) mail.getContent());
        assertTrue(link.find(), "the mail has the link");
        return URLDecoder.decode(link.group(2), StandardCharsets.UTF_8);
    }

    /** The page without what differs in every answer anyway: the view state and the script nonce. */
    private static String normalised(String body) {
        return NONCE.matcher(VIEW_STATE.matcher(body).replaceAll("$1…")).replaceAll("$1…");
    }

    /** Sets up her optional second factor on her account page, as SecondFactorIT does; returns its secret. */
    private static String setUpSecondFactor(Learners.Learner mayor) {
        Http browser = Http.pages();
        assertEquals(302, browser.login(mayor.username(), mayor.password(), null).statusCode());
        String account = browser.get("account.xhtml").body();
        Map<String, String> begin = new LinkedHashMap<>();
        begin.put("tweedeStap", "tweedeStap");
        begin.put("tweedeStap:instellen", "");
        String setup = browser.postBack("account.xhtml", account, begin).body();
        Matcher secret = SECRET.matcher(setup);
        assertTrue(secret.find(), setup);
        Map<String, String> confirm = new LinkedHashMap<>();
        confirm.put("tweedeStap", "tweedeStap");
        confirm.put("tweedeStap:code", Totp.nextCode(mayor.username(), secret.group(1)));
        confirm.put("tweedeStap:bevestigen", "");
        assertTrue(browser.postBack("account.xhtml", setup, confirm).body().contains("De tweede stap staat aan"));
        return secret.group(1);
    }
}
