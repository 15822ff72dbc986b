package org.sillage.store;

import static org.sillage.store.HandoverTables.BY_NAME;
import static org.sillage.store.HandoverTables.SPECIAL;
import static org.sillage.store.HandoverTables.SPECS;
import static org.sillage.store.HandoverTables.column;
import static org.sillage.store.HandoverTables.readList;
import static org.sillage.store.HandoverTables.readMap;
import static org.sillage.store.HandoverTables.text;
import static org.sillage.store.HandoverTables.value;
import static org.sillage.store.HandoverTables.writeJson;
import static org.sillage.store.jooq.Tables.APPLICATION;
import static org.sillage.store.jooq.Tables.APPLICATION_CONTACT;
import static org.sillage.store.jooq.Tables.CANDIDATE;
import static org.sillage.store.jooq.Tables.CONTACT;
import static org.sillage.store.jooq.Tables.DOCUMENT_ATTACHMENT;
import static org.sillage.store.jooq.Tables.HANDOVER_BASE;
import static org.sillage.store.jooq.Tables.HANDOVER_CONFLICT;
import static org.sillage.store.jooq.Tables.POSTING;
import static org.sillage.store.jooq.Tables.REQUIRED_DOCUMENT;
import static org.sillage.store.jooq.Tables.SENT_DOCUMENT;
import static org.sillage.store.jooq.Tables.STATUS_CHANGE;
import static org.sillage.store.jooq.Tables.STORED_FILE;
import static org.sillage.store.jooq.Tables.SUPPORT_ACTION;
import static org.sillage.store.jooq.Tables.SUPPORT_SESSION;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.sillage.domain.Handover;
import org.sillage.store.HandoverTables.Col;
import org.sillage.store.HandoverRepository.Outcome;
import org.sillage.store.HandoverTables.Spec;

/**
 * An archive's rows merged into this folder field by field against the base each side last exchanged (ADR 0025),
 * and a conflict resolved; inside the caller's transaction.
 */
final class HandoverMerge {
    private final DSLContext dsl;
    private final PostingChanges changes;
    private final HandoverRecord record;

    HandoverMerge(DSLContext dsl, PostingChanges changes, HandoverRecord record) {
        this.dsl = dsl;
        this.changes = changes;
        this.record = record;
    }

    /**
     * Merges an archive's rows into this folder (the caller's transaction). The seeker is the one with the
     * archive's uuid; else, in a personal folder whose one person has nothing yet, that person; else a new
     * one.
     *
     * @param me this installation's id (the archive's bases for it are the other side's view of what it
     *           last received from here)
     */
    Outcome merge(Handover.Manifest m, String me, Instant now) {
        Outcome out = new Outcome();
        String peer = m.installation();
        Map<String, Handover.Base> carried = new HashMap<>();
        for (Handover.Base b : m.bases() == null ? List.<Handover.Base>of() : m.bases()) {
            if (me.equals(b.peer())) {
                carried.put(b.table() + "/" + b.key(), b);
            }
        }
        ensureFiles(m.files() == null ? List.of() : m.files(), now);
        long seeker = seekerFor(m, out);
        out.candidateId = seeker;
        Map<String, Handover.Base> kept = new HashMap<>();
        for (Handover.Base b : record.bases(seeker)) {
            if (b.peer().equals(peer)) {
                kept.put(b.table() + "/" + b.key(), b);
            }
        }
        Map<String, Map<String, Long>> ids = new HashMap<>();
        List<Runnable> links = new ArrayList<>();
        for (Spec spec : SPECS) {
            for (Handover.Row row : m.rows()) {
                if (!row.table().equals(spec.name()) || row.key() == null) {
                    continue;
                }
                Handover.Base base = newer(kept.get(spec.name() + "/" + row.key()), carried.get(spec.name() + "/" + row.key()));
                mergeRow(spec, row, base, seeker, peer, now, ids, links, out);
                saveBase(peer, spec, row, seeker, m.exportedAt(), kept.get(spec.name() + "/" + row.key()));
            }
        }
        links.forEach(Runnable::run);
        if (out.added + out.updated > 0) {
            dsl.update(CANDIDATE).set(CANDIDATE.LAST_ACTIVITY_AT, now.atOffset(ZoneOffset.UTC))
                    .where(CANDIDATE.ID.eq(seeker)).execute();
        }
        return out;
    }

