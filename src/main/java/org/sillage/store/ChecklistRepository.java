package org.sillage.store;

import static org.sillage.store.jooq.Tables.APPLICATION;
import static org.sillage.store.jooq.Tables.DOCUMENT_ATTACHMENT;
import static org.sillage.store.jooq.Tables.POSTING;
import static org.sillage.store.jooq.Tables.REQUIRED_DOCUMENT;
import static org.sillage.store.jooq.Tables.SENT_DOCUMENT;
import static org.sillage.store.jooq.Tables.STORED_FILE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sillage.domain.ChecklistItem;
import org.sillage.domain.DocumentState;
import org.sillage.domain.LibraryEntry;
import org.sillage.domain.SentDocument;
import org.sillage.domain.StoredFileRef;
import org.sillage.store.jooq.tables.records.RequiredDocumentRecord;
import org.sillage.store.jooq.tables.records.StoredFileRecord;

/** Checklists of documents, the files attached to them, the library of stored files, and what was sent. */
public final class ChecklistRepository {
    private final DSLContext dsl;
    private final long candidateId;

    ChecklistRepository(DSLContext dsl, long candidateId) {
        this.dsl = dsl;
        this.candidateId = candidateId;
    }

    /** What a new checklist item holds. */
    public record NewItem(String kind, String label, String format, String length, String language, boolean required) {
    }

    public long insertItem(long applicationId, NewItem item) {
        Integer last = dsl.select(DSL.max(REQUIRED_DOCUMENT.POSITION)).from(REQUIRED_DOCUMENT)
                .where(REQUIRED_DOCUMENT.APPLICATION_ID.eq(applicationId)).fetchOne(0, Integer.class);
        return dsl.insertInto(REQUIRED_DOCUMENT)
                .set(REQUIRED_DOCUMENT.APPLICATION_ID, applicationId)
                .set(REQUIRED_DOCUMENT.KIND, item.kind())
                .set(REQUIRED_DOCUMENT.LABEL, item.label())
                .set(REQUIRED_DOCUMENT.FORMAT, item.format())
                .set(REQUIRED_DOCUMENT.LENGTH_LIMIT, item.length())
                .set(REQUIRED_DOCUMENT.LANGUAGE, item.language())
                .set(REQUIRED_DOCUMENT.REQUIRED, item.required())
                .set(REQUIRED_DOCUMENT.STATE, DocumentState.TO_PREPARE.name())
                .set(REQUIRED_DOCUMENT.POSITION, last == null ? 0 : last + 1)
                .returning(REQUIRED_DOCUMENT.ID).fetchOne(REQUIRED_DOCUMENT.ID);
    }

    public void deleteItem(long itemId) {
        dsl.deleteFrom(REQUIRED_DOCUMENT).where(REQUIRED_DOCUMENT.ID.eq(itemId)).execute();
    }

    public void setState(long itemId, DocumentState state) {
        // a state the user sets is theirs: no undo of a sending takes it back
        dsl.update(REQUIRED_DOCUMENT).set(REQUIRED_DOCUMENT.STATE, state.name()).setNull(REQUIRED_DOCUMENT.SENT_BY_CHANGE_ID)
                .where(REQUIRED_DOCUMENT.ID.eq(itemId)).execute();
    }

    /** A Ready document the change to Applied sent: Sent, recorded with that change (ADR 0062). */
    public void markSentBy(long itemId, long changeId) {
        dsl.update(REQUIRED_DOCUMENT).set(REQUIRED_DOCUMENT.STATE, DocumentState.SENT.name())
                .set(REQUIRED_DOCUMENT.SENT_BY_CHANGE_ID, changeId)
                .where(REQUIRED_DOCUMENT.ID.eq(itemId)).execute();
    }

    /** The documents the change sent and still Sent, back to Ready; how many. */
    public int unsendBy(long changeId) {
        return dsl.update(REQUIRED_DOCUMENT).set(REQUIRED_DOCUMENT.STATE, DocumentState.READY.name())
                .setNull(REQUIRED_DOCUMENT.SENT_BY_CHANGE_ID)
                .where(REQUIRED_DOCUMENT.SENT_BY_CHANGE_ID.eq(changeId)
                        .and(REQUIRED_DOCUMENT.STATE.eq(DocumentState.SENT.name())))
                .execute();
    }

