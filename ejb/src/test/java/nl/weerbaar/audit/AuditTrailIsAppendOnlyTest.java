package nl.weerbaar.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import nl.weerbaar.platform.MigrationLocations;
import org.flywaydb.core.Flyway;
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

    private final boolean postgres = "postgresql".equals(System.getenv("WEERBAAR_DB_DRIVER"));
    private final String schema = "audit_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private String url;
    private String user;
    private String password;

    @BeforeAll
    void migrate() throws SQLException {
        if (postgres) {
            url = System.getenv("WEERBAAR_DB_URL");
            user = System.getenv("WEERBAAR_DB_USER");
            password = System.getenv("WEERBAAR_DB_PASSWORD");
        } else {
            url = "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1";
            user = "sa";
            password = "sa";
        }
        System.out.println("[AuditTrailIsAppendOnlyTest] on " + (postgres ? "PostgreSQL " + url : "H2 in memory"));
        Flyway.configure().dataSource(url, user, password).schemas(schema).createSchemas(true)
                .locations(MigrationLocations.forProduct(postgres ? "PostgreSQL" : "H2")).load().migrate();
        execute("insert into audit_event (id, occurred_at, actor, action, subject_type, subject_id) "
                + "values (1, current_timestamp, 'ngb', 'READ', 'participant', '7')");
    }

    @AfterAll
    void dropSchema() throws SQLException {
        execute(postgres ? "drop schema " + schema + " cascade" : "drop all objects");
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
        if (!postgres) {
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
        Connection c = DriverManager.getConnection(url, user, password);
        c.setSchema(schema);
        return c;
    }
}
