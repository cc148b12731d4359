package nl.weerbaar.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The database itself refuses to change or delete audit rows. Runs the real migrations on H2, or on
 * PostgreSQL when the build is configured for it (WEERBAAR_DB_DRIVER=postgresql, as CI's second
 * run is), in a schema of its own that it drops afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailIsAppendOnlyTest {

    private MigratedSchema database;

    @BeforeAll
    void migrate() throws SQLException {
        database = new MigratedSchema("audit_test_");
        System.out.println("[AuditTrailIsAppendOnlyTest] on " + database.describe());
        execute("insert into audit_event (id, occurred_at, actor, action, subject_type, subject_id) "
                + "values (1, current_timestamp, 'ngb', 'READ', 'participant', '7')");
    }

    @AfterAll
    void dropSchema() throws SQLException {
        database.drop();
    }

    @Test
    void anAuditRowCannotBeChanged() {
        assertThrows(SQLException.class, () -> execute("update audit_event set actor = 'someone else'"));
        assertEquals("ngb", actorOfTheOnlyRow());
    }

    @Test
    void anAuditRowCannotBeDeleted() {
        assertThrows(SQLException.class, () -> execute("delete from audit_event"));
        assertEquals("ngb", actorOfTheOnlyRow());
    }

    @Test
    void theAuditTableCannotBeEmptiedWithTruncateOnPostgreSql() {
        if (!database.postgres) {
            System.out.println("[AuditTrailIsAppendOnlyTest] TRUNCATE is checked on PostgreSQL only (H2 has no truncate triggers)");
            return;
        }
        assertThrows(SQLException.class, () -> execute("truncate audit_event"));
        assertEquals("ngb", actorOfTheOnlyRow());
    }

    @Test
    void newAuditRowsAreStillAccepted() throws SQLException {
        int before = count();
        execute("insert into audit_event (id, occurred_at, actor, action, subject_type, subject_id) "
                + "values (2, current_timestamp, 'admin', 'READ', 'participant', '8')");
        assertEquals(before + 1, count());
    }

    private int count() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from audit_event")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private String actorOfTheOnlyRow() {
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select actor from audit_event where id = 1")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private Connection connect() throws SQLException {
        return database.connect();
    }
}