    public Optional<ChecklistItem> findItem(long itemId) {
        // a document of another job seeker's application is not found (ADR 0023)
        return dsl.select(REQUIRED_DOCUMENT.fields()).from(REQUIRED_DOCUMENT)
                .join(APPLICATION).on(APPLICATION.ID.eq(REQUIRED_DOCUMENT.APPLICATION_ID))
                .where(REQUIRED_DOCUMENT.ID.eq(itemId).and(APPLICATION.CANDIDATE_ID.eq(candidateId)))
                .fetchOptional(x -> x.into(REQUIRED_DOCUMENT))
                .map(r -> toItem(r, filesOf(List.of(r.getId())).getOrDefault(r.getId(), List.of())));
    }

    public List<ChecklistItem> checklist(long applicationId) {
        // the checklist of another job seeker's application is empty here (ADR 0023)
        var records = dsl.selectFrom(REQUIRED_DOCUMENT).where(REQUIRED_DOCUMENT.APPLICATION_ID.eq(applicationId)
                        .and(DSL.exists(DSL.selectOne().from(APPLICATION).where(APPLICATION.ID.eq(applicationId)
                                .and(APPLICATION.CANDIDATE_ID.eq(candidateId))))))
                .orderBy(REQUIRED_DOCUMENT.POSITION, REQUIRED_DOCUMENT.ID).fetch();
        Map<Long, List<StoredFileRef>> files = filesOf(records.map(RequiredDocumentRecord::getId));
        return records.map(r -> toItem(r, files.getOrDefault(r.getId(), List.of())));
    }

    private Map<Long, List<StoredFileRef>> filesOf(List<Long> itemIds) {
        Map<Long, List<StoredFileRef>> byItem = new LinkedHashMap<>();
        if (itemIds.isEmpty()) {
            return byItem;
        }
        dsl.select(DOCUMENT_ATTACHMENT.REQUIRED_DOCUMENT_ID).select(STORED_FILE.fields())
                .from(DOCUMENT_ATTACHMENT).join(STORED_FILE).on(STORED_FILE.ID.eq(DOCUMENT_ATTACHMENT.STORED_FILE_ID))
                .where(DOCUMENT_ATTACHMENT.REQUIRED_DOCUMENT_ID.in(itemIds))
                .orderBy(DOCUMENT_ATTACHMENT.ATTACHED_AT, DOCUMENT_ATTACHMENT.ID)
                .forEach(r -> byItem.computeIfAbsent(r.get(DOCUMENT_ATTACHMENT.REQUIRED_DOCUMENT_ID), k -> new ArrayList<>())
                        .add(toFile(r.into(STORED_FILE))));
        return byItem;
    }

    /** Records a stored file, or returns the one with the same content. */
    public StoredFileRef storeFile(String sha256, String name, long size, String mediaType, Instant at) {
        var existing = dsl.selectFrom(STORED_FILE).where(STORED_FILE.SHA256.eq(sha256)).fetchOptional();
        if (existing.isPresent()) {
            return toFile(existing.get());
        }
        long id = dsl.insertInto(STORED_FILE)
                .set(STORED_FILE.SHA256, sha256)
                .set(STORED_FILE.ORIGINAL_NAME, name)
                .set(STORED_FILE.DISPLAY_NAME, name)
                .set(STORED_FILE.SIZE_BYTES, size)
                .set(STORED_FILE.MEDIA_TYPE, mediaType)
                .set(STORED_FILE.ADDED_AT, PostingRepository.toOffset(at))
                .returning(STORED_FILE.ID).fetchOne(STORED_FILE.ID);
        return findFile(id).orElseThrow();
    }

    public Optional<StoredFileRef> findFile(long id) {
        return dsl.selectFrom(STORED_FILE).where(STORED_FILE.ID.eq(id)).fetchOptional().map(ChecklistRepository::toFile);
    }

    public void attach(long itemId, long fileId, Instant at) {
        dsl.insertInto(DOCUMENT_ATTACHMENT)
                .set(DOCUMENT_ATTACHMENT.REQUIRED_DOCUMENT_ID, itemId)
                .set(DOCUMENT_ATTACHMENT.STORED_FILE_ID, fileId)
                .set(DOCUMENT_ATTACHMENT.ATTACHED_AT, PostingRepository.toOffset(at))
                .onDuplicateKeyIgnore().execute();
    }

