package nl.weerbaar.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;

/** Logging in, failing to, and pages that do not exist. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginAndErrorPagesIT {

    private static final String FAILED = "Inloggen is niet gelukt. Controleer uw gebruikersnaam en wachtwoord.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameMessage() {
        HttpResponse<String> wrongPassword = Http.pages().login("ngb", "niet-het-wachtwoord");
        HttpResponse<String> unknownUser = Http.pages().login("onbekend", Deployments.PASSWORD);
        assertEquals(200, wrongPassword.statusCode());
        assertEquals(200, unknownUser.statusCode());
        assertTrue(wrongPassword.body().contains(FAILED), wrongPassword.body());
        assertTrue(unknownUser.body().contains(FAILED), unknownUser.body());
    }

    @Test
    void aCorrectLoginGoesToTheHomePageWithTheUsersName() {
        Http browser = Http.pages();
        HttpResponse<String> login = browser.login("deelnemer", Deployments.PASSWORD);
        assertEquals(302, login.statusCode());
        assertTrue(Http.location(login).getPath().endsWith("/index.xhtml"));
        HttpResponse<String> home = browser.get("index.xhtml");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<strong>Marieke de Burgemeester</strong>"), "her name from the register: " + home.body());
        assertTrue(home.body().contains("070-3738314"), "the support team's number is on every home page");
    }

    @Test
    void pagesAreDutchEvenForAnEnglishBrowserUntilTheUserSwitchesToEnglish() {
        Http browser = Http.pages().inLanguage("en-US,en;q=0.9");
        assertTrue(browser.get("login.xhtml").body().contains("Log in met uw gebruikersnaam en wachtwoord."));
        HttpResponse<String> switched = browser.submit("login.xhtml",
                java.util.Map.of("userForm", "userForm", "userForm:language", "userForm:language"));
        assertEquals(302, switched.statusCode());
        String english = browser.get("login.xhtml").body();
        assertTrue(english.contains("Log in with your user name and password."), english);
        assertTrue(english.contains("lang=\"en\""), "the page tells assistive technology its language");
    }

    @Test
    void everyRoleAndAVisitorWithoutAnAccountReachTheSupportMapWithTheRealNumbers() {
        for (String user : new String[] {"ngb", "deelnemer", "trainer", "bzk", "admin", null}) {
            Http browser = Http.pages();
            if (user != null) {
                assertEquals(302, browser.login(user, Deployments.PASSWORD).statusCode());
            }
            HttpResponse<String> help = browser.get("hulp.xhtml");
            assertEquals(200, help.statusCode(), user);
            for (String number : new String[] {"070-3738314", "0800 2800 200", "0418-683444", "0900 8844", "030 751 67 99"}) {
                assertTrue(help.body().contains(number), user + " misses " + number);
            }
        }
    }

    @Test
    void anUnknownPageIsA404PageWithoutAStackTrace() {
        Http browser = Http.pages();
        browser.login("ngb", Deployments.PASSWORD);
        HttpResponse<String> missing = browser.get("bestaat/niet.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Pagina niet gevonden"), missing.body());
        assertFalse(missing.body().contains("Caused by") || missing.body().contains("\tat "), missing.body());
    }

    @Test
    void anUnknownApiAddressIsAJson404() {
        HttpResponse<String> missing = Http.api("ngb").get("api/bestaat-niet");
        assertEquals(404, missing.statusCode());
        assertTrue(Http.object(missing.body()).containsKey("errors"), missing.body());
    }
}
