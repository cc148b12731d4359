package nl.weerbaar.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.Learners;
import nl.weerbaar.it.support.Mailbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Changing one's password: checked, never a common one, and it ends her other sessions and cached logins at once. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordChangeIT {

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.server();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aChangedPasswordEndsHerOtherSessionsAndTheOldPasswordAtOnce() {
        Learners.Learner mayor = Learners.create(smtp);
        Http here = Http.pages();
        Http elsewhere = Http.pages();
        assertEquals(302, here.login(mayor.username(), mayor.password(), null).statusCode());
        assertEquals(302, elsewhere.login(mayor.username(), mayor.password(), null).statusCode());
        assertEquals(200, mayor.api().get("api/account").statusCode(), "Basic works, and is remembered for a while");

        String page = here.get("account.xhtml").body();
        String wrong = change(here, page, "niet-mijn-wachtwoord", "een-nieuw-lang-wachtwoord");
        assertTrue(wrong.contains("Uw huidige wachtwoord klopt niet."), wrong);
        String common = change(here, wrong, mayor.password(), "qazwsxedcrfv");
        assertTrue(common.contains("staat in de lijsten die aanvallers als eerste proberen"), common);
        String changed = change(here, common, mayor.password(), "een-nieuw-lang-wachtwoord");
        assertTrue(changed.contains("Uw wachtwoord is gewijzigd. Eén andere sessie is beëindigd."), changed);

        HttpResponse<String> ended = elsewhere.get("index.xhtml");
        assertEquals(302, ended.statusCode(), "the other session has ended");
        assertTrue(Http.location(ended).getPath().endsWith("/login.xhtml"));
        assertEquals(200, here.get("index.xhtml").statusCode(), "this session goes on");
        assertEquals(401, mayor.api().get("api/account").statusCode(), "the old password no longer works, not even remembered");
        assertEquals(200, Http.basic(mayor.username(), "een-nieuw-lang-wachtwoord").get("api/account").statusCode());
    }

    private static String change(Http browser, String shown, String current, String next) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("wachtwoordForm", "wachtwoordForm");
        form.put("wachtwoordForm:current", current);
        form.put("wachtwoordForm:next", next);
        form.put("wachtwoordForm:wijzigen", "");
        return browser.postBack("account.xhtml", shown, form).body();
    }
}
