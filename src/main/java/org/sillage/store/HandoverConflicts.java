package org.sillage.store;

import static org.sillage.store.HandoverTables.BY_NAME;
import static org.sillage.store.HandoverTables.SPECIAL;
import static org.sillage.store.HandoverTables.column;
import static org.sillage.store.HandoverTables.readMap;
import static org.sillage.store.HandoverTables.value;
import static org.sillage.store.HandoverTables.writeJson;
import static org.sillage.store.jooq.Tables.APPLICATION;
import static org.sillage.store.jooq.Tables.CANDIDATE;
import static org.sillage.store.jooq.Tables.CONTACT;
import static org.sillage.store.jooq.Tables.HANDOVER_CONFLICT;
import static org.sillage.store.jooq.Tables.POSTING;
import static org.sillage.store.jooq.Tables.SUPPORT_ACTION;
import static org.sillage.store.jooq.Tables.SUPPORT_SESSION;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.sillage.domain.Handover;
import org.sillage.store.HandoverTables.Col;
import org.sillage.store.HandoverTables.Spec;

/**
 * A field both sides changed since their last exchange, kept as a conflict until the person chooses, and the choice
 * written (ADR 0025); inside the caller's transaction.
 */
final class HandoverConflicts {
    private final DSLContext dsl;
    private final HandoverRows rows;

    HandoverConflicts(DSLContext dsl, HandoverRows rows) {
        this.dsl = dsl;
        this.rows = rows;
    }

    void record(Spec spec, String key, long local, Col c, Map<String, String> mine, Map<String, String> theirs,
                                long seeker, String peer, Instant now) {
        String mineJson = writeJson(side(c, mine));
        String theirsJson = writeJson(side(c, theirs));
        var pending = HANDOVER_CONFLICT.CANDIDATE_ID.eq(seeker).and(HANDOVER_CONFLICT.TABLE_NAME.eq(spec.name()))
                .and(HANDOVER_CONFLICT.ROW_KEY.eq(key)).and(HANDOVER_CONFLICT.FIELD_NAME.eq(c.name()))
                .and(HANDOVER_CONFLICT.RESOLVED_AT.isNull());
        var existing = dsl.selectFrom(HANDOVER_CONFLICT).where(pending).fetchOptional();
        if (existing.isPresent()) {
            if (!theirsJson.equals(existing.get().getTheirs()) || !mineJson.equals(existing.get().getMine())) {
                dsl.update(HANDOVER_CONFLICT).set(HANDOVER_CONFLICT.MINE, mineJson).set(HANDOVER_CONFLICT.THEIRS, theirsJson)
                        .set(HANDOVER_CONFLICT.PEER, peer).where(HANDOVER_CONFLICT.ID.eq(existing.get().getId())).execute();
            }
            return;
        }
        dsl.insertInto(HANDOVER_CONFLICT).set(HANDOVER_CONFLICT.CANDIDATE_ID, seeker)
                .set(HANDOVER_CONFLICT.TABLE_NAME, spec.name()).set(HANDOVER_CONFLICT.ROW_KEY, key)
                .set(HANDOVER_CONFLICT.FIELD_NAME, c.name()).set(HANDOVER_CONFLICT.MINE, mineJson)
                .set(HANDOVER_CONFLICT.THEIRS, theirsJson).set(HANDOVER_CONFLICT.LABEL, label(spec, local))
                .set(HANDOVER_CONFLICT.PEER, peer).set(HANDOVER_CONFLICT.FOUND_AT, now.atOffset(ZoneOffset.UTC)).execute();
    }

    private static Map<String, String> side(Col c, Map<String, String> fields) {
        Map<String, String> side = new TreeMap<>();
        side.put(c.name(), fields.get(c.name()));
        c.followers().forEach(f -> side.put(f, fields.get(f)));
        return side;
    }

