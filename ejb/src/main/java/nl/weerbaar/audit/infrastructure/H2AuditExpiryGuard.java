package nl.weerbaar.audit.infrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.h2.api.Trigger;

/**
 * The embedded database's guard of audit deletes (migration V24, db/vendor/h2; decision 0008): a row
 * may go only when the session named a retention horizon in {@code @AUDIT_EXPIRY_BEFORE} that lies at
 * least a year back, and the row is older than it. Everything else fails, as {@link H2AuditGuard} does.
 */
public class H2AuditExpiryGuard implements Trigger {

    /** The session variable that names the horizon. */
    public static final String HORIZON = "@AUDIT_EXPIRY_BEFORE";

    @Override
    public void fire(Connection connection, Object[] before, Object[] after) throws SQLException {
        LocalDateTime horizon = horizon(connection);
        LocalDateTime occurred = before == null ? null : asLocal(before[1]);
        if (horizon == null || horizon.isAfter(LocalDateTime.now().minusYears(1)) || occurred == null
                || !occurred.isBefore(horizon)) {
            throw new SQLException("audit_event is append-only: only rows older than a retention horizon of at least"
                    + " a year may be deleted", "42501");
        }
    }

    private static LocalDateTime horizon(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("select cast(" + HORIZON
                + " as timestamp)")) {
            return r.next() ? asLocal(r.getObject(1)) : null;
        }
    }

    private static LocalDateTime asLocal(Object value) {
        if (value instanceof LocalDateTime local) {
            return local;
        }
        return value instanceof Timestamp t ? t.toLocalDateTime() : null;
    }
}
