package org.sillage.store;

import static org.sillage.store.HandoverTables.SPECIAL;
import static org.sillage.store.HandoverTables.SPECS;
import static org.sillage.store.HandoverTables.column;
import static org.sillage.store.HandoverTables.putIfSet;
import static org.sillage.store.HandoverTables.readMap;
import static org.sillage.store.HandoverTables.text;
import static org.sillage.store.HandoverTables.value;
import static org.sillage.store.HandoverTables.writeJson;
import static org.sillage.store.jooq.Tables.APPLICATION;
import static org.sillage.store.jooq.Tables.APPLICATION_CONTACT;
import static org.sillage.store.jooq.Tables.APPLICATION_NOTE;
import static org.sillage.store.jooq.Tables.CANDIDATE;
import static org.sillage.store.jooq.Tables.CONTACT;
import static org.sillage.store.jooq.Tables.DOCUMENT_ATTACHMENT;
import static org.sillage.store.jooq.Tables.EVENT;
import static org.sillage.store.jooq.Tables.HANDOVER_BASE;
import static org.sillage.store.jooq.Tables.POSTING;
import static org.sillage.store.jooq.Tables.REQUIRED_DOCUMENT;
import static org.sillage.store.jooq.Tables.SENT_DOCUMENT;
import static org.sillage.store.jooq.Tables.STATUS_CHANGE;
import static org.sillage.store.jooq.Tables.STORED_FILE;
import static org.sillage.store.jooq.Tables.SUPPORT_ACTION;
import static org.sillage.store.jooq.Tables.SUPPORT_SESSION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.sillage.domain.Handover;
import org.sillage.store.HandoverTables.Spec;

/** A job seeker's record read as the rows of a hand-over archive (ADR 0025): its rows, the files they use, the bases. */
final class HandoverRecord {
    private final DSLContext dsl;

