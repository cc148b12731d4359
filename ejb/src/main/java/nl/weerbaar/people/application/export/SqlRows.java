package nl.weerbaar.people.application.export;

import nl.weerbaar.platform.JsonP;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Locale;
import java.util.Set;

/**
 * Rows of a query as JSON objects named by their columns, so an export holds every column a table
 * has, also ones added later, except secrets kept only as hashes or sealed (they say nothing about
 * her and would help an attacker). Times are local times in Europe/Amsterdam, as stored.
 */
final class SqlRows {

    /** Columns never exported. */
    static final Set<String> SECRETS = Set.of("password_hash", "token_hash", "code_hash", "secret_sealed");

    private final Connection connection;

    SqlRows(Connection connection) {
        this.connection = connection;
    }

    JsonArray all(String sql, Object... parameters) throws SQLException {
        JsonArrayBuilder rows = JsonP.PROVIDER.createArrayBuilder();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    rows.add(row(rs, meta));
                }
            }
        }
        return rows.build();
    }

    /** The one row, or null. */
    JsonObject one(String sql, Object... parameters) throws SQLException {
        JsonArray rows = all(sql, parameters);
        return rows.isEmpty() ? null : rows.getJsonObject(0);
    }

    private static JsonObject row(ResultSet rs, ResultSetMetaData meta) throws SQLException {
        JsonObjectBuilder row = JsonP.PROVIDER.createObjectBuilder();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            String name = meta.getColumnLabel(c).toLowerCase(Locale.ROOT);
            if (!SECRETS.contains(name)) {
                add(row, name, rs.getObject(c));
            }
        }
        return row.build();
    }

    private static void add(JsonObjectBuilder row, String name, Object value) {
        if (value == null) {
            row.addNull(name);
        } else if (value instanceof Boolean b) {
            row.add(name, b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            row.add(name, ((Number) value).longValue());
        } else if (value instanceof BigDecimal d) {
            row.add(name, d);
        } else if (value instanceof Timestamp t) {
            row.add(name, t.toLocalDateTime().toString());
        } else if (value instanceof Date d) {
            row.add(name, d.toLocalDate().toString());
        } else {
            row.add(name, value.toString());
        }
    }
}
