package org.sillage.store;

import static org.sillage.store.HandoverTables.BY_NAME;
import static org.sillage.store.HandoverTables.column;
import static org.sillage.store.HandoverTables.readList;
import static org.sillage.store.HandoverTables.value;
import static org.sillage.store.jooq.Tables.APPLICATION;
import static org.sillage.store.jooq.Tables.APPLICATION_CONTACT;
import static org.sillage.store.jooq.Tables.CONTACT;
import static org.sillage.store.jooq.Tables.DOCUMENT_ATTACHMENT;
import static org.sillage.store.jooq.Tables.POSTING;
import static org.sillage.store.jooq.Tables.REQUIRED_DOCUMENT;
import static org.sillage.store.jooq.Tables.SENT_DOCUMENT;
import static org.sillage.store.jooq.Tables.STATUS_CHANGE;
import static org.sillage.store.jooq.Tables.STORED_FILE;
import static org.sillage.store.jooq.Tables.SUPPORT_ACTION;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.sillage.domain.Handover;
import org.sillage.store.HandoverTables.Spec;

/**
 * The rows an archive adds, and the links between rows, written into this folder for {@link HandoverMerge} and
 * {@link HandoverConflicts}: stored files, inserted rows, their contacts, files and sent documents, and the search
 * index told of them (ADR 0025); inside the caller's transaction.
 */
final class HandoverRows {
    private final DSLContext dsl;
    private final PostingChanges changes;

    HandoverRows(DSLContext dsl, PostingChanges changes) {
        this.dsl = dsl;
        this.changes = changes;
    }

    void ensureFiles(List<Handover.FileEntry> files, Instant now) {
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

    /** The local id of the row of {@code table} with archive key {@code key}, or null. */
    Long ref(String table, String key, long seeker, Map<String, Map<String, Long>> ids) {
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

    Long insert(Spec spec, Handover.Row row, long seeker, Instant now, Map<String, Map<String, Long>> ids,
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

    void writeLink(String field, long id, String value, long seeker, Map<String, Map<String, Long>> ids, Instant now) {
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

    void writeSent(long statusChangeId, String json) {
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
    void touch(Spec spec, long id) {
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
}
