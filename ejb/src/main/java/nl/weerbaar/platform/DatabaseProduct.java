package nl.weerbaar.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Which of the two databases Weerbaar runs on is behind a connection, for the few statements that differ. */
public final class DatabaseProduct {

    private DatabaseProduct() {
    }

    /** PostgreSQL (production and CI's second run); otherwise the embedded H2. */
    public static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