    private static Handover.Base newer(Handover.Base a, Handover.Base b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.exportedAt().isAfter(a.exportedAt()) ? b : a;
    }

    private long seekerFor(Handover.Manifest m, Outcome out) {
        Optional<Long> known = record.seekerByUuid(m.seekerUuid());
        if (known.isPresent()) {
            return known.get();
        }
        // a personal folder whose one person has nothing yet becomes that person's own Sillage
        if (dsl.fetchCount(CANDIDATE) == 1) {
            long only = dsl.select(CANDIDATE.ID).from(CANDIDATE).fetchOne(CANDIDATE.ID);
            boolean empty = !dsl.fetchExists(APPLICATION, APPLICATION.CANDIDATE_ID.eq(only))
                    && !dsl.fetchExists(CONTACT, CONTACT.CANDIDATE_ID.eq(only))
                    && !dsl.fetchExists(SUPPORT_SESSION, SUPPORT_SESSION.CANDIDATE_ID.eq(only))
                    && !dsl.fetchExists(SUPPORT_ACTION, SUPPORT_ACTION.CANDIDATE_ID.eq(only));
            if (empty) {
                dsl.update(CANDIDATE).set(CANDIDATE.UUID, m.seekerUuid()).where(CANDIDATE.ID.eq(only)).execute();
                m.rows().stream().filter(r -> r.table().equals("candidate") && m.seekerUuid().equals(r.key()))
                        .findFirst().ifPresent(r -> {
                            Spec spec = BY_NAME.get("candidate");
                            Map<Field<?>, Object> values = new LinkedHashMap<>();
                            for (Col c : spec.cols()) {
                                if (c.merged() || r.get(c.name()) != null) {
                                    values.put(column(spec.table(), c.name()), value(spec, c.name(), r.get(c.name())));
                                }
                            }
                            dsl.update(CANDIDATE).set(values).where(CANDIDATE.ID.eq(only)).execute();
                        });
                out.updated++;
                return only;
            }
        }
        Handover.Row row = m.rows().stream().filter(r -> r.table().equals("candidate") && m.seekerUuid().equals(r.key()))
                .findFirst().orElse(null);
        String name = row == null || row.get("display_name") == null ? m.seekerName() : row.get("display_name");
        long id = dsl.insertInto(CANDIDATE).set(CANDIDATE.DISPLAY_NAME, name == null ? "?" : name)
                .set(CANDIDATE.IS_DEFAULT, false).set(CANDIDATE.UUID, m.seekerUuid())
                .set(CANDIDATE.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .returningResult(CANDIDATE.ID).fetchOne().value1();
        if (row != null) {
            Spec spec = BY_NAME.get("candidate");
            Map<Field<?>, Object> values = new LinkedHashMap<>();
            for (String c : spec.allColumns()) {
                if (row.fields().containsKey(c)) {
                    values.put(column(spec.table(), c), value(spec, c, row.get(c)));
                }
            }
            dsl.update(CANDIDATE).set(values).where(CANDIDATE.ID.eq(id)).execute();
        }
        out.added++;
        return id;
    }

    private void ensureFiles(List<Handover.FileEntry> files, Instant now) {
        for (Handover.FileEntry f : files) {
            if (!dsl.fetchExists(STORED_FILE, STORED_FILE.SHA256.eq(f.sha256()))) {
                dsl.insertInto(STORED_FILE).set(STORED_FILE.SHA256, f.sha256())
                        .set(STORED_FILE.ORIGINAL_NAME, f.originalName() == null ? f.sha256() : f.originalName())
                        .set(STORED_FILE.DISPLAY_NAME, f.displayName() == null ? f.sha256() : f.displayName())
                        .set(STORED_FILE.SIZE_BYTES, f.size()).set(STORED_FILE.MEDIA_TYPE, f.mediaType())
                        .set(STORED_FILE.ADDED_AT, (f.addedAt() == null ? now : f.addedAt()).atOffset(ZoneOffset.UTC))
                        .execute();
            }
        }
    }

    private void mergeRow(Spec spec, Handover.Row theirs, Handover.Base base, long seeker, String peer, Instant now,
                          Map<String, Map<String, Long>> ids, List<Runnable> links, Outcome out) {
        Map<String, Long> tableIds = ids.computeIfAbsent(spec.name(), k -> new HashMap<>());
        if (spec.name().equals("candidate")) {
            if (!theirs.key().equals(dsl.select(CANDIDATE.UUID).from(CANDIDATE).where(CANDIDATE.ID.eq(seeker)).fetchOne(CANDIDATE.UUID))) {
                return; // only the seeker's own row
            }
            tableIds.put(theirs.key(), seeker);
        }
        Long local = tableIds.containsKey(theirs.key()) ? tableIds.get(theirs.key()) : find(spec, theirs, seeker, ids);
        if (local == null) {
            boolean exchangedBefore = base != null;
            if (exchangedBefore && !changedSince(spec, theirs, base)) {
                out.unchanged++; // deleted here since the last exchange, and not changed there: stays deleted
                return;
            }
            Long added = insert(spec, theirs, seeker, now, ids, links);
            if (added != null) {
                tableIds.put(theirs.key(), added);
                out.added++;
            }
            return;
        }
        tableIds.put(theirs.key(), local);
        Record mineRecord = dsl.selectFrom(spec.table()).where(spec.id().eq(local)).fetchOne();
        Map<String, String> mine = record.fieldsOf(spec, mineRecord);
        Map<Field<?>, Object> updates = new LinkedHashMap<>();
        List<String> linkFields = new ArrayList<>();
        for (Col c : spec.cols()) {
            if (!c.merged()) {
                continue;
            }
            String hm = Handover.hash(combined(c, mine));
            String ht = Handover.hash(combined(c, theirs.fields()));
            if (hm.equals(ht)) {
                continue;
            }
            String hb = base == null ? null : base.hashes().get(c.name());
            if (hb != null && hb.equals(ht)) {
                continue; // changed here only: kept
            }
            if (hb != null && hb.equals(hm)) {
                // changed there only: taken, with what follows from it
                if (SPECIAL.contains(c.name())) {
                    linkFields.add(c.name());
                } else {
                    updates.put(column(spec.table(), c.name()), value(spec, c.name(), theirs.get(c.name())));
                }
                for (String f : c.followers()) {
                    updates.put(column(spec.table(), f), value(spec, f, theirs.get(f)));
                }
                continue;
            }
            recordConflict(spec, theirs.key(), local, c, mine, theirs.fields(), seeker, peer, now);
            out.conflicts++;
        }
        if (spec.name().equals("required_document") && updates.containsKey(REQUIRED_DOCUMENT.STATE)) {
            linkFields.add("sent_by"); // the state taken, with the change that sent it, if one did
        }
        if (updates.isEmpty() && linkFields.isEmpty()) {
            out.unchanged++;
            return;
        }
        if (!updates.isEmpty()) {
            dsl.update(spec.table()).set(updates).where(spec.id().eq(local)).execute();
        }
        for (String f : linkFields) {
            String v = theirs.get(f);
            if (f.equals("session")) {
                links.add(() -> dsl.update(SUPPORT_ACTION).set(SUPPORT_ACTION.SESSION_ID, ref("support_session", v, seeker, ids))
                        .where(SUPPORT_ACTION.ID.eq(local)).execute());
            } else {
                links.add(() -> writeLink(f, local, v, seeker, ids, now));
            }
        }
        touch(spec, local);
        out.updated++;
    }

    /** A merged field's value with those that follow it, as one text: a change to any of them is a change. */
    private static String combined(Col c, Map<String, String> fields) {
        if (c.followers().isEmpty()) {
            return fields.get(c.name());
        }
        StringBuilder b = new StringBuilder(String.valueOf(fields.get(c.name())));
        for (String f : c.followers()) {
            b.append('\u0001').append(fields.get(f) == null ? "\u0000" : fields.get(f));
        }
        return b.toString();
    }

    private boolean changedSince(Spec spec, Handover.Row theirs, Handover.Base base) {
        for (Col c : spec.cols()) {
            if (c.merged() && !Handover.hash(combined(c, theirs.fields())).equals(base.hashes().get(c.name()))) {
                return true;
            }
        }
        return false;
    }

    /** The local row an archive row is: by its key, an application also by its posting (both tracked it). */
    private Long find(Spec spec, Handover.Row theirs, long seeker, Map<String, Map<String, Long>> ids) {
        Condition own = switch (spec.name()) {
            case "contact" -> CONTACT.CANDIDATE_ID.eq(seeker);
            case "application" -> APPLICATION.CANDIDATE_ID.eq(seeker);
            case "support_session" -> SUPPORT_SESSION.CANDIDATE_ID.eq(seeker);
            case "support_action" -> SUPPORT_ACTION.CANDIDATE_ID.eq(seeker);
            case "posting" -> DSL.trueCondition();
            default -> HandoverRecord.scope(spec, seeker);
        };
        Long id = dsl.select(spec.id()).from(spec.table()).where(spec.key().eq(theirs.key())).and(own)
                .fetchOptional(spec.id()).orElse(null);
        if (id == null && spec.name().equals("application")) {
            Long posting = ref("posting", theirs.get("posting"), seeker, ids);
            if (posting != null) {
                id = dsl.select(APPLICATION.ID).from(APPLICATION)
                        .where(APPLICATION.CANDIDATE_ID.eq(seeker).and(APPLICATION.POSTING_ID.eq(posting)))
                        .fetchOptional(APPLICATION.ID).orElse(null);
            }
        }
        return id;
    }

    /** The local id of the row of {@code table} with archive key {@code key}, or null. */
    private Long ref(String table, String key, long seeker, Map<String, Map<String, Long>> ids) {
        if (key == null) {
            return null;
        }
        Long id = ids.getOrDefault(table, Map.of()).get(key);
        if (id != null) {
            return id;
        }
        Spec spec = BY_NAME.get(table);
        return dsl.select(spec.id()).from(spec.table()).where(spec.key().eq(key))
                .and(table.equals("posting") ? DSL.trueCondition() : HandoverRecord.scope(spec, seeker))
                .fetchOptional(spec.id()).orElse(null);
    }

    private Long insert(Spec spec, Handover.Row row, long seeker, Instant now, Map<String, Map<String, Long>> ids,
                        List<Runnable> links) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        List<String> linkFields = new ArrayList<>();
        for (String c : spec.allColumns()) {
            String v = row.get(c);
            switch (c) {
                case "posting" -> {
                    Long posting = ref("posting", v, seeker, ids);
                    if (posting == null) {
                        return null; // its posting is not in the archive: the row cannot stand
                    }
                    values.put(APPLICATION.POSTING_ID, posting);
                }
                case "application" -> {
                    Long app = ref("application", v, seeker, ids);
                    if (app == null) {
                        return null; // its application is gone here
                    }
                    values.put(column(spec.table(), "application_id"), app);
                }
                case "original_file" -> values.put(POSTING.ORIGINAL_FILE_ID, v == null ? null
                        : dsl.select(STORED_FILE.ID).from(STORED_FILE).where(STORED_FILE.SHA256.eq(v)).fetchOne(STORED_FILE.ID));
                case "session" -> values.put(SUPPORT_ACTION.SESSION_ID, ref("support_session", v, seeker, ids));
                case "contacts", "files", "sent", "follow_up", "sent_by" -> linkFields.add(c);
                case "uuid" -> {
                    if (v != null && !dsl.fetchExists(spec.table(), column(spec.table(), "uuid", String.class).eq(v))) {
                        values.put(column(spec.table(), "uuid"), v);
                    }
                }
                default -> {
                    if (v != null) {
                        values.put(column(spec.table(), c), value(spec, c, v));
                    }
                }
            }
        }
        values.put(spec.key(), row.key());
        Field<Long> candidate = column(spec.table(), "candidate_id", Long.class);
        if (candidate != null) {
            values.put(candidate, seeker);
        }
        if (spec.name().equals("contact") && !values.containsKey(CONTACT.CREATED_AT)) {
            values.put(CONTACT.CREATED_AT, now.atOffset(ZoneOffset.UTC));
        }
        long id = dsl.insertInto(spec.table()).set(values).returningResult(spec.id()).fetchOne().value1();
        for (String f : linkFields) {
            String v = row.get(f);
            if (f.equals("sent")) {
                writeSent(id, v);
            } else {
                links.add(() -> writeLink(f, id, v, seeker, ids, now));
            }
        }
        touch(spec, id);
        return id;
    }

