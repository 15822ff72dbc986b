package org.sillage.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;

/**
 * Keeps {@code posting_tally} (migration V21, ADR 0082): after each insert, update or delete of a posting, a row
 * of +1 for its contract type and source format as written, and of -1 for them as they were. An update that
 * changes neither adds nothing. Rows are only ever added here, so two transactions writing postings never wait
 * on each other for the tally. H2 calls it for every write, whichever code makes it.
 */
public final class PostingTallyTrigger implements org.h2.api.Trigger {
    static final String ADD = "insert into posting_tally (contract_type, source_format, n) values (?, ?, ?)";
    private int contractType;
    private int sourceFormat;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        TriggerColumns columns = TriggerColumns.of(conn, schemaName, tableName);
        contractType = columns.index("CONTRACT_TYPE");
        sourceFormat = columns.index("SOURCE_FORMAT");
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && Objects.equals(oldRow[contractType], newRow[contractType])
                && Objects.equals(oldRow[sourceFormat], newRow[sourceFormat])) {
            return;
        }
        try (PreparedStatement st = conn.prepareStatement(ADD)) {
            if (oldRow != null) {
                add(st, oldRow, -1);
            }
            if (newRow != null) {
                add(st, newRow, 1);
            }
            st.executeBatch();
        }
    }

    private void add(PreparedStatement st, Object[] row, int n) throws SQLException {
        st.setObject(1, row[contractType]);
        st.setObject(2, row[sourceFormat]);
        st.setInt(3, n);
        st.addBatch();
    }
}