    /** What a person recognises the row by: the posting's title, the contact's name, the session's day. */
    private String label(Spec spec, long id) {
        Field<String> title = POSTING.TITLE;
        return switch (spec.name()) {
            case "candidate" -> dsl.select(CANDIDATE.DISPLAY_NAME).from(CANDIDATE).where(CANDIDATE.ID.eq(id)).fetchOne(CANDIDATE.DISPLAY_NAME);
            case "posting" -> dsl.select(title).from(POSTING).where(POSTING.ID.eq(id)).fetchOne(title);
            case "contact" -> dsl.select(CONTACT.NAME).from(CONTACT).where(CONTACT.ID.eq(id)).fetchOne(CONTACT.NAME);
            case "application" -> dsl.select(title).from(APPLICATION).join(POSTING).on(POSTING.ID.eq(APPLICATION.POSTING_ID))
                    .where(APPLICATION.ID.eq(id)).fetchOne(title);
            case "support_session" -> String.valueOf(dsl.select(SUPPORT_SESSION.HELD_ON).from(SUPPORT_SESSION)
                    .where(SUPPORT_SESSION.ID.eq(id)).fetchOne(SUPPORT_SESSION.HELD_ON));
            case "support_action" -> dsl.select(SUPPORT_ACTION.WHAT).from(SUPPORT_ACTION).where(SUPPORT_ACTION.ID.eq(id))
                    .fetchOne(SUPPORT_ACTION.WHAT);
            default -> {
                Field<Long> app = column(spec.table(), "application_id", Long.class);
                yield dsl.select(title).from(spec.table()).join(APPLICATION).on(APPLICATION.ID.eq(app))
                        .join(POSTING).on(POSTING.ID.eq(APPLICATION.POSTING_ID)).where(spec.id().eq(id)).fetchOne(title);
            }
        };
    }

    /**
     * Resolves a pending conflict: THEIRS writes the archive's value (and what follows from it), MINE keeps
     * this side's. False when there is no such pending conflict.
     */
    boolean resolve(long conflictId, Handover.Keep keep, Instant now) {
        var c = dsl.selectFrom(HANDOVER_CONFLICT).where(HANDOVER_CONFLICT.ID.eq(conflictId)
                .and(HANDOVER_CONFLICT.RESOLVED_AT.isNull())).fetchOptional().orElse(null);
        if (c == null) {
            return false;
        }
        if (keep == Handover.Keep.THEIRS) {
            Spec spec = BY_NAME.get(c.getTableName());
            long seeker = c.getCandidateId();
            Long local = rows.ref(spec.name(), c.getRowKey(), seeker, Map.of());
            if (spec.name().equals("candidate")) {
                local = seeker;
            }
            if (local != null) {
                Map<String, String> theirs = readMap(c.getTheirs());
                Map<Field<?>, Object> updates = new LinkedHashMap<>();
                for (var e : theirs.entrySet()) {
                    if (e.getKey().equals("session")) {
                        updates.put(SUPPORT_ACTION.SESSION_ID, rows.ref("support_session", e.getValue(), seeker, Map.of()));
                    } else if (SPECIAL.contains(e.getKey())) {
                        rows.writeLink(e.getKey(), local, e.getValue(), seeker, Map.of(), now);
                    } else {
                        updates.put(column(spec.table(), e.getKey()), value(spec, e.getKey(), e.getValue()));
                    }
                }
                if (!updates.isEmpty()) {
                    dsl.update(spec.table()).set(updates).where(spec.id().eq(local)).execute();
                }
                rows.touch(spec, local);
            }
        }
        dsl.update(HANDOVER_CONFLICT).set(HANDOVER_CONFLICT.RESOLVED_AT, now.atOffset(ZoneOffset.UTC))
                .set(HANDOVER_CONFLICT.KEPT, keep.name()).where(HANDOVER_CONFLICT.ID.eq(conflictId)).execute();
        return true;
    }
}