    public void detach(long itemId, long fileId) {
        dsl.deleteFrom(DOCUMENT_ATTACHMENT).where(DOCUMENT_ATTACHMENT.REQUIRED_DOCUMENT_ID.eq(itemId)
                .and(DOCUMENT_ATTACHMENT.STORED_FILE_ID.eq(fileId))).execute();
    }

    public void rename(long fileId, String displayName) {
        dsl.update(STORED_FILE).set(STORED_FILE.DISPLAY_NAME, displayName).where(STORED_FILE.ID.eq(fileId)).execute();
    }

    /** Every file attached to some checklist, with the applications that used it, most used first. */
    public List<LibraryEntry> library() {
        Map<Long, StoredFileRef> files = new LinkedHashMap<>();
        Map<Long, List<String>> titles = new LinkedHashMap<>();
        dsl.selectDistinct(STORED_FILE.fields()).select(APPLICATION.ID, POSTING.TITLE)
                .from(STORED_FILE)
                .join(DOCUMENT_ATTACHMENT).on(DOCUMENT_ATTACHMENT.STORED_FILE_ID.eq(STORED_FILE.ID))
                .join(REQUIRED_DOCUMENT).on(REQUIRED_DOCUMENT.ID.eq(DOCUMENT_ATTACHMENT.REQUIRED_DOCUMENT_ID))
                .join(APPLICATION).on(APPLICATION.ID.eq(REQUIRED_DOCUMENT.APPLICATION_ID))
                .join(POSTING).on(POSTING.ID.eq(APPLICATION.POSTING_ID))
                .where(APPLICATION.CANDIDATE_ID.eq(candidateId))
                .orderBy(STORED_FILE.DISPLAY_NAME, APPLICATION.ID)
                .forEach(r -> {
                    StoredFileRef f = toFile(r.into(STORED_FILE));
                    files.putIfAbsent(f.id(), f);
                    List<String> list = titles.computeIfAbsent(f.id(), k -> new ArrayList<>());
                    String t = r.get(POSTING.TITLE);
                    list.add(t == null ? "#" + r.get(APPLICATION.ID) : t);
                });
        List<LibraryEntry> out = new ArrayList<>();
        files.forEach((id, f) -> {
            List<String> t = titles.get(id).stream().distinct().toList();
            out.add(new LibraryEntry(f, t, t.size()));
        });
        out.sort((a, b) -> Integer.compare(b.applicationCount(), a.applicationCount()));
        return out;
    }

    /** Every file the data folder keeps (originals of postings and attached documents), oldest first. */
    public List<StoredFileRef> allFiles() {
        return dsl.selectFrom(STORED_FILE).orderBy(STORED_FILE.ID).fetch(ChecklistRepository::toFile);
    }

    public void insertSent(long statusChangeId, SentDocument d, Long fileId) {
        dsl.insertInto(SENT_DOCUMENT)
                .set(SENT_DOCUMENT.STATUS_CHANGE_ID, statusChangeId)
                .set(SENT_DOCUMENT.KIND, d.kind())
                .set(SENT_DOCUMENT.LABEL, d.label())
                .set(SENT_DOCUMENT.STORED_FILE_ID, fileId)
                .set(SENT_DOCUMENT.FILE_NAME, d.fileName())
                .set(SENT_DOCUMENT.SHA256, d.sha256())
                .execute();
    }

    public List<SentDocument> sent(List<Long> statusChangeIds) {
        if (statusChangeIds.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(SENT_DOCUMENT).where(SENT_DOCUMENT.STATUS_CHANGE_ID.in(statusChangeIds))
                .orderBy(SENT_DOCUMENT.ID)
                .fetch(r -> new SentDocument(r.getStatusChangeId(), r.getKind(), r.getLabel(), r.getFileName(),
                        r.getSha256()));
    }

    private static ChecklistItem toItem(RequiredDocumentRecord r, List<StoredFileRef> files) {
        return new ChecklistItem(r.getId(), r.getApplicationId(), r.getKind(), r.getLabel(), r.getFormat(),
                r.getLengthLimit(), r.getLanguage(), r.getRequired(), DocumentState.valueOf(r.getState()),
                r.getPosition(), files);
    }

    private static StoredFileRef toFile(StoredFileRecord r) {
        return new StoredFileRef(r.getId(), r.getSha256(), r.getOriginalName(), r.getDisplayName(), r.getSizeBytes(),
                r.getAddedAt().toInstant());
    }
}
