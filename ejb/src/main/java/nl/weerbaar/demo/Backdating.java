package nl.weerbaar.demo;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import javax.sql.DataSource;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.security.Roles;

/**
 * Demo and test servers only: moves one participant's history years into the past — her registration,
 * enrolments and their sessions, attempts with their steps, statements — and adds one audit line about
 * her dated as far back (audit rows cannot be moved), so retention can be tried on data that is really
 * old while everything else on the server stays young.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Backdating {

    /** Table, its time columns, and which of its rows are hers. */
    private static final String[][] SHIFTS = {
        {"training_session", "starts_at ends_at created_at", "id in (select session_id from enrolment where participant_id = ?)"},
        {"enrolment", "enrolled_at changed_at", "participant_id = ?"},
        {"attempt_step", "taken_at", "attempt_id in (select id from attempt where participant_id = ?)"},
        {"attempt", "started_at finished_at", "participant_id = ?"},
        {"learning_statement", "stored_at", "participant_id = ?"},
        {"participant", "created_at", "id = ?"},
    };

    @Resource(lookup = "java:jboss/datasources/WeerbaarDS")
    private DataSource dataSource;

    /** Shifts her history {@code years} back; the id of the old audit line it added. */
    public long age(long participantId, int years) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (String[] shift : SHIFTS) {
                // The SQL standard's interval literal: both H2 and PostgreSQL read it.
                String set = java.util.Arrays.stream(shift[1].split(" "))
                        .map(column -> column + " = " + column + " - interval '" + years + "' year")
                        .collect(java.util.stream.Collectors.joining(", "));
                try (PreparedStatement s = c.prepareStatement("update " + shift[0] + " set " + set + " where " + shift[2])) {
                    s.setLong(1, participantId);
                    s.executeUpdate();
                }
            }
            long id = SyntheticParticipation.FIRST_ID + System.nanoTime() % 1_000_000_000L;
            try (PreparedStatement s = c.prepareStatement("insert into audit_event (id, occurred_at, actor, action,"
                    + " subject_type, subject_id) values (?, ?, 'demo', 'PARTICIPANT_READ', 'participant', ?)")) {
                s.setLong(1, id);
                s.setTimestamp(2, Timestamp.valueOf(Amsterdam.now().minusYears(years)));
                s.setString(3, String.valueOf(participantId));
                s.executeUpdate();
            }
            return id;
        }
    }
}
