package org.sillage.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Keeps {@code application.board_day}, the day a board's column sorts a card by (migration V18, ADR 0059):
 * the next action's day, else the posting's deadline, else {@link #NONE}. On {@code application}, before each
 * insert and update, it sets the row's day; on {@code posting}, after an update that moves the deadline, it
 * sets the day of the applications on that posting. H2 calls it for every write, whichever code makes it.
 */
public final class BoardDayTrigger implements org.h2.api.Trigger {
    /** The day of a card without any: after every real day, as the column's "undated last". */
    static final LocalDate NONE = LocalDate.of(9999, 12, 31);
    private boolean onApplication;
    private int nextActionOn;
    private int postingId;
    private int boardDay;
    private int id;
    private int deadline;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        TriggerColumns columns = TriggerColumns.of(conn, schemaName, tableName);
        onApplication = "APPLICATION".equalsIgnoreCase(tableName);
        if (onApplication) {
            nextActionOn = columns.index("NEXT_ACTION_ON");
            postingId = columns.index("POSTING_ID");
            boardDay = columns.index("BOARD_DAY");
        } else {
            id = columns.index("ID");
            deadline = columns.index("DEADLINE");
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow == null) {
            return;
        }
        if (onApplication) {
            Object day = newRow[nextActionOn];
            if (day == null) {
                day = deadlineOf(conn, newRow[postingId]);
            }
            newRow[boardDay] = day == null ? NONE : day;
        } else if (oldRow != null && !Objects.equals(oldRow[deadline], newRow[deadline])) {
            try (PreparedStatement st = conn.prepareStatement(
                    "update application set board_day = coalesce(next_action_on, ?, date '9999-12-31') where posting_id = ?")) {
                st.setObject(1, newRow[deadline]);
                st.setObject(2, newRow[id]);
                st.executeUpdate();
            }
        }
    }

    private static Object deadlineOf(Connection conn, Object posting) throws SQLException {
        if (posting == null) {
            return null;
        }
        try (PreparedStatement st = conn.prepareStatement("select deadline from posting where id = ?")) {
            st.setObject(1, posting);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getObject(1, LocalDate.class) : null;
            }
        }
    }
}
