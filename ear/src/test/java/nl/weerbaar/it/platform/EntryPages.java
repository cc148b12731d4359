package nl.weerbaar.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.Learners;
import nl.weerbaar.it.support.Mailbox;

/**
 * The pages no link leads to, each reached the way a user reaches it: from a mail (invitation,
 * password reset), by a form button (a started attempt), with a session's id (detail, attendance), or
 * by an error. The crawl checks them beside the pages it finds; a page in the authorisation table that
 * is neither found nor here fails the crawl test, so a new page cannot go unchecked.
 */
record EntryPages(List<String> anonymous, List<String> ngb, Learners.Learner learner, List<String> learnerPages) {

    /** The second login step is checked on its own: it exists only between the password and the code. */
    static final String SECOND_STEP = "/tweede-stap.xhtml";

    static EntryPages prepare(GreenMailExtension smtp, long sessionId) throws Exception {
        // A learner of her own (invited, with an account), so the demo participant's state is left alone.
        Learners.Learner learner = Learners.create(smtp);
        var modules = Http.array(learner.api().get("api/modules").body());
        String module = modules.getJsonObject(0).getString("id");
        String scenario = modules.getJsonObject(0).getJsonArray("scenarios").getJsonObject(0).getString("id");
        long attempt = Learners.start(learner, module, scenario).getJsonNumber("attemptId").longValue();

        // A reset link for her, requested on the page as she would.
        Map<String, String> form = new LinkedHashMap<>();
        form.put("vergetenForm", "vergetenForm");
        form.put("vergetenForm:email", learner.email());
        form.put("vergetenForm:versturen", "");
        assertEquals(200, Http.pages().submit("wachtwoord-vergeten.xhtml", form).statusCode());
        String reset = Mailbox.linkToken(Mailbox.await(smtp, learner.email(), 2), "wachtwoord-herstellen.xhtml");

        // An invitation not yet used: the page with its form, as the invited office holder sees it.
        long invited = nl.weerbaar.it.planning.EnrolmentIT.newParticipant();
        String email = Http.object(Http.api("ngb").get("api/participants/" + invited).body()).getString("email");
        assertEquals(202, Http.api("ngb").postJson("api/participants/" + invited + "/invitation", "").statusCode());
        String invitation = Mailbox.linkToken(Mailbox.await(smtp, email, 1), "uitnodiging.xhtml");

        return new EntryPages(
                List.of("fout/403.xhtml", "fout/404.xhtml", "fout/500.xhtml", "bestaat-niet.xhtml",
                        "uitnodiging.xhtml?token=" + encode(invitation), "wachtwoord-herstellen.xhtml?token=" + encode(reset)),
                List.of("planning/sessie.xhtml?id=" + sessionId, "trainer/aanwezigheid.xhtml?id=" + sessionId),
                learner,
                List.of("deelnemer/speler.xhtml?poging=" + attempt, "deelnemer/evaluatie.xhtml"));
    }

    private static String encode(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
