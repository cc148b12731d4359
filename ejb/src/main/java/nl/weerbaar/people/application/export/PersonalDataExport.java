package nl.weerbaar.people.application.export;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.weerbaar.platform.JsonP;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import nl.weerbaar.audit.application.AuditLog;
import nl.weerbaar.audit.application.AuditPseudonyms;
import nl.weerbaar.people.application.CallingParticipant;
import nl.weerbaar.people.domain.Participant;
import nl.weerbaar.people.domain.ParticipantRepository;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.platform.security.Roles;

/**
 * Everything held about one participant (AVG art. 15 and 20), as a zip of JSON files: her register
 * entry with her login, enrolments with their sessions and history, attempts with their steps, xAPI
 * statements, completion and certificate, corrections, mails to her, and the audit trail's lines
 * about her and by her — which staff read or changed her record, and when. For herself and for NGB;
 * every export is audited. Read with plain SQL so that every column is in it, secrets excepted
 * ({@link SqlRows#SECRETS}).
 */
@Stateless
@RolesAllowed({Roles.PARTICIPANT, Roles.NGB})
public class PersonalDataExport {

    /** Audit actions that make up an enrolment's history. */
    static final Set<String> ENROLMENT_HISTORY = Set.of("ENROLMENT_CREATED", "ENROLMENT_CANCELLED", "ATTENDANCE_RECORDED",
            "FUNDING_MARKED");

    private static final JsonWriterFactory PRETTY = JsonP.PROVIDER.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    @Resource(lookup = "java:jboss/datasources/WeerbaarDS")
    private DataSource dataSource;

    @Inject
    private ParticipantRepository participants;

    @Inject
    private AuditPseudonyms pseudonyms;

    @EJB
    private AuditLog audit;

    @Resource
    private SessionContext caller;

    /** The caller's own data. */
    @RolesAllowed(Roles.PARTICIPANT)
    public byte[] mine() {
        return export(CallingParticipant.of(participants, caller));
    }

    /** A participant's data, for NGB to hand to her. */
    @RolesAllowed(Roles.NGB)
    public byte[] of(long participantId) {
        return export(participants.find(participantId).orElseThrow(() -> new NotFound("api.deelnemer.niet.gevonden")));
    }

    private byte[] export(Participant participant) {
        audit.record("PERSONAL_DATA_EXPORTED", "participant", participant.getId());
        try (Connection connection = dataSource.getConnection()) {
            return zip(parts(new SqlRows(connection), participant.getId(), participant.getAccountUsername(),
                    participant.getEmail()));
        } catch (SQLException e) {
            throw new IllegalStateException("export of participant " + participant.getId(), e);
        }
    }

    private Map<String, JsonStructure> parts(SqlRows rows, long id, String login, String email) throws SQLException {
        Map<String, JsonStructure> parts = new LinkedHashMap<>();
        JsonArray auditLines = auditLines(rows, id, login);
        parts.put("register.json", register(rows, id, login));
        parts.put("enrolments.json", enrolments(rows, id, auditLines));
        parts.put("attempts.json", attempts(rows, id));
        parts.put("statements.json", statements(rows, id));
        parts.put("completion.json", JsonP.PROVIDER.createObjectBuilder()
                .add("completion", orNull(rows.one("select * from completion where participant_id = ?", id)))
                .add("modules", rows.all("select * from module_completion where participant_id = ? order by completed_on", id))
                .build());
        parts.put("corrections.json", rows.all("select * from participant_correction where participant_id = ? order by id", id));
        parts.put("mails.json", email == null ? JsonValue.EMPTY_JSON_ARRAY
                : rows.all("select id, recipient, subject, body, created_at, sent_at, dead from outbox_mail where recipient = ?"
                        + " order by id", email));
        parts.put("audit.json", auditLines);
        return parts;
    }

    private static JsonObject register(SqlRows rows, long id, String login) throws SQLException {
        JsonObjectBuilder register = JsonP.PROVIDER.createObjectBuilder()
                .add("participant", rows.one("select p.*, g.naam as gemeente_naam from participant p"
                        + " left join gemeente g on g.code = p.gemeente_code where p.id = ?", id))
                .add("invitations", rows.all("select * from invitation where participant_id = ? order by id", id));
        if (login == null) {
            return register.addNull("account").build();
        }
        return register.add("account", JsonP.PROVIDER.createObjectBuilder()
                .add("login", orNull(rows.one("select * from account where username = ?", login)))
                .add("roles", rows.all("select role from account_role where username = ?", login))
                .add("language", orNull(rows.one("select language from language_preference where username = ?", login)))
                .add("secondFactor", orNull(rows.one("select confirmed_at from second_factor where username = ?", login)))
                .add("apiTokens", rows.all("select * from api_token where username = ? order by id", login))
                .add("passwordResets", rows.all("select * from password_reset where username = ? order by id", login)))
                .build();
    }