    private void writeLink(String field, long id, String value, long seeker, Map<String, Map<String, Long>> ids, Instant now) {
        if (field.equals("follow_up")) {
            dsl.update(STATUS_CHANGE).set(STATUS_CHANGE.FOLLOW_UP_EVENT_ID, ref("event", value, seeker, ids))
                    .where(STATUS_CHANGE.ID.eq(id)).execute();
            return;
        }
        if (field.equals("sent_by")) {
            dsl.update(REQUIRED_DOCUMENT).set(REQUIRED_DOCUMENT.SENT_BY_CHANGE_ID, ref("status_change", value, seeker, ids))
                    .where(REQUIRED_DOCUMENT.ID.eq(id)).execute();
            return;
        }
        List<String> keys = value == null || value.isEmpty() ? List.of() : List.of(value.split(","));
        if (field.equals("contacts")) {
            dsl.deleteFrom(APPLICATION_CONTACT).where(APPLICATION_CONTACT.APPLICATION_ID.eq(id)).execute();
            for (String k : new LinkedHashSet<>(keys)) {
                Long contact = ref("contact", k, seeker, ids);
                if (contact != null) {
                    dsl.insertInto(APPLICATION_CONTACT).set(APPLICATION_CONTACT.APPLICATION_ID, id)
                            .set(APPLICATION_CONTACT.CONTACT_ID, contact).execute();
                }
            }
        } else if (field.equals("files")) {
            dsl.deleteFrom(DOCUMENT_ATTACHMENT).where(DOCUMENT_ATTACHMENT.REQUIRED_DOCUMENT_ID.eq(id)).execute();
            for (String sha : new LinkedHashSet<>(keys)) {
                Long file = dsl.select(STORED_FILE.ID).from(STORED_FILE).where(STORED_FILE.SHA256.eq(sha)).fetchOne(STORED_FILE.ID);
                if (file != null) {
                    dsl.insertInto(DOCUMENT_ATTACHMENT).set(DOCUMENT_ATTACHMENT.REQUIRED_DOCUMENT_ID, id)
                            .set(DOCUMENT_ATTACHMENT.STORED_FILE_ID, file)
                            .set(DOCUMENT_ATTACHMENT.ATTACHED_AT, now.atOffset(ZoneOffset.UTC)).execute();
                }
            }
        }
    }

