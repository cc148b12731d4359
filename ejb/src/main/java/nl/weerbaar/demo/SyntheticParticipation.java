package nl.weerbaar.demo;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.DatabaseProduct;

/**
 * Generates anonymous participation for one year — held sessions, participants, enrolments with
 * outcomes, module and training completions — for reports, their tests and benchmarks. Only in a
 * demo or test server ({@code -Dweerbaar.demo=true}); plain JDBC batches, one transaction per block,
 * with ids far above what the sequences hand out.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class SyntheticParticipation {

    /** Generated rows have ids from here on. */
    public static final long FIRST_ID = 1_000_000_000_000L;
    /** Participants per generated session. */
    public static final int PER_SESSION = 8;

    private static final String[] OUTCOMES = {"ATTENDED", "ATTENDED", "ATTENDED", "ATTENDED", "ATTENDED", "ATTENDED",
        "ATTENDED", "ATTENDED", "ATTENDED", "ATTENDED", "ATTENDED", "ATTENDED", "ATTENDED", "PARTIALLY_ATTENDED",
        "PARTIALLY_ATTENDED", "NO_SHOW", "NO_SHOW", "CANCELLED", "WAITLISTED", "ATTENDED"};
    private static final String[] OFFICES = {"BURGEMEESTER", "BURGEMEESTER", "BURGEMEESTER", "BURGEMEESTER", "BURGEMEESTER",
        "WETHOUDER", "WETHOUDER", "WETHOUDER", "RAADSLID", "WETHOUDER"};

    @Resource(lookup = "java:jboss/datasources/WeerbaarDS")
    private DataSource dataSource;

    /** Where a block starts: after every generated participant so far. */
    public long nextIndex() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select coalesce(max(id), ?) from participant where id >= ?")) {
            s.setLong(1, FIRST_ID - 1);
            s.setLong(2, FIRST_ID);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long last = r.getLong(1);
                // Blocks are whole sessions, so the next index starts a new session.
                long next = last - FIRST_ID + 1;
                return (next + PER_SESSION - 1) / PER_SESSION * PER_SESSION;
            }
        }
    }

    /** Generates {@code count} participants with one enrolment each (a multiple of 8), from index {@code from}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void block(int year, long from, int count) throws SQLException {
        if (!Boolean.getBoolean(DemoData.SWITCH)) {
            throw new IllegalStateException("synthetic data only in a demo or test server");
        }
        try (Connection c = dataSource.getConnection()) {
            List<String[]> gemeenten = gemeenten(c);
            LocalDateTime now = Amsterdam.now();
            try (PreparedStatement session = c.prepareStatement("insert into training_session (id, title, starts_at, ends_at, "
                    + "location, province, capacity, status, created_at, version, min_participants) values (?, ?, ?, ?, ?, ?, 8, "
                    + "'HELD', ?, 0, 4)");
                    PreparedStatement participant = c.prepareStatement("insert into participant (id, naam, email, ambt, "
                            + "gemeente_code, provincie, in_functie_sinds, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)");
                    PreparedStatement enrolment = c.prepareStatement("insert into enrolment (id, session_id, participant_id, "
                            + "status, queue_number, enrolled_at, changed_at, ical_sequence, version) values (?, ?, ?, ?, ?, ?, ?, 0, 0)");
                    PreparedStatement module = c.prepareStatement("insert into module_completion (participant_id, module_id, "
                            + "completed_on) values (?, ?, ?)");
                    PreparedStatement completion = c.prepareStatement("insert into completion (participant_id, session_id, "
                            + "completed_on) values (?, ?, ?)")) {
                for (long i = from; i < from + count; i++) {
                    long id = FIRST_ID + i;
                    long sessionIndex = i / PER_SESSION;
                    long sessionId = FIRST_ID + sessionIndex;
                    String[] gemeente = gemeenten.get((int) (sessionIndex % gemeenten.size()));
                    LocalDateTime start = LocalDate.of(year, 1, 5).plusDays((sessionIndex * 7) % 350).atTime(9, 30);
                    if (i % PER_SESSION == 0) {
                        session.setLong(1, sessionId);
                        session.setString(2, "Synthetische sessie " + sessionIndex);
                        session.setTimestamp(3, Timestamp.valueOf(start));
                        session.setTimestamp(4, Timestamp.valueOf(start.plusHours(7)));
                        session.setString(5, "Utrecht");
                        session.setString(6, gemeente[1]);
                        session.setTimestamp(7, Timestamp.valueOf(now));
                        session.addBatch();
                    }
                    String status = OUTCOMES[(int) (i % OUTCOMES.length)];
                    participant.setLong(1, id);
                    participant.setString(2, "Synthetisch " + i);
                    participant.setString(3, "synthetisch-" + i + "@voorbeeld.invalid");
                    participant.setString(4, OFFICES[(int) (i % OFFICES.length)]);
                    participant.setString(5, gemeente[0]);
                    participant.setString(6, gemeente[1]);
                    participant.setDate(7, java.sql.Date.valueOf(LocalDate.of(2019, 1, 1)));
                    participant.setTimestamp(8, Timestamp.valueOf(now));
                    participant.addBatch();
                    enrolment.setLong(1, id);
                    enrolment.setLong(2, sessionId);
                    enrolment.setLong(3, id);
                    enrolment.setString(4, status);
                    enrolment.setObject(5, "WAITLISTED".equals(status) ? (Object) 1L : null, java.sql.Types.BIGINT);
                    enrolment.setTimestamp(6, Timestamp.valueOf(start.minusDays(30)));
                    // Every other cancellation came after the deadline (7 days before), so it costs.
                    enrolment.setTimestamp(7, Timestamp.valueOf("CANCELLED".equals(status) && i % 2 == 0
                            ? start.minusDays(2) : start.minusDays(20)));
                    enrolment.addBatch();
                    if ("ATTENDED".equals(status)) {
                        module.setLong(1, id);
                        module.setString(2, "voorbereiding");
                        module.setDate(3, java.sql.Date.valueOf(start.toLocalDate().minusDays(3)));
                        module.addBatch();
                        if (i % 3 != 0) {
                            module.setLong(1, id);
                            module.setString(2, "nazorg");
                            module.setDate(3, java.sql.Date.valueOf(start.toLocalDate().plusDays(14)));
                            module.addBatch();
                            completion.setLong(1, id);
                            completion.setLong(2, sessionId);
                            completion.setDate(3, java.sql.Date.valueOf(start.toLocalDate().plusDays(14)));
                            completion.addBatch();
                        }
                    }
                }
                session.executeBatch();
                participant.executeBatch();
                enrolment.executeBatch();
                module.executeBatch();
                completion.executeBatch();
            }
        }
    }

    /**
     * Fresh planner statistics for the generated tables. A bulk load of this size leaves them stale
     * until autovacuum comes by, and on PostgreSQL a report page then became a hash join and sort of
     * the whole year (1.8 s a page at a million enrolments instead of 80 ms); a real load is analyzed
     * afterwards too.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void analyze() throws SQLException {
        try (Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            boolean postgres = DatabaseProduct.isPostgres(c);
            for (String table : List.of("training_session", "participant", "enrolment", "module_completion", "completion")) {
                s.execute((postgres ? "analyze " : "analyze table ") + table);
            }
        }
    }

    /** Removes everything generated; returns how many participants went. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purge() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            int participants = 0;
            for (String sql : List.of("delete from completion where participant_id >= ?",
                    "delete from module_completion where participant_id >= ?", "delete from enrolment where id >= ?",
                    "delete from participant where id >= ?", "delete from training_session where id >= ?")) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setLong(1, FIRST_ID);
                    int n = s.executeUpdate();
                    if (sql.contains("from participant")) {
                        participants = n;
                    }
                }
            }
            return participants;
        }
    }

    private static List<String[]> gemeenten(Connection c) throws SQLException {
        List<String[]> list = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select code, provincie from gemeente where actief = true order by code");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                list.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        return list;
    }
}
