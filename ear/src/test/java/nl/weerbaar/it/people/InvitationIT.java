package nl.weerbaar.it.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import nl.weerbaar.it.planning.EnrolmentIT;
import nl.weerbaar.it.support.Browser;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.Mailbox;

/** NGB invites a participant by e-mail; the single-use link creates her account, and she can log in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvitationIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(nl.weerbaar.it.support.Mailbox.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String tokenMailedTo(String email) throws Exception {
        MimeMessage mail = Mailbox.await(SMTP, email, 1);
        assertTrue(mail.getSubject().startsWith("Uitnodiging"), mail.getSubject());
        return Mailbox.linkToken(mail, "uitnodiging.xhtml");
    }

    private static String account(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    @Test
    void anInvitedParticipantCreatesHerAccountOnceAndThenLogsInAndSeesHerOwnRecord() throws Exception {
        long participant = EnrolmentIT.newParticipant();
        String email = Http.object(Http.api("ngb").get("api/participants/" + participant).body()).getString("email");
        assertEquals(202, Http.api("ngb").postJson("api/participants/" + participant + "/invitation", "").statusCode());
        String token = tokenMailedTo(email);

        HttpResponse<String> invited = Http.api(null).get("api/invitations/" + token);
        assertEquals(200, invited.statusCode(), invited.body());
        String username = "wethouder-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "een-lang-wachtwoord-" + participant;

        HttpResponse<String> weak = Http.api(null).postJson("api/invitations/" + token + "/account", account(username, "kort"));
        assertEquals(400, weak.statusCode());
        assertEquals("password", Http.object(weak.body()).getString("field"));
        HttpResponse<String> taken = Http.api(null).postJson("api/invitations/" + token + "/account", account("ngb", password));
        assertEquals(400, taken.statusCode());
        assertEquals("username", Http.object(taken.body()).getString("field"));

        HttpResponse<String> created = Http.api(null).postJson("api/invitations/" + token + "/account", account(username, password));
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> again = Http.api(null).postJson("api/invitations/" + token + "/account",
                account(username + "x", password));
        assertEquals(409, again.statusCode(), "the link works once");

        Http herself = Http.basic(username, password);
        assertEquals(200, herself.get("api/participants/" + participant).statusCode());
        assertEquals(403, herself.get("api/participants").statusCode());
        assertEquals(201, herself.postJson("api/sessions/" + EnrolmentIT.newSession(8) + "/enrolments", "").statusCode());
        assertEquals(409, Http.api("ngb").postJson("api/participants/" + participant + "/invitation", "").statusCode(),
                "no invitation for someone with an account");
    }

    @Test
    void theInvitationPageCreatesTheAccountAndSendsHerToTheLoginPage() throws Exception {
        long participant = EnrolmentIT.newParticipant();
        String email = Http.object(Http.api("ngb").get("api/participants/" + participant).body()).getString("email");
        assertEquals(202, Http.api("ngb").postJson("api/participants/" + participant + "/invitation", "").statusCode());
        String token = tokenMailedTo(email);
        String username = "raadslid-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.start()) {
            browser.open("uitnodiging.xhtml?token=" + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8));
            browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                    org.openqa.selenium.By.id("accountForm:username")));
            browser.assertAccessible("invitation");
            browser.driver.findElement(org.openqa.selenium.By.id("accountForm:username")).sendKeys(username);
            browser.driver.findElement(org.openqa.selenium.By.id("accountForm:password")).sendKeys("een-lang-wachtwoord");
            browser.driver.findElement(org.openqa.selenium.By.id("accountForm:repeat")).sendKeys("een-lang-wachtwoord");
            browser.driver.findElement(org.openqa.selenium.By.id("accountForm:aanmaken")).click();
            browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                    org.openqa.selenium.By.id("loginForm:username")));
            assertTrue(browser.driver.getPageSource().contains("Uw account is aangemaakt."));
            browser.open("uitnodiging.xhtml?token=" + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8));
            assertTrue(browser.driver.getPageSource().contains("Deze uitnodiging is al gebruikt."));
        }
        assertEquals(200, Http.basic(username, "een-lang-wachtwoord").get("api/participants/" + participant).statusCode());
    }

    @Test
    void ngbAddsAParticipantOnTheRegisterPageAndInvitesHer() throws Exception {
        String email = "register-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        try (Browser browser = Browser.start()) {
            browser.login("ngb");
            browser.open("planning/deelnemers.xhtml");
            browser.assertAccessible("participant register");
            browser.driver.findElement(org.openqa.selenium.By.id("deelnemerForm:naam")).sendKeys("Wethouder Utrecht");
            browser.driver.findElement(org.openqa.selenium.By.id("deelnemerForm:email")).sendKeys(email);
            browser.driver.findElement(org.openqa.selenium.By.id("deelnemerForm:ambt_label")).sendKeys("wethouder");
            browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(
                    org.openqa.selenium.By.id("deelnemerForm:ambt_label"), "Wethouder"));
            browser.driver.findElement(org.openqa.selenium.By.id("deelnemerForm:gemeenteCode_label")).sendKeys("Utrecht");
            browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(
                    org.openqa.selenium.By.id("deelnemerForm:gemeenteCode_label"), "Utrecht"));
            browser.driver.findElement(org.openqa.selenium.By.id("deelnemerForm:inFunctieSinds_input"))
                    .sendKeys("01-09-2022", org.openqa.selenium.Keys.TAB);
            browser.driver.findElement(org.openqa.selenium.By.id("deelnemerForm:toevoegen")).click();
            browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                    org.openqa.selenium.By.id("zoekForm:deelnemers"), email));
            browser.assertAccessible("participant register after adding");
            browser.driver.findElement(org.openqa.selenium.By.cssSelector("[id$=':uitnodigen']")).click();
            browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                    org.openqa.selenium.By.id("messages"), "Een uitnodiging om een account aan te maken is gestuurd"));
            assertTrue(tokenMailedTo(email).length() > 20, "the invitation mail arrived with its link");

            browser.driver.findElement(org.openqa.selenium.By.cssSelector("[id$=':wissen']")).click();
            browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                    org.openqa.selenium.By.cssSelector(".ui-confirmdialog-yes"))).click();
            browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                    org.openqa.selenium.By.id("messages"), "De persoonsgegevens zijn gewist."));
            assertTrue(!browser.driver.findElement(org.openqa.selenium.By.id("zoekForm:deelnemers")).getText().contains(email));
        }
        assertEquals(404, Http.api(null).get("api/invitations/" + tokenMailedTo(email)).statusCode(),
                "erasing deletes her unused invitation");
    }

    @Test
    void anUnknownTokenIsNotFoundAndOnlyNgbInvites() {
        assertEquals(404, Http.api(null).get("api/invitations/bestaat-niet").statusCode());
        long participant = EnrolmentIT.newParticipant();
        for (String user : new String[] {"deelnemer", "trainer", "bzk", "admin"}) {
            assertEquals(403, Http.api(user).postJson("api/participants/" + participant + "/invitation", "").statusCode());
        }
        assertEquals(404, Http.api("ngb").postJson("api/participants/987654321/invitation", "").statusCode());
    }
}
