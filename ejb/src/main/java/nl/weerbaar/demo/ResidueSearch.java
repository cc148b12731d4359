package nl.weerbaar.demo;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import nl.weerbaar.platform.security.Roles;

/**
 * Demo and test servers only: where in the application's database any of some texts still occurs,
 * for proving an erasure. Every table of the datasource's schema (the batch runtime's included) is
 * read whole, every text column and every binary one (serialized job data), without regard to case.
 * It reads everything, so it is no tool for a production server, where it does not exist.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ResidueSearch {

    private static final Set<Integer> TEXT = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR,
            Types.NVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB, Types.OTHER);
    private static final Set<Integer> BINARY = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);

    /** A column that holds one of the texts (by its index in the question), and in how many rows. */
    public record Hit(String table, String column, int text, int rows) {
    }

    /** What was searched and what was found. */
    public record Result(int tables, int columns, List<Hit> hits) {
    }

    private record Column(String name, boolean binary) {
    }

    @Resource(lookup = "java:jboss/datasources/WeerbaarDS")
    private DataSource dataSource;

    public Result search(List<String> texts) throws SQLException {
        List<String> wanted = texts.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        List<Hit> hits = new ArrayList<>();
        int tables = 0;
        int columns = 0;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            for (String table : tables(meta, schema)) {
                List<Column> searched = columns(meta, schema, table);
                tables++;
                columns += searched.size();
                for (Column column : searched) {
                    hits.addAll(scan(connection, table, column, wanted));
                }
            }
        }
        return new Result(tables, columns, hits);
    }

    private static List<String> tables(DatabaseMetaData meta, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private static List<Column> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        List<Column> found = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
            while (rs.next()) {
                int type = rs.getInt("DATA_TYPE");
                if (TEXT.contains(type) || BINARY.contains(type)) {
                    found.add(new Column(rs.getString("COLUMN_NAME"), BINARY.contains(type)));
                }
            }
        }
        return found;
    }

    private static List<Hit> scan(Connection connection, String table, Column column, List<String> wanted) throws SQLException {
        int[] rows = new int[wanted.size()];
        String sql = "select \"" + column.name() + "\" from \"" + table + "\" where \"" + column.name() + "\" is not null";
        try (Statement select = connection.createStatement(); ResultSet rs = select.executeQuery(sql)) {
            while (rs.next()) {
                String value = column.binary() ? binaryAsText(rs.getBytes(1)) : rs.getString(1);
                String lower = value == null ? "" : value.toLowerCase(Locale.ROOT);
                for (int i = 0; i < wanted.size(); i++) {
                    if (lower.contains(wanted.get(i))) {
                        rows[i]++;
                    }
                }
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] > 0) {
                hits.add(new Hit(table, column.name(), i, rows[i]));
            }
        }
        return hits;
    }

    /** Serialized Java objects keep strings as (modified) UTF-8: both readings are searched. */
    private static String binaryAsText(byte[] bytes) {
        return bytes == null ? null
                : new String(bytes, StandardCharsets.UTF_8) + "\n" + new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