    private void writeSent(long statusChangeId, String json) {
        if (json == null) {
            return;
        }
        List<Map<String, String>> sent = readList(json);
        for (Map<String, String> s : sent) {
            Long file = s.get("sha256") == null ? null : dsl.select(STORED_FILE.ID).from(STORED_FILE)
                    .where(STORED_FILE.SHA256.eq(s.get("sha256"))).fetchOne(STORED_FILE.ID);
            dsl.insertInto(SENT_DOCUMENT).set(SENT_DOCUMENT.STATUS_CHANGE_ID, statusChangeId)
                    .set(SENT_DOCUMENT.KIND, s.getOrDefault("kind", "other")).set(SENT_DOCUMENT.LABEL, s.get("label"))
                    .set(SENT_DOCUMENT.FILE_NAME, s.get("file_name")).set(SENT_DOCUMENT.SHA256, s.get("sha256"))
                    .set(SENT_DOCUMENT.STORED_FILE_ID, file).execute();
        }
    }

    /** The search index follows postings and what hangs on them (ADR 0020). */
    private void touch(Spec spec, long id) {
        if (changes == null) {
            return;
        }
        switch (spec.name()) {
            case "posting" -> changes.touch(dsl, id);
            case "application" -> changes.touchApplication(dsl, id);
            case "contact" -> dsl.select(APPLICATION_CONTACT.APPLICATION_ID).from(APPLICATION_CONTACT)
                    .where(APPLICATION_CONTACT.CONTACT_ID.eq(id)).fetch(APPLICATION_CONTACT.APPLICATION_ID)
                    .forEach(app -> changes.touchApplication(dsl, app));
            case "status_change", "event", "required_document", "application_note" -> {
                Long app = dsl.select(column(spec.table(), "application_id", Long.class)).from(spec.table())
                        .where(spec.id().eq(id)).fetchOne(column(spec.table(), "application_id", Long.class));
                if (app != null) {
                    changes.touchApplication(dsl, app);
                }
            }
            default -> {
            }
        }
    }

