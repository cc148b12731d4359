package nl.weerbaar.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Where Flyway finds the migrations for a database: one set for every database, and a folder per
 * database product for the few versions whose SQL must differ (triggers). Each version number
 * stands once in the common set or once in every product folder, never in both.
 */
public final class MigrationLocations {

    public static final String COMMON = "classpath:db/migration";

    private MigrationLocations() {
    }

    /** The locations for the database behind the data source. */
    public static String[] of(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return forProduct(connection.getMetaData().getDatabaseProductName());
        }
    }

    /** The locations for a JDBC database product name, such as "H2" or "PostgreSQL". */
    public static String[] forProduct(String productName) {
        String folder = productName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (!folder.equals("h2") && !folder.equals("postgresql")) {
            throw new IllegalStateException("Weerbaar runs on H2 or PostgreSQL, not on " + productName);
        }
        return new String[] {COMMON, "classpath:db/vendor/" + folder};
    }
}
