package nl.weerbaar.audit.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import nl.weerbaar.platform.DatabaseProduct;

/**
 * Deletes audit rows older than a horizon, the one delete the database's guard lets through
 * (migration V24, decision 0008): the horizon is named to the guard on the same connection first —
 * on PostgreSQL as a transaction-local setting, on H2 as a session variable cleared afterwards.
 */
public final class AuditExpiry {

    private AuditExpiry() {
    }

    /** Deletes the rows that occurred before the horizon, on this connection; how many went. */
    public static int deleteBefore(Connection connection, LocalDateTime horizon) throws SQLException {
        boolean postgres = DatabaseProduct.isPostgres(connection);
        Timestamp before = Timestamp.valueOf(horizon);
        try (PreparedStatement name = connection.prepareStatement(postgres
                ? "select set_config('weerbaar.audit_expiry_before', ?, true)"
                : "select set(" + H2AuditExpiryGuard.HORIZON + ", cast(? as timestamp))")) {
            name.setString(1, horizon.toString().replace('T', ' '));
            try (ResultSet ignored = name.executeQuery()) {
                // the setting is made
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from audit_event where occurred_at < ?")) {
            delete.setTimestamp(1, before);
            return delete.executeUpdate();
        } finally {
            if (!postgres) {
                try (Statement clear = connection.createStatement()) {
                    clear.execute("set " + H2AuditExpiryGuard.HORIZON + " = null");
                }
            }
        }
    }
}
