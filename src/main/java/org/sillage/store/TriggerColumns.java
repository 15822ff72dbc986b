package org.sillage.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Where each column of a table stands in the rows H2 hands a trigger (ADR 0058, 0059). */
final class TriggerColumns {
    private final Map<String, Integer> positions = new HashMap<>();
    private final String table;

    private TriggerColumns(String table) {
        this.table = table;
    }

    static TriggerColumns of(Connection conn, String schema, String table) throws SQLException {
        TriggerColumns c = new TriggerColumns(table);
        try (ResultSet rs = conn.getMetaData().getColumns(null, schema, table, null)) {
            while (rs.next()) {
                c.positions.put(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), rs.getInt("ORDINAL_POSITION") - 1);
            }
        }
        return c;
    }

    /** The index of {@code name} in a row; an error naming the table when it has no such column. */
    int index(String name) throws SQLException {
        Integer i = positions.get(name);
        if (i == null) {
            throw new SQLException(table + " has no column " + name);
        }
        return i;
    }
}