    private void saveBase(String peer, Spec spec, Handover.Row theirs, long seeker, Instant exportedAt, Handover.Base kept) {
        if (kept != null && kept.exportedAt().isAfter(exportedAt)) {
            return; // an older archive does not move the base back
        }
        Map<String, String> hashes = new TreeMap<>();
        for (Col c : spec.cols()) {
            if (c.merged()) {
                hashes.put(c.name(), Handover.hash(combined(c, theirs.fields())));
            }
        }
        if (kept != null && kept.hashes().equals(hashes) && kept.exportedAt().equals(exportedAt)) {
            return;
        }
        String json = writeJson(hashes);
        OffsetDateTime at = exportedAt.atOffset(ZoneOffset.UTC);
        if (kept == null) {
            dsl.insertInto(HANDOVER_BASE).set(HANDOVER_BASE.PEER, peer).set(HANDOVER_BASE.TABLE_NAME, spec.name())
                    .set(HANDOVER_BASE.ROW_KEY, theirs.key()).set(HANDOVER_BASE.CANDIDATE_ID, seeker)
                    .set(HANDOVER_BASE.EXPORTED_AT, at).set(HANDOVER_BASE.HASHES, json).execute();
        } else {
            dsl.update(HANDOVER_BASE).set(HANDOVER_BASE.EXPORTED_AT, at).set(HANDOVER_BASE.HASHES, json)
                    .set(HANDOVER_BASE.CANDIDATE_ID, seeker)
                    .where(HANDOVER_BASE.PEER.eq(peer).and(HANDOVER_BASE.TABLE_NAME.eq(spec.name()))
                            .and(HANDOVER_BASE.ROW_KEY.eq(theirs.key()))).execute();
        }
    }

