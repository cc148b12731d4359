package nl.weerbaar.learning.records.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.enterprise.event.Observes;
import nl.weerbaar.platform.JsonP;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import nl.weerbaar.learning.completion.domain.Completion;
import nl.weerbaar.learning.completion.domain.CompletionRepository;
import nl.weerbaar.learning.play.domain.Attempt;
import nl.weerbaar.learning.play.domain.AttemptRepository;
import nl.weerbaar.learning.records.domain.LearningStatement;
import nl.weerbaar.learning.records.domain.LearningStatementRepository;
import nl.weerbaar.people.application.ParticipantErased;
import nl.weerbaar.audit.application.AuditLog;
import nl.weerbaar.people.domain.Participant;
import nl.weerbaar.people.domain.ParticipantRepository;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.PublicAddress;
import nl.weerbaar.platform.XapiKey;
import nl.weerbaar.scenarios.Playthrough;
import nl.weerbaar.scenarios.ContentLanguage;
import nl.weerbaar.scenarios.ScenarioPaths;
import nl.weerbaar.scenarios.Scenario;
import nl.weerbaar.scenarios.Wording;
import nl.weerbaar.people.application.CallingParticipant;

/**
 * Learning records as xAPI statements: launched when an attempt starts, answered for every
 * decision, completed and passed or failed at the end (with the score). The actor is a pseudonymous
 * xAPI account on this installation: a keyed HMAC of her participant id ({@link XapiKey}), so nothing
 * in a statement derives from her e-mail address. Display names are language maps: {@code nl-NL}
 * always, {@code en-GB} beside it where the version has an English text (whatever language she played
 * in, as the activity is the same). Statements stored before this rule keep their
 * {@code mbox_sha1sum} actor (they are not rewritten); erasure deletes her statements either way.
 */
@Stateless
public class LearningRecords {

    static final String VERBS = "http://adlnet.gov/expapi/verbs/";
    static final String ACTIVITIES = "https://weerbaar.nl/xapi/scenarios/";

    @Inject
    private LearningStatementRepository statements;

    @Inject
    private AttemptRepository attempts;

    @Inject
    private CompletionRepository completions;

    @Resource
    private SessionContext caller;

    @Inject
    private ParticipantRepository participants;

    @Inject
    private AuditLog audit;

    /** Called by the player inside its own role-checked call; the same for the other recording methods. */
    @PermitAll
    public void launched(Attempt attempt, Scenario scenario, Wording english) {
        store(attempt, "launched", activity(scenario, english, null), null);
    }

    /** {@code english}: the version's English words, or its Dutch ones where it has none (then no en-GB entries). */
    @PermitAll
    public void answered(Attempt attempt, Scenario scenario, Wording english, Scenario.Node at, String choiceId) {
        if (at.type() == Scenario.Type.DECISION) {
            store(attempt, "answered", activity(scenario, english, at), JsonP.PROVIDER.createObjectBuilder().add("response", choiceId));
        }
    }

    @PermitAll
    public void finished(Attempt attempt, Scenario scenario, Wording english, Playthrough play) {
        store(attempt, "completed", activity(scenario, english, null),
                JsonP.PROVIDER.createObjectBuilder().add("completion", true).add("score", score(scenario, play)));
        store(attempt, play.passed() ? "passed" : "failed", activity(scenario, english, null),
                JsonP.PROVIDER.createObjectBuilder().add("success", play.passed()).add("completion", true).add("score", score(scenario, play)));
    }

    /**
     * The attempt's total within the range of totals the scenario's paths allow (xAPI 1.0.3 4.1.5.1: raw
     * lies between min and max, scaled in -1..1). The per-choice score range is not that range: a total
     * adds several choices.
     */
    private static JsonObjectBuilder score(Scenario scenario, Playthrough play) {
        ScenarioPaths.Totals totals = ScenarioPaths.totals(scenario);
        int raw = Math.max(totals.min(), Math.min(totals.max(), play.total()));
        return JsonP.PROVIDER.createObjectBuilder().add("scaled", totals.scaled(raw)).add("raw", raw).add("min", totals.min())
                .add("max", totals.max());
    }

    /** The caller's own statements. */
    @RolesAllowed(Roles.PARTICIPANT)
    public String mine() {
        Participant self = CallingParticipant.of(participants, caller);
        return export(self.getId());
    }

    /** A participant's statements, for NGB (audited: they are about her learning). */
    @RolesAllowed(Roles.NGB)
    public String of(long participantId) {
        if (participants.find(participantId).isEmpty()) {
            throw new NotFound("api.deelnemer.niet.gevonden");
        }
        audit.record("LEARNING_RECORDS_READ", "participant", participantId);
        return export(participantId);
    }

