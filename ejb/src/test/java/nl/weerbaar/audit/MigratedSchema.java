package nl.weerbaar.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import nl.weerbaar.platform.MigrationLocations;
import org.flywaydb.core.Flyway;

/**
 * A schema of its own, migrated by the shipped Flyway migrations, on the database the build names
 * (PostgreSQL when WEERBAAR_DB_DRIVER=postgresql, as in CI's second run; else H2 in memory), so the
 * audit triggers are tested where they run. {@link #drop} removes it again.
 */
final class MigratedSchema {

    final boolean postgres = "postgresql".equals(System.getenv("WEERBAAR_DB_DRIVER"));
    final String schema;
    private final String url;
    private final String user;
    private final String password;

    MigratedSchema(String prefix) {
        schema = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (postgres) {
            url = System.getenv("WEERBAAR_DB_URL");
            user = System.getenv("WEERBAAR_DB_USER");
            password = System.getenv("WEERBAAR_DB_PASSWORD");
        } else {
            url = "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1";
            user = "sa";
            password = "sa";
        }
        Flyway.configure().dataSource(url, user, password).schemas(schema).createSchemas(true)
                .locations(MigrationLocations.forProduct(postgres ? "PostgreSQL" : "H2")).load().migrate();
    }

    /** Which database, for the test output. */
    String describe() {
        return postgres ? "PostgreSQL " + url : "H2 in memory";
    }

    Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        c.setSchema(schema);
        return c;
    }

    void drop() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(postgres ? "drop schema " + schema + " cascade" : "drop all objects");
        }
    }
}
