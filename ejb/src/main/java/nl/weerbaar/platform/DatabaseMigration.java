package nl.weerbaar.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway when the application deploys, before anything else
 * touches the database (beans that do, depend on this one). Flyway owns the schema; EclipseLink
 * never generates DDL.
 */
@Singleton
@Startup
// Flyway switches auto-commit itself, which a JTA transaction forbids.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/WeerbaarDS")
    private DataSource dataSource;

    private String schemaVersion;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations())
                // JBeret creates its job repository tables at server start, before this runs; a
                // baseline at 0 lets Flyway accept that "non-empty" schema and still apply V1 onwards.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now, " + result.database + ")");
    }

    private String[] locations() {
        try {
            return MigrationLocations.of(dataSource);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The database cannot be reached to choose its migrations", e);
        }
    }

    /** The schema version after migration at deployment. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