    /** Her statements, oldest first, as an xAPI statement array. */
    private String export(long participantId) {
        JsonArrayBuilder array = JsonP.PROVIDER.createArrayBuilder();
        for (LearningStatement s : statements.of(participantId)) {
            try (JsonReader reader = JsonP.PROVIDER.createReader(new StringReader(s.getStatement()))) {
                array.add(reader.readObject());
            }
        }
        return array.build().toString();
    }

    /** Erasure: her statements and the (legacy) actor hash on her attempts go; her certificate can no longer be verified. */
    @PermitAll
    public void erase(@Observes ParticipantErased erased) {
        statements.deleteOf(erased.participantId());
        attempts.forgetActor(erased.participantId());
        completions.of(erased.participantId()).ifPresent(Completion::withdrawCertificate);
    }

    private void store(Attempt attempt, String verb, JsonObject object, JsonObjectBuilder result) {
        JsonObjectBuilder statement = JsonP.PROVIDER.createObjectBuilder()
                .add("id", UUID.randomUUID().toString())
                .add("actor", actor(PublicAddress.base(), XapiKey.installation(), attempt.getParticipantId()))
                .add("verb", JsonP.PROVIDER.createObjectBuilder().add("id", VERBS + verb)
                        .add("display", JsonP.PROVIDER.createObjectBuilder().add("en-US", verb)))
                .add("object", object)
                .add("context", JsonP.PROVIDER.createObjectBuilder()
                        .add("registration", UUID.nameUUIDFromBytes(("attempt-" + attempt.getId())
                                .getBytes(StandardCharsets.UTF_8)).toString())
                        .add("extensions", JsonP.PROVIDER.createObjectBuilder()
                                .add(ACTIVITIES + "extensions/version", attempt.getVersion())
                                .add(ACTIVITIES + "extensions/module", attempt.getModuleId())))
                .add("timestamp", Amsterdam.now().atZone(Amsterdam.ZONE).withZoneSameInstant(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ISO_INSTANT));
        if (result != null) {
            statement.add("result", result);
        }
        statements.store(new LearningStatement(attempt.getParticipantId(), attempt.getId(), verb, Amsterdam.now(), statement.build().toString()));
    }

    /** The activity; its choices in the file's order, as the definition is the same for every attempt. */
    static JsonObject activity(Scenario scenario, Wording english, Scenario.Node node) {
        String id = ACTIVITIES + scenario.id() + (node == null ? "" : "/nodes/" + node.id());
        boolean inEnglish = ContentLanguage.ENGLISH.equals(english.language());
        JsonObjectBuilder definition = JsonP.PROVIDER.createObjectBuilder()
                .add("type", node == null ? "http://adlnet.gov/expapi/activities/simulation"
                        : "http://adlnet.gov/expapi/activities/cmi.interaction")
                .add("name", languageMap(scenario.title(), inEnglish ? english.title() : null));
        if (node != null) {
            definition.add("description", languageMap(node.text(), inEnglish ? english.text(node) : null))
                    .add("interactionType", "choice")
                    .add("choices", choicesOf(node, inEnglish ? english : null));
        }
        return JsonP.PROVIDER.createObjectBuilder().add("objectType", "Activity").add("id", id).add("definition", definition).build();
    }

    private static JsonArrayBuilder choicesOf(Scenario.Node node, Wording english) {
        JsonArrayBuilder choices = JsonP.PROVIDER.createArrayBuilder();
        node.choices().forEach(c -> choices.add(JsonP.PROVIDER.createObjectBuilder().add("id", c.id())
                .add("description", languageMap(c.text(), english == null ? null : english.text(node, c)))));
        return choices;
    }

    /** An xAPI language map: the Dutch text, and the English one where there is one. */
    private static JsonObjectBuilder languageMap(String dutch, String english) {
        JsonObjectBuilder map = JsonP.PROVIDER.createObjectBuilder().add("nl-NL", dutch);
        return english == null ? map : map.add("en-GB", english);
    }

    /** The xAPI Agent for a participant: an account on this installation named by the keyed HMAC of her id. */
    static JsonObject actor(String homePage, XapiKey key, long participantId) {
        return JsonP.PROVIDER.createObjectBuilder().add("objectType", "Agent")
                .add("account", JsonP.PROVIDER.createObjectBuilder().add("homePage", homePage)
                        .add("name", key.hmac(Long.toString(participantId))))
                .build();
    }
}
