package org.sillage.store;

import static org.sillage.store.jooq.Tables.APPLICATION;
import static org.sillage.store.jooq.Tables.APPLICATION_NOTE;
import static org.sillage.store.jooq.Tables.CANDIDATE;
import static org.sillage.store.jooq.Tables.CONTACT;
import static org.sillage.store.jooq.Tables.EVENT;
import static org.sillage.store.jooq.Tables.POSTING;
import static org.sillage.store.jooq.Tables.REQUIRED_DOCUMENT;
import static org.sillage.store.jooq.Tables.STATUS_CHANGE;
import static org.sillage.store.jooq.Tables.SUPPORT_ACTION;
import static org.sillage.store.jooq.Tables.SUPPORT_SESSION;

import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Stable ids (ADR 0022). Rows made since V10 get theirs from the column's default; older rows get theirs
 * here, when something needs them (a hand-over), in pages, with ids made in Java so the SQL stays portable.
 */
public final class StableIds {
    private static final int PAGE = 1000;

    private StableIds() {
    }

    private record Column(Table<?> table, Field<Long> id, Field<String> uuid) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column(CANDIDATE, CANDIDATE.ID, CANDIDATE.UUID),
            new Column(POSTING, POSTING.ID, POSTING.UUID),
            new Column(APPLICATION, APPLICATION.ID, APPLICATION.UUID),
            new Column(STATUS_CHANGE, STATUS_CHANGE.ID, STATUS_CHANGE.UUID),
            new Column(EVENT, EVENT.ID, EVENT.UUID),
            new Column(REQUIRED_DOCUMENT, REQUIRED_DOCUMENT.ID, REQUIRED_DOCUMENT.UUID),
            new Column(CONTACT, CONTACT.ID, CONTACT.UUID),
            new Column(APPLICATION_NOTE, APPLICATION_NOTE.ID, APPLICATION_NOTE.UUID),
            new Column(SUPPORT_SESSION, SUPPORT_SESSION.ID, SUPPORT_SESSION.UUID),
            new Column(SUPPORT_ACTION, SUPPORT_ACTION.ID, SUPPORT_ACTION.UUID));

    /** Gives every row without a stable id one; returns how many were given. */
    public static int fillMissing(DSLContext dsl) {
        int filled = 0;
        for (Column c : COLUMNS) {
            while (true) {
                List<Long> ids = dsl.select(c.id()).from(c.table()).where(c.uuid().isNull()).orderBy(c.id()).limit(PAGE)
                        .fetch(c.id());
                if (ids.isEmpty()) {
                    break;
                }
                var batch = dsl.batch(dsl.update(c.table()).set(c.uuid(), (String) null).where(c.id().eq((Long) null)));
                for (Long id : ids) {
                    batch.bind(UUID.randomUUID().toString(), id);
                }
                batch.execute();
                filled += ids.size();
            }
        }
        return filled;
    }
}
