package nl.weerbaar.learning.records.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.weerbaar.platform.JsonP;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.weerbaar.audit.application.AuditLog;
import nl.weerbaar.learning.records.domain.LearningStatement;
import nl.weerbaar.learning.records.domain.LearningStatementRepository;
import nl.weerbaar.people.application.CallingParticipant;
import nl.weerbaar.people.domain.ParticipantRepository;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.security.Roles;

/**
 * The statements an LRS client reads (xAPI 1.0.3, "GET Statements"): a participant her own, NGB
 * everyone's (audited, as they are about people's learning). Filters verb, activity, since and until;
 * pages of at most {@value #MAX_LIMIT} with a cursor for "more"; each statement as stored, with the
 * {@code stored} time and the {@code version} an LRS adds.
 */
@Stateless
public class StatementQuery {

    /** The largest page; {@code limit=0} asks for it, as the specification lets the LRS decide. */
    public static final int MAX_LIMIT = 500;
    /** Rows one request looks at while filtering on the activity (not a column): it then hands a cursor on. */
    private static final int SCAN = 5_000;
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** What the client asks; null fields do not filter. */
    public record Query(String verb, String activity, Instant since, Instant until, int limit, boolean ascending, Long cursor) {
    }

    /** A page: the statements (a JSON array) and the cursor of the next page, null when this was the last. */
    public record Page(String statements, Long next) {
    }

    @Inject
    private LearningStatementRepository statements;

    @Inject
    private ParticipantRepository participants;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext caller;

    @RolesAllowed({Roles.PARTICIPANT, Roles.NGB})
    public Page find(Query q) {
        Long participant = whose();
        String verb = q.verb() == null ? null : verbName(q.verb());
        int limit = q.limit() <= 0 || q.limit() > MAX_LIMIT ? MAX_LIMIT : q.limit();
        JsonArrayBuilder found = JsonP.PROVIDER.createArrayBuilder();
        int count = 0;
        int scanned = 0;
        Long cursor = q.cursor();
        boolean exhausted = false;
        if (q.verb() != null && verb == null) {
            exhausted = true; // a verb this installation never uses
        }
        while (!exhausted && count < limit && scanned < SCAN) {
            List<LearningStatement> rows = statements.page(participant, cursor, q.ascending(), verb, local(q.since()),
                    local(q.until()), Math.min(limit - count + 50, SCAN - scanned));
            if (rows.isEmpty()) {
                exhausted = true;
                break;
            }
            for (LearningStatement row : rows) {
                scanned++;
                cursor = row.getId();
                JsonObject statement = read(row.getStatement());
                if (q.activity() == null || q.activity().equals(statement.getJsonObject("object").getString("id", null))) {
                    found.add(stored(statement, row.getStoredAt()));
                    if (++count == limit) {
                        break;
                    }
                }
            }
        }
        if (participant == null) {
            audit.record("LEARNING_RECORDS_QUERIED", "statements", null);
        }
        boolean more = !exhausted && statements.page(participant, cursor, q.ascending(), verb, local(q.since()), local(q.until()), 1)
                .stream().findAny().isPresent();
        return new Page(found.build().toString(), more ? cursor : null);
    }

    /** One statement by its id (a UUID); empty when it does not exist or is not the caller's to read. */
    @RolesAllowed({Roles.PARTICIPANT, Roles.NGB})
    public Optional<String> one(String statementId) {
        if (statementId == null || !UUID.matcher(statementId).matches()) {
            return Optional.empty();
        }
        Long participant = whose();
        Optional<String> statement = statements.byStatementId(participant, statementId.toLowerCase(java.util.Locale.ROOT))
                .map(row -> stored(read(row.getStatement()), row.getStoredAt()).toString());
        if (participant == null && statement.isPresent()) {
            audit.record("LEARNING_RECORDS_QUERIED", "statement", statementId);
        }
        return statement;
    }

    /** Whose statements the caller reads: her own as a participant, everyone's (null) for NGB. */
    private Long whose() {
        return caller.isCallerInRole(Roles.NGB) ? null : CallingParticipant.of(participants, caller).getId();
    }

    /** The short verb name the recorder stores for an ADL verb IRI; null for any other IRI. */
    private static String verbName(String iri) {
        return iri.startsWith(LearningRecords.VERBS) && iri.length() > LearningRecords.VERBS.length() && iri.length() <= 16 + LearningRecords.VERBS.length()
                ? iri.substring(LearningRecords.VERBS.length()) : null;
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, Amsterdam.ZONE);
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = JsonP.PROVIDER.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** The statement with what the LRS adds when it stores one: when, and the version of the specification. */
    private static JsonObject stored(JsonObject statement, LocalDateTime storedAt) {
        return JsonP.PROVIDER.createObjectBuilder(statement)
                .add("stored", storedAt.atZone(Amsterdam.ZONE).withZoneSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT))
                .add("version", "1.0.3").build();
    }
}