    /** Her enrolments with their sessions, and their history: the audit lines that enrolled, cancelled, marked or registered attendance. */
    private static JsonObject enrolments(SqlRows rows, long id, JsonArray auditLines) throws SQLException {
        JsonArrayBuilder history = JsonP.PROVIDER.createArrayBuilder();
        auditLines.getValuesAs(JsonObject.class).stream()
                .filter(line -> ENROLMENT_HISTORY.contains(line.getString("action"))).forEach(history::add);
        return JsonP.PROVIDER.createObjectBuilder().add("enrolments", rows.all("select e.*, s.title as session_title,"
                + " s.starts_at as session_starts_at, s.ends_at as session_ends_at, s.location as session_location,"
                + " s.status as session_status, case when r.enrolment_id is null then false else true end as evaluated"
                + " from enrolment e join training_session s on s.id = e.session_id"
                + " left join evaluation_receipt r on r.enrolment_id = e.id where e.participant_id = ? order by e.id", id))
                .add("history", history).build();
    }

    private static JsonArray attempts(SqlRows rows, long id) throws SQLException {
        JsonArrayBuilder attempts = JsonP.PROVIDER.createArrayBuilder();
        for (JsonObject attempt : rows.all("select * from attempt where participant_id = ? order by id", id)
                .getValuesAs(JsonObject.class)) {
            attempts.add(JsonP.PROVIDER.createObjectBuilder(attempt).add("steps", rows.all(
                    "select seq, node_id, choice_id, taken_at from attempt_step where attempt_id = ? order by seq",
                    attempt.getJsonNumber("id").longValue())));
        }
        return attempts.build();
    }

    private static JsonArray statements(SqlRows rows, long id) throws SQLException {
        JsonArrayBuilder statements = JsonP.PROVIDER.createArrayBuilder();
        for (JsonObject row : rows.all("select statement from learning_statement where participant_id = ? order by id", id)
                .getValuesAs(JsonObject.class)) {
            try (JsonReader reader = JsonP.PROVIDER.createReader(new StringReader(row.getString("statement")))) {
                statements.add(reader.readObject());
            }
        }
        return statements.build();
    }

    /**
     * The trail's lines about her record or her login, and by her login; actors named by their user
     * name while it exists. The address a line notes is hers only on lines by her, so only those keep it.
     */
    private JsonArray auditLines(SqlRows rows, long id, String login) throws SQLException {
        String self = login == null ? null : pseudonyms.existing(login).orElse(null);
        JsonArray lines = self == null
                ? rows.all("select * from audit_event where subject_type = 'participant' and subject_id = ? order by id",
                        String.valueOf(id))
                : rows.all("select * from audit_event where (subject_type = 'participant' and subject_id = ?)"
                        + " or (subject_type = 'account' and subject_id = ?) or actor = ? order by id",
                        String.valueOf(id), self, self);
        JsonArrayBuilder named = JsonP.PROVIDER.createArrayBuilder();
        for (JsonObject line : lines.getValuesAs(JsonObject.class)) {
            boolean byHer = line.getString("actor").equals(self);
            JsonObjectBuilder out = JsonP.PROVIDER.createObjectBuilder(line)
                    .add("actor", byHer ? login : pseudonyms.resolve(line.getString("actor")))
                    .add("by_herself", byHer);
            if ("account".equals(line.getString("subject_type")) && !line.isNull("subject_id")) {
                out.add("subject_id", pseudonyms.resolve(line.getString("subject_id")));
            }
            if (!byHer) {
                out.remove("address");
            }
            named.add(out);
        }
        return named.build();
    }

    private static JsonValue orNull(JsonObject row) {
        return row == null ? JsonValue.NULL : row;
    }

    private static byte[] zip(Map<String, JsonStructure> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, JsonStructure> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(json(part.getValue()));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] json(JsonStructure value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = PRETTY.createWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
            writer.write(value);
        }
        return out.toByteArray();
    }
}
