package nl.weerbaar.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.scenarios.Playthrough;
import nl.weerbaar.scenarios.Scenario;
import nl.weerbaar.scenarios.ShippedScenarios;

/**
 * Participants with their own login, made the way a real one gets hers: NGB registers her and
 * invites her, and she creates her account with the link from the e-mail (caught by GreenMail).
 */
public final class Learners {

    /** A participant who can log in. */
    public record Learner(long participantId, String name, String email, String username, String password) {
        public Http api() {
            return Http.basic(username, password);
        }
    }

    private Learners() {
    }

    public static Learner create(GreenMailExtension smtp) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return create(smtp, "Burgemeester Oefen " + tag, "oefen-" + tag + "@example.nl", "oefen-" + tag);
    }

    /** A mayor of Utrecht with this name and address, who chooses this user name. */
    public static Learner create(GreenMailExtension smtp, String name, String email, String username) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String json = Json.createObjectBuilder().add("name", name).add("email", email).add("office", "burgemeester")
                .add("gemeentecode", "GM0344").add("inOfficeSince", "2021-03-01").build().toString();
        HttpResponse<String> created = Http.api("ngb").postJson("api/participants", json);
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.object(created.body()).getJsonNumber("id").longValue();
        assertEquals(202, Http.api("ngb").postJson("api/participants/" + id + "/invitation", "").statusCode());
        String token;
        try {
            token = Mailbox.linkToken(Mailbox.await(smtp, email, 1), "uitnodiging.xhtml");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        String password = "een-lang-wachtwoord-" + tag;
        HttpResponse<String> account = Http.api(null).postJson("api/invitations/" + token + "/account",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertEquals(201, account.statusCode(), account.body());
        return new Learner(id, name, email, username, password);
    }

    /** The choices of the highest-scoring way through a shipped scenario. */
    public static List<String> bestPath(String scenarioId) {
        Scenario scenario = ShippedScenarios.read(scenarioId);
        return best(scenario, new ArrayList<>());
    }

    /** The choices of the lowest-scoring way through a shipped scenario. */
    public static List<String> worstPath(String scenarioId) {
        Scenario scenario = ShippedScenarios.read(scenarioId);
        return worst(scenario, new ArrayList<>());
    }

    private static List<String> best(Scenario s, List<String> path) {
        Playthrough at = Playthrough.replay(s, path);
        if (at.finished()) {
            return path;
        }
        List<String> best = null;
        for (String choice : at.offered()) {
            List<String> next = new ArrayList<>(path);
            next.add(choice);
            List<String> end = best(s, next);
            if (best == null || Playthrough.replay(s, end).total() > Playthrough.replay(s, best).total()) {
                best = end;
            }
        }
        return best;
    }

    private static List<String> worst(Scenario s, List<String> path) {
        Playthrough at = Playthrough.replay(s, path);
        if (at.finished()) {
            return path;
        }
        List<String> worst = null;
        for (String choice : at.offered()) {
            List<String> next = new ArrayList<>(path);
            next.add(choice);
            List<String> end = worst(s, next);
            if (worst == null || Playthrough.replay(s, end).total() < Playthrough.replay(s, worst).total()) {
                worst = end;
            }
        }
        return worst;
    }

    /** Starts an attempt at the scenario through the API; returns the answer's JSON. */
    public static JsonObject start(Learner learner, String module, String scenarioId) {
        HttpResponse<String> started = learner.api().postJson("api/modules/" + module + "/attempts",
                "{\"scenarioId\":\"" + scenarioId + "\"}");
        assertEquals(201, started.statusCode(), started.body());
        return Http.object(started.body());
    }

    /** Plays the choices in an attempt; returns the last step's JSON. */
    public static JsonObject play(Learner learner, long attemptId, List<String> choices) {
        JsonObject last = null;
        for (String choice : choices) {
            HttpResponse<String> step = learner.api().postJson("api/attempts/" + attemptId + "/choices",
                    "{\"choiceId\":\"" + choice + "\"}");
            assertEquals(200, step.statusCode(), choice + ": " + step.body());
            last = Http.object(step.body());
        }
        return last;
    }
}
