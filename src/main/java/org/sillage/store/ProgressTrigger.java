package org.sillage.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.sillage.domain.ApplicationStatus;

/**
 * Keeps {@code application.history_step} and {@code application.first_answer_on} in step with the
 * application's status history (migration V17, ADR 0058): after each insert, update or delete of a
 * {@code status_change} row, both are read again from that application's changes not undone, in the same
 * transaction. H2 calls it for every write, whichever code makes it.
 */
public final class ProgressTrigger implements org.h2.api.Trigger {
    /** The step of a status, as {@link StatsRepository#stepOf}: -1 for a rejection or a withdrawal. */
    private static final String STEP = Arrays.stream(ApplicationStatus.values())
            .filter(s -> StatsRepository.stepOf(s) >= 0)
            .map(s -> "when '" + s.name() + "' then " + StatsRepository.stepOf(s))
            .collect(Collectors.joining(" ", "case to_status ", " else -1 end"));
    private static final String ANSWERS = StatsRepository.ANSWERS.stream()
            .map(s -> "'" + s + "'").collect(Collectors.joining(", ", "(", ")"));
    static final String UPDATE = "update application set"
            + " history_step = coalesce((select max(" + STEP + ") from status_change"
            + " where application_id = ?1 and undone_at is null), -1),"
            + " first_answer_on = (select min(cast(changed_at as date)) from status_change"
            + " where application_id = ?1 and undone_at is null and to_status in " + ANSWERS + ")"
            + " where id = ?1";
    private int applicationColumn = -1;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        applicationColumn = TriggerColumns.of(conn, schemaName, tableName).index("APPLICATION_ID");
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        Object before = oldRow == null ? null : oldRow[applicationColumn];
        Object after = newRow == null ? null : newRow[applicationColumn];
        if (after != null) {
            update(conn, after);
        }
        if (before != null && !before.equals(after)) {
            update(conn, before);
        }
    }

    private static void update(Connection conn, Object applicationId) throws SQLException {
        try (PreparedStatement st = conn.prepareStatement(UPDATE)) {
            st.setObject(1, applicationId);
            st.executeUpdate();
        }
    }
}