    // ---------------------------------------------------------------- conflicts

    private void recordConflict(Spec spec, String key, long local, Col c, Map<String, String> mine, Map<String, String> theirs,
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
            Long local = ref(spec.name(), c.getRowKey(), seeker, Map.of());
            if (spec.name().equals("candidate")) {
                local = seeker;
            }
            if (local != null) {
                Map<String, String> theirs = readMap(c.getTheirs());
                Map<Field<?>, Object> updates = new LinkedHashMap<>();
                for (var e : theirs.entrySet()) {
                    if (e.getKey().equals("session")) {
                        updates.put(SUPPORT_ACTION.SESSION_ID, ref("support_session", e.getValue(), seeker, Map.of()));
                    } else if (SPECIAL.contains(e.getKey())) {
                        writeLink(e.getKey(), local, e.getValue(), seeker, Map.of(), now);
                    } else {
                        updates.put(column(spec.table(), e.getKey()), value(spec, e.getKey(), e.getValue()));
                    }
                }
                if (!updates.isEmpty()) {
                    dsl.update(spec.table()).set(updates).where(spec.id().eq(local)).execute();
                }
                touch(spec, local);
            }
        }
        dsl.update(HANDOVER_CONFLICT).set(HANDOVER_CONFLICT.RESOLVED_AT, now.atOffset(ZoneOffset.UTC))
                .set(HANDOVER_CONFLICT.KEPT, keep.name()).where(HANDOVER_CONFLICT.ID.eq(conflictId)).execute();
        return true;
    }
}
