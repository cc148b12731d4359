package nl.weerbaar.audit.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The embedded database's guard of the audit trail: H2 has no SQL trigger bodies, so migration V9
 * (db/vendor/h2) names this class for UPDATE and DELETE of audit_event, and every such statement
 * fails, whoever sends it. PostgreSQL's V9 does the same in PL/pgSQL.
 */
public class H2AuditGuard implements Trigger {

    @Override
    public void fire(Connection connection, Object[] before, Object[] after) throws SQLException {
        throw new SQLException("audit_event is append-only: rows are never changed or deleted", "42501");
    }
}
