package org.sillage.store;

import static org.sillage.store.jooq.Tables.APPLICATION;
import static org.sillage.store.jooq.Tables.APPLICATION_NOTE;
import static org.sillage.store.jooq.Tables.CANDIDATE;
import static org.sillage.store.jooq.Tables.CONTACT;
import static org.sillage.store.jooq.Tables.DOCUMENT_ATTACHMENT;
import static org.sillage.store.jooq.Tables.ERASURE_RECORD;
import static org.sillage.store.jooq.Tables.EVENT;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Erases everything about one person (ADR 0025): their applications with all that hangs on them, their
 * contacts, sessions and actions, the postings nobody else tracks, the files nobody else uses, the merge
 * bases and conflicts of their record, and their profile; leaves a row in {@code erasure_record} that says
 * only when and how much.
 */
public final class ErasureRepository {
    private final DSLContext dsl;
    private final PostingChanges changes;

    ErasureRepository(DSLContext dsl, PostingChanges changes) {
        this.dsl = dsl;
        this.changes = changes;
    }

    /** What went: how many rows, and the checksums of the files no row names any more. */
    public record Erased(int rows, List<String> files) {
    }

    public Erased erase(long seeker, Instant now) {
        var apps = DSL.select(APPLICATION.ID).from(APPLICATION).where(APPLICATION.CANDIDATE_ID.eq(seeker));
        List<Long> applications = dsl.fetch(apps).getValues(APPLICATION.ID);
        List<Long> postings = dsl.select(APPLICATION.POSTING_ID).from(APPLICATION)
                .where(APPLICATION.CANDIDATE_ID.eq(seeker)).fetch(APPLICATION.POSTING_ID);
        // postings that only this person tracks go; the others are shared and stay
        List<Long> onlyTheirs = dsl.select(POSTING.ID).from(POSTING).where(POSTING.ID.in(postings))
                .andNotExists(DSL.selectOne().from(APPLICATION).where(APPLICATION.POSTING_ID.eq(POSTING.ID))
                        .and(APPLICATION.CANDIDATE_ID.ne(seeker)))
                .fetch(POSTING.ID);
        List<Long> files = new ArrayList<>();
        files.addAll(dsl.select(POSTING.ORIGINAL_FILE_ID).from(POSTING).where(POSTING.ID.in(onlyTheirs))
                .and(POSTING.ORIGINAL_FILE_ID.isNotNull()).fetch(POSTING.ORIGINAL_FILE_ID));
        files.addAll(dsl.select(DOCUMENT_ATTACHMENT.STORED_FILE_ID).from(DOCUMENT_ATTACHMENT)
                .join(REQUIRED_DOCUMENT).on(REQUIRED_DOCUMENT.ID.eq(DOCUMENT_ATTACHMENT.REQUIRED_DOCUMENT_ID))
                .where(REQUIRED_DOCUMENT.APPLICATION_ID.in(applications)).fetch(DOCUMENT_ATTACHMENT.STORED_FILE_ID));
        files.addAll(dsl.select(SENT_DOCUMENT.STORED_FILE_ID).from(SENT_DOCUMENT)
                .join(STATUS_CHANGE).on(STATUS_CHANGE.ID.eq(SENT_DOCUMENT.STATUS_CHANGE_ID))
                .where(STATUS_CHANGE.APPLICATION_ID.in(applications)).and(SENT_DOCUMENT.STORED_FILE_ID.isNotNull())
                .fetch(SENT_DOCUMENT.STORED_FILE_ID));

        int rows = 1 + applications.size() + onlyTheirs.size()
                + dsl.fetchCount(STATUS_CHANGE, STATUS_CHANGE.APPLICATION_ID.in(applications))
                + dsl.fetchCount(EVENT, EVENT.APPLICATION_ID.in(applications))
                + dsl.fetchCount(REQUIRED_DOCUMENT, REQUIRED_DOCUMENT.APPLICATION_ID.in(applications))
                + dsl.fetchCount(APPLICATION_NOTE, APPLICATION_NOTE.APPLICATION_ID.in(applications))
                + dsl.fetchCount(CONTACT, CONTACT.CANDIDATE_ID.eq(seeker))
                + dsl.fetchCount(SUPPORT_SESSION, SUPPORT_SESSION.CANDIDATE_ID.eq(seeker))
                + dsl.fetchCount(SUPPORT_ACTION, SUPPORT_ACTION.CANDIDATE_ID.eq(seeker));

        var postingRepository = new PostingRepository(dsl, seeker, changes);
        for (long id : onlyTheirs) {
            postingRepository.delete(id); // its application, timeline, events, checklist and notes go with it
        }
        var applicationRepository = new ApplicationRepository(dsl, seeker, changes);
        for (long id : dsl.select(APPLICATION.ID).from(APPLICATION).where(APPLICATION.CANDIDATE_ID.eq(seeker))
                .fetch(APPLICATION.ID)) {
            applicationRepository.delete(id); // on a shared posting: the posting stays, the index follows
        }
        dsl.deleteFrom(SUPPORT_ACTION).where(SUPPORT_ACTION.CANDIDATE_ID.eq(seeker)).execute();
        dsl.deleteFrom(SUPPORT_SESSION).where(SUPPORT_SESSION.CANDIDATE_ID.eq(seeker)).execute();
        dsl.deleteFrom(CONTACT).where(CONTACT.CANDIDATE_ID.eq(seeker)).execute();
        dsl.deleteFrom(HANDOVER_CONFLICT).where(HANDOVER_CONFLICT.CANDIDATE_ID.eq(seeker)).execute();
        dsl.deleteFrom(HANDOVER_BASE).where(HANDOVER_BASE.CANDIDATE_ID.eq(seeker)).execute();
        dsl.deleteFrom(CANDIDATE).where(CANDIDATE.ID.eq(seeker)).execute();

        // files nobody else uses: their rows go now, their content once the transaction is committed
        List<String> unused = dsl.select(STORED_FILE.SHA256).from(STORED_FILE).where(STORED_FILE.ID.in(files))
                .andNotExists(DSL.selectOne().from(POSTING).where(POSTING.ORIGINAL_FILE_ID.eq(STORED_FILE.ID)))
                .andNotExists(DSL.selectOne().from(DOCUMENT_ATTACHMENT).where(DOCUMENT_ATTACHMENT.STORED_FILE_ID.eq(STORED_FILE.ID)))
                .andNotExists(DSL.selectOne().from(SENT_DOCUMENT).where(SENT_DOCUMENT.STORED_FILE_ID.eq(STORED_FILE.ID)))
                .fetch(STORED_FILE.SHA256);
        dsl.deleteFrom(STORED_FILE).where(STORED_FILE.SHA256.in(unused)).execute();
        dsl.insertInto(ERASURE_RECORD).set(ERASURE_RECORD.ERASED_AT, now.atOffset(ZoneOffset.UTC))
                .set(ERASURE_RECORD.ROWS_ERASED, rows).set(ERASURE_RECORD.FILES_ERASED, unused.size()).execute();
        return new Erased(rows, unused);
    }

    /** How many erasures this folder recorded. */
    public int count() {
        return dsl.fetchCount(ERASURE_RECORD);
    }
}