    HandoverRecord(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The seeker with this stable id, if here. */
    Optional<Long> seekerByUuid(String uuid) {
        return dsl.select(CANDIDATE.ID).from(CANDIDATE).where(CANDIDATE.UUID.eq(uuid)).fetchOptional(CANDIDATE.ID);
    }

    /** Every row of seeker {@code candidateId}'s record, parents first. */
    List<Handover.Row> rows(long candidateId) {
        List<Handover.Row> rows = new ArrayList<>();
        for (Spec spec : SPECS) {
            for (Record r : dsl.selectFrom(spec.table()).where(scope(spec, candidateId)).orderBy(spec.id()).fetch()) {
                rows.add(new Handover.Row(spec.name(), r.get(spec.key()), fieldsOf(spec, r)));
            }
        }
        return rows;
    }

    /** The files the record uses: postings' originals, attached and sent documents. */
    List<Handover.FileEntry> files(long candidateId) {
        var apps = DSL.select(APPLICATION.ID).from(APPLICATION).where(APPLICATION.CANDIDATE_ID.eq(candidateId));
        var postings = DSL.select(APPLICATION.POSTING_ID).from(APPLICATION).where(APPLICATION.CANDIDATE_ID.eq(candidateId));
        var ids = DSL.select(POSTING.ORIGINAL_FILE_ID).from(POSTING).where(POSTING.ID.in(postings))
                .union(DSL.select(DOCUMENT_ATTACHMENT.STORED_FILE_ID).from(DOCUMENT_ATTACHMENT)
                        .join(REQUIRED_DOCUMENT).on(REQUIRED_DOCUMENT.ID.eq(DOCUMENT_ATTACHMENT.REQUIRED_DOCUMENT_ID))
                        .where(REQUIRED_DOCUMENT.APPLICATION_ID.in(apps)))
                .union(DSL.select(SENT_DOCUMENT.STORED_FILE_ID).from(SENT_DOCUMENT)
                        .join(STATUS_CHANGE).on(STATUS_CHANGE.ID.eq(SENT_DOCUMENT.STATUS_CHANGE_ID))
                        .where(STATUS_CHANGE.APPLICATION_ID.in(apps)));
        return dsl.selectFrom(STORED_FILE).where(STORED_FILE.ID.in(ids)).orderBy(STORED_FILE.SHA256)
                .fetch(f -> new Handover.FileEntry(f.getSha256(), f.getOriginalName(), f.getDisplayName(),
                        f.getSizeBytes(), f.getMediaType(), f.getAddedAt().toInstant()));
    }

    /** What this installation last received of the seeker's rows, from every peer. */
    List<Handover.Base> bases(long candidateId) {
        return dsl.selectFrom(HANDOVER_BASE).where(HANDOVER_BASE.CANDIDATE_ID.eq(candidateId))
                .orderBy(HANDOVER_BASE.PEER, HANDOVER_BASE.TABLE_NAME, HANDOVER_BASE.ROW_KEY)
                .fetch(b -> new Handover.Base(b.getPeer(), b.getTableName(), b.getRowKey(),
                        b.getExportedAt().toInstant(), readMap(b.getHashes())));
    }

    static Condition scope(Spec spec, long candidateId) {
        var apps = DSL.select(APPLICATION.ID).from(APPLICATION).where(APPLICATION.CANDIDATE_ID.eq(candidateId));
        return switch (spec.name()) {
            case "candidate" -> CANDIDATE.ID.eq(candidateId);
            case "posting" -> POSTING.ID.in(DSL.select(APPLICATION.POSTING_ID).from(APPLICATION)
                    .where(APPLICATION.CANDIDATE_ID.eq(candidateId)));
            case "contact" -> CONTACT.CANDIDATE_ID.eq(candidateId);
            case "application" -> APPLICATION.CANDIDATE_ID.eq(candidateId);
            case "status_change" -> STATUS_CHANGE.APPLICATION_ID.in(apps);
            case "event" -> EVENT.APPLICATION_ID.in(apps);
            case "required_document" -> REQUIRED_DOCUMENT.APPLICATION_ID.in(apps);
            case "application_note" -> APPLICATION_NOTE.APPLICATION_ID.in(apps);
            case "support_session" -> SUPPORT_SESSION.CANDIDATE_ID.eq(candidateId);
            case "support_action" -> SUPPORT_ACTION.CANDIDATE_ID.eq(candidateId);
            default -> throw new IllegalArgumentException(spec.name());
        };
    }

    Map<String, String> fieldsOf(Spec spec, Record r) {
        Map<String, String> fields = new TreeMap<>();
        for (String name : spec.allColumns()) {
            String value = SPECIAL.contains(name) ? special(spec, r, name) : text(r.get(column(spec.table(), name)));
            if (value != null) {
                fields.put(name, value);
            }
        }
        return fields;
    }

    private String special(Spec spec, Record r, String name) {
        return switch (name) {
            case "original_file" -> r.get(POSTING.ORIGINAL_FILE_ID) == null ? null
                    : dsl.select(STORED_FILE.SHA256).from(STORED_FILE).where(STORED_FILE.ID.eq(r.get(POSTING.ORIGINAL_FILE_ID)))
                    .fetchOne(STORED_FILE.SHA256);
            case "posting" -> dsl.select(POSTING.TEXT_SHA256).from(POSTING).where(POSTING.ID.eq(r.get(APPLICATION.POSTING_ID)))
                    .fetchOne(POSTING.TEXT_SHA256);
            case "application" -> dsl.select(APPLICATION.UUID).from(APPLICATION)
                    .where(APPLICATION.ID.eq(r.get(column(spec.table(), "application_id", Long.class))))
                    .fetchOne(APPLICATION.UUID);
            case "session" -> r.get(SUPPORT_ACTION.SESSION_ID) == null ? null
                    : dsl.select(SUPPORT_SESSION.UUID).from(SUPPORT_SESSION)
                    .where(SUPPORT_SESSION.ID.eq(r.get(SUPPORT_ACTION.SESSION_ID))).fetchOne(SUPPORT_SESSION.UUID);
            case "contacts" -> String.join(",", dsl.select(CONTACT.UUID).from(APPLICATION_CONTACT)
                    .join(CONTACT).on(CONTACT.ID.eq(APPLICATION_CONTACT.CONTACT_ID))
                    .where(APPLICATION_CONTACT.APPLICATION_ID.eq(r.get(APPLICATION.ID))).orderBy(CONTACT.UUID)
                    .fetch(CONTACT.UUID));
            case "files" -> String.join(",", dsl.select(STORED_FILE.SHA256).from(DOCUMENT_ATTACHMENT)
                    .join(STORED_FILE).on(STORED_FILE.ID.eq(DOCUMENT_ATTACHMENT.STORED_FILE_ID))
                    .where(DOCUMENT_ATTACHMENT.REQUIRED_DOCUMENT_ID.eq(r.get(REQUIRED_DOCUMENT.ID)))
                    .orderBy(STORED_FILE.SHA256).fetch(STORED_FILE.SHA256));
            // what an undo of the change takes back (ADR 0062): the follow-up it planned, the documents it sent
            case "follow_up" -> r.get(STATUS_CHANGE.FOLLOW_UP_EVENT_ID) == null ? null
                    : dsl.select(EVENT.UUID).from(EVENT).where(EVENT.ID.eq(r.get(STATUS_CHANGE.FOLLOW_UP_EVENT_ID)))
                    .fetchOne(EVENT.UUID);
            case "sent_by" -> r.get(REQUIRED_DOCUMENT.SENT_BY_CHANGE_ID) == null ? null
                    : dsl.select(STATUS_CHANGE.UUID).from(STATUS_CHANGE)
                    .where(STATUS_CHANGE.ID.eq(r.get(REQUIRED_DOCUMENT.SENT_BY_CHANGE_ID))).fetchOne(STATUS_CHANGE.UUID);
            case "sent" -> {
                List<Map<String, String>> sent = new ArrayList<>();
                for (var s : dsl.selectFrom(SENT_DOCUMENT).where(SENT_DOCUMENT.STATUS_CHANGE_ID.eq(r.get(STATUS_CHANGE.ID)))
                        .orderBy(SENT_DOCUMENT.ID).fetch()) {
                    Map<String, String> one = new TreeMap<>();
                    one.put("kind", s.getKind());
                    putIfSet(one, "label", s.getLabel());
                    putIfSet(one, "file_name", s.getFileName());
                    putIfSet(one, "sha256", s.getSha256());
                    sent.add(one);
                }
                yield sent.isEmpty() ? null : writeJson(sent);
            }
            default -> throw new IllegalArgumentException(name);
        };
    }
}
