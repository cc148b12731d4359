package nl.weerbaar.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.audit.infrastructure.AuditExpiry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retention deletes old audit rows and nothing else: the guard (V24) lets a delete through only for
 * rows older than a horizon named on the connection, and only a horizon at least a year back; without
 * one every delete still fails. On H2, or on PostgreSQL when the build is configured for it.
 */
class AuditExpiryTest {

    private final LocalDateTime now = LocalDateTime.now();
    private MigratedSchema database;

    @BeforeEach
    void migrate() throws SQLException {
        database = new MigratedSchema("expiry_test_");
        insert(1, now.minusYears(9));
        insert(2, now.minusYears(3));
        insert(3, now.minusMonths(2));
        insert(4, now);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        database.drop();
    }

    @Test
    void retentionDeletesOnlyTheRowsOlderThanItsHorizon() throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            assertEquals(1, AuditExpiry.deleteBefore(c, now.minusYears(5)));
            c.commit();
        }
        assertEquals(List.of(2L, 3L, 4L), ids());
    }

    @Test
    void theSameConnectionRefusesAnyOtherDeleteAfterwards() throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            AuditExpiry.deleteBefore(c, now.minusYears(5));
            c.commit();
            assertThrows(SQLException.class, () -> execute(c, "delete from audit_event where id = 2"));
            c.rollback();
        }
        assertEquals(List.of(2L, 3L, 4L), ids());
    }

    @Test
    void aHorizonLessThanAYearBackIsRefusedByTheDatabase() throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            assertThrows(SQLException.class, () -> AuditExpiry.deleteBefore(c, now.minusMonths(1)));
            c.rollback();
        }
        assertEquals(List.of(1L, 2L, 3L, 4L), ids());
    }

    @Test
    void withoutAHorizonNoRowCanBeDeletedNorChanged() throws SQLException {
        try (Connection c = connect()) {
            assertThrows(SQLException.class, () -> execute(c, "delete from audit_event where id = 1"));
            assertThrows(SQLException.class, () -> execute(c, "update audit_event set actor = 'x' where id = 1"));
        }
        assertEquals(List.of(1L, 2L, 3L, 4L), ids());
    }

    private void insert(long id, LocalDateTime at) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("insert into audit_event "
                + "(id, occurred_at, actor, action, subject_type, subject_id) values (?, ?, '#1', 'READ', 'participant', '7')")) {
            s.setLong(1, id);
            s.setTimestamp(2, Timestamp.valueOf(at));
            s.executeUpdate();
        }
    }

    private List<Long> ids() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id from audit_event order by id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private Connection connect() throws SQLException {
        return database.connect();
    }
}
