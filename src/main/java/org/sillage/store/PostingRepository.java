package org.sillage.store;

import static org.sillage.store.jooq.Tables.APPLICATION;
import static org.sillage.store.jooq.Tables.POSTING;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.Posting;
import org.sillage.domain.PostingFields;
import org.sillage.domain.PostingSummary;

/** Postings: their text, source, extracted fields and corrections. */
public final class PostingRepository {
    private final DSLContext dsl;
    private final long candidateId;
    /** Where the postings this transaction changes are noted for the search index; null when unindexed. */
    private final PostingChanges changes;

    PostingRepository(DSLContext dsl, long candidateId) {
        this(dsl, candidateId, null);
    }

    PostingRepository(DSLContext dsl, long candidateId, PostingChanges changes) {
        this.dsl = dsl;
        this.candidateId = candidateId;
        this.changes = changes;
    }

    private void touched(long id) {
        if (changes != null) {
            changes.touch(dsl, id);
        }
    }

    /** What an import stores; the id and the empty corrections come from the database. */
    public record NewPosting(String originalText, String textSha256, String sourceName, String sourceFormat,
                             String sourceSha256, Instant importedAt, PostingFields extracted, int extractorVersion,
                             Long originalFileId, Long previousVersionId, Long parentId) {
        public NewPosting(String originalText, String textSha256, String sourceName, String sourceFormat,
                          String sourceSha256, Instant importedAt, PostingFields extracted, int extractorVersion) {
            this(originalText, textSha256, sourceName, sourceFormat, sourceSha256, importedAt, extracted,
                    extractorVersion, null, null, null);
        }
    }

    /** An earlier posting with the same title and organisation: its id and text, to compare. */
    public record Similar(long id, String text) {
    }

    public long insert(NewPosting p) {
        PostingFields f = p.extracted();
        long id = dsl.insertInto(POSTING)
                .set(POSTING.ORIGINAL_TEXT, p.originalText())
                .set(POSTING.TEXT_SHA256, p.textSha256())
                .set(POSTING.SOURCE_NAME, p.sourceName())
                .set(POSTING.SOURCE_FORMAT, p.sourceFormat())
                .set(POSTING.SOURCE_SHA256, p.sourceSha256())
                .set(POSTING.IMPORTED_AT, toOffset(p.importedAt()))
                .set(ListedColumns.of(f))
                .set(POSTING.EXTRACTED_JSON, FieldsJson.write(f))
                .set(POSTING.EXTRACTOR_VERSION, p.extractorVersion())
                .set(POSTING.CORRECTIONS_JSON, "{}")
                .set(POSTING.ORIGINAL_FILE_ID, p.originalFileId())
                .set(POSTING.PREVIOUS_VERSION_ID, p.previousVersionId())
                .set(POSTING.PARENT_ID, p.parentId())
                .returning(POSTING.ID)
                .fetchOne(POSTING.ID);
        touched(id);
        return id;
    }

    public Optional<Long> findIdByTextSha256(String sha) {
        return dsl.select(POSTING.ID).from(POSTING).where(POSTING.TEXT_SHA256.eq(sha)).fetchOptional(POSTING.ID);
    }

    /** Postings whose title and organisation are the same as given (ignoring case), newest first. */
    public List<Similar> sameTitleAndOrganization(String title, String organization) {
        if (title == null) {
            return List.of();
        }
        var condition = POSTING.TITLE_KEY.eq(ListedColumns.titleKey(title))
                .and(organization == null ? POSTING.ORGANIZATION.isNull()
                        : org.jooq.impl.DSL.lower(POSTING.ORGANIZATION).eq(organization.toLowerCase(java.util.Locale.ROOT)));
        return dsl.select(POSTING.ID, POSTING.ORIGINAL_TEXT).from(POSTING).where(condition)
                .orderBy(POSTING.ID.desc()).fetch(r -> new Similar(r.value1(), r.value2()));
    }

    /** The stored original file of a posting (its checksum), if it was imported from a file. */
    public Optional<String> originalSha256(long postingId) {
        return dsl.select(org.sillage.store.jooq.Tables.STORED_FILE.SHA256).from(POSTING)
                .join(org.sillage.store.jooq.Tables.STORED_FILE)
                .on(org.sillage.store.jooq.Tables.STORED_FILE.ID.eq(POSTING.ORIGINAL_FILE_ID))
                .where(POSTING.ID.eq(postingId)).fetchOptional(org.sillage.store.jooq.Tables.STORED_FILE.SHA256);
    }

    /** A stored posting and its kept original's checksum (null when it was pasted, not imported from a file). */
    public record WithOriginal(Posting posting, String originalSha256) {
    }

    /** The postings of {@code ids} that exist, with their originals' checksums, in one query, by id. */
    public List<WithOriginal> findWithOriginals(java.util.Collection<Long> ids) {
        return dsl.select(POSTING.asterisk(), org.sillage.store.jooq.Tables.STORED_FILE.SHA256).from(POSTING)
                .leftJoin(org.sillage.store.jooq.Tables.STORED_FILE)
                .on(org.sillage.store.jooq.Tables.STORED_FILE.ID.eq(POSTING.ORIGINAL_FILE_ID))
                .where(POSTING.ID.in(ids)).orderBy(POSTING.ID)
                .fetch(r -> new WithOriginal(toPosting(r), r.get(org.sillage.store.jooq.Tables.STORED_FILE.SHA256)));
    }

    /** The posting this one is a newer version of, if any. */
    public Optional<Long> previousVersion(long postingId) {
        return dsl.select(POSTING.PREVIOUS_VERSION_ID).from(POSTING).where(POSTING.ID.eq(postingId))
                .fetchOptional(POSTING.PREVIOUS_VERSION_ID).filter(java.util.Objects::nonNull);
    }

    public Optional<Posting> find(long id) {
        return dsl.selectFrom(POSTING).where(POSTING.ID.eq(id)).fetchOptional().map(PostingRepository::toPosting);
    }

    /** Postings read by rules older than {@code version}. */
    public List<Long> idsReadBefore(int version) {
        return dsl.select(POSTING.ID).from(POSTING).where(POSTING.EXTRACTOR_VERSION.lt(version)).orderBy(POSTING.ID)
                .fetch(POSTING.ID);
    }

    /** How many postings rules older than {@code version} read (from {@code posting_extractor_version_ix}). */
    public int countReadBefore(int version) {
        return dsl.fetchCount(POSTING, POSTING.EXTRACTOR_VERSION.lt(version));
    }

    public List<Long> allIds() {
        return dsl.select(POSTING.ID).from(POSTING).orderBy(POSTING.ID).fetch(POSTING.ID);
    }

    /** Every posting, newest first, with the status of this candidate's application when tracked. */
    public List<PostingSummary> summaries() {
        return dsl.select(POSTING.ID, POSTING.TITLE, POSTING.ORGANIZATION, POSTING.DEADLINE, POSTING.IMPORTED_AT,
                        APPLICATION.ID, APPLICATION.STATUS)
                .from(POSTING)
                .leftJoin(APPLICATION).on(APPLICATION.POSTING_ID.eq(POSTING.ID)
                        .and(APPLICATION.CANDIDATE_ID.eq(candidateId)))
                .orderBy(POSTING.IMPORTED_AT.desc(), POSTING.ID.desc())
                .fetch(PostingRepository::toSummary);
    }

    /**
     * A page of the postings list, newest first: the {@code size} postings that come after {@code after}
     * (from the start when null), found by the (imported_at, id) index rather than by reading the list.
     */
    public List<PostingSummary> summariesAfter(PostingSummary after, int size) {
        org.jooq.Condition c = org.jooq.impl.DSL.noCondition();
        if (after != null) {
            OffsetDateTime at = toOffset(after.importedAt());
            c = POSTING.IMPORTED_AT.lt(at).or(POSTING.IMPORTED_AT.eq(at).and(POSTING.ID.lt(after.id())));
        }
        return dsl.select(POSTING.ID, POSTING.TITLE, POSTING.ORGANIZATION, POSTING.DEADLINE, POSTING.IMPORTED_AT,
                        APPLICATION.ID, APPLICATION.STATUS)
                .from(POSTING)
                .leftJoin(APPLICATION).on(APPLICATION.POSTING_ID.eq(POSTING.ID)
                        .and(APPLICATION.CANDIDATE_ID.eq(candidateId)))
                .where(c)
                .orderBy(POSTING.IMPORTED_AT.desc(), POSTING.ID.desc())
                .limit(size)
                .fetch(PostingRepository::toSummary);
    }

    /**
     * A page of the postings list in {@code filter}'s order and with its criteria ({@code today} tells an
     * open deadline from a closed one): the {@code size} postings after {@code after} (from the start when
     * null). Each order is read by an index, keyset fashion; postings without the sorted value (no
     * deadline, no title) come last, by id.
     */
    public List<PostingSummary> summariesAfter(org.sillage.domain.PostingFilter filter, java.time.LocalDate today,
                                               PostingSummary after, int size) {
        org.jooq.Condition where = conditionOf(filter, today);
        return switch (filter.order()) {
            case IMPORTED -> {
                org.jooq.Condition c = where;
                if (after != null) {
                    OffsetDateTime at = toOffset(after.importedAt());
                    c = c.and(POSTING.IMPORTED_AT.lt(at).or(POSTING.IMPORTED_AT.eq(at).and(POSTING.ID.lt(after.id()))));
                }
                yield summaryQuery(c).orderBy(POSTING.IMPORTED_AT.desc(), POSTING.ID.desc()).limit(size)
                        .fetch(PostingRepository::toSummary);
            }
            case DEADLINE -> nullsLast(POSTING.DEADLINE, after == null ? null : after.deadline(), after, where, size);
            case TITLE -> nullsLast(POSTING.TITLE_KEY, after == null ? null : ListedColumns.titleKey(after.title()), after, where, size);
        };
    }

    /** The rows with a value in {@code key} by it (then id), then those without, by id: two index range reads. */
    private <T> List<PostingSummary> nullsLast(org.jooq.Field<T> key, T afterKey, PostingSummary after,
                                               org.jooq.Condition where, int size) {
        List<PostingSummary> rows = new java.util.ArrayList<>();
        if (after == null || afterKey != null) {
            org.jooq.Condition c = key.isNotNull();
            if (after != null) {
                c = c.and(key.gt(afterKey).or(key.eq(afterKey).and(POSTING.ID.gt(after.id()))));
            }
            rows.addAll(summaryQuery(where.and(c)).orderBy(key.asc(), POSTING.ID.asc()).limit(size)
                    .fetch(PostingRepository::toSummary));
        }
        if (rows.size() < size) {
            org.jooq.Condition c = key.isNull();
            if (after != null && afterKey == null) {
                c = c.and(POSTING.ID.gt(after.id()));
            }
            rows.addAll(summaryQuery(where.and(c)).orderBy(POSTING.ID.asc()).limit(size - rows.size())
                    .fetch(PostingRepository::toSummary));
        }
        return rows;
    }

    private org.jooq.SelectConditionStep<org.jooq.Record7<Long, String, String, java.time.LocalDate, OffsetDateTime, Long, String>>
            summaryQuery(org.jooq.Condition c) {
        return dsl.select(POSTING.ID, POSTING.TITLE, POSTING.ORGANIZATION, POSTING.DEADLINE, POSTING.IMPORTED_AT,
                        APPLICATION.ID, APPLICATION.STATUS)
                .from(POSTING)
                .leftJoin(APPLICATION).on(APPLICATION.POSTING_ID.eq(POSTING.ID)
                        .and(APPLICATION.CANDIDATE_ID.eq(candidateId)))
                .where(c);
    }

    /** How many postings {@code filter}'s criteria keep, counted by the database. */
    public int count(org.sillage.domain.PostingFilter filter, java.time.LocalDate today) {
        if (!filter.notTracked() && filter.deadline() == org.sillage.domain.PostingFilter.DeadlineState.ANY) {
            return count();
        }
        return dsl.fetchCount(dsl.select(POSTING.ID).from(POSTING)
                .leftJoin(APPLICATION).on(APPLICATION.POSTING_ID.eq(POSTING.ID).and(APPLICATION.CANDIDATE_ID.eq(candidateId)))
                .where(conditionOf(filter, today)));
    }

    private static org.jooq.Condition conditionOf(org.sillage.domain.PostingFilter filter, java.time.LocalDate today) {
        org.jooq.Condition c = org.jooq.impl.DSL.noCondition();
        if (filter.notTracked()) {
            c = c.and(APPLICATION.ID.isNull());
        }
        return c.and(switch (filter.deadline()) {
            case ANY -> org.jooq.impl.DSL.noCondition();
            case HAS_DEADLINE -> POSTING.DEADLINE.isNotNull();
            case OPEN -> POSTING.DEADLINE.ge(today);
            case CLOSED -> POSTING.DEADLINE.lt(today);
        });
    }

    /** The list lines of the given postings, in the order given; a deleted one is left out. */
    public List<PostingSummary> summariesOf(List<Long> ids) {
        Map<Long, PostingSummary> byId = new java.util.HashMap<>();
        for (List<Long> part : partition(ids, 500)) {
            dsl.select(POSTING.ID, POSTING.TITLE, POSTING.ORGANIZATION, POSTING.DEADLINE, POSTING.IMPORTED_AT,
                            APPLICATION.ID, APPLICATION.STATUS)
                    .from(POSTING)
                    .leftJoin(APPLICATION).on(APPLICATION.POSTING_ID.eq(POSTING.ID)
                            .and(APPLICATION.CANDIDATE_ID.eq(candidateId)))
                    .where(POSTING.ID.in(part))
                    .forEach(r -> byId.put(r.get(POSTING.ID), toSummary(r)));
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static <T> List<List<T>> partition(List<T> all, int size) {
        List<List<T>> parts = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            parts.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return parts;
    }

    /** Replaces the extracted fields (after re-extraction); corrections are left as they are. */
    public void updateExtracted(long id, PostingFields extracted, int extractorVersion) {
        // (the corrections and the indexed columns alone, as they stand in this transaction: not the whole row
        // and its text again)
        var row = dsl.select(POSTING.CORRECTIONS_JSON, POSTING.TITLE, POSTING.ORGANIZATION).from(POSTING)
                .where(POSTING.ID.eq(id)).fetchOne();
        Map<String, String> corrections = row == null || row.value1() == null ? Map.of()
                : FieldsJson.readCorrections(row.value1());
        PostingFields effective = extracted.withCorrections(corrections);
        dsl.update(POSTING)
                .set(POSTING.EXTRACTED_JSON, FieldsJson.write(extracted))
                .set(POSTING.EXTRACTOR_VERSION, extractorVersion)
                .set(ListedColumns.of(effective))
                .where(POSTING.ID.eq(id))
                .execute();
        // the search index holds the text, the title and the organisation: a re-reading that changed neither
        // of the two (most of them, after an upgrade of the rules) leaves it alone (ADR 0078)
        if (row == null || !java.util.Objects.equals(row.value2(), effective.title())
                || !java.util.Objects.equals(row.value3(), effective.organization())) {
            touched(id);
        }
    }

    /** Replaces the user's corrections, and the listed values that follow from them. */
    public void updateCorrections(long id, Map<String, String> corrections) {
        Posting p = find(id).orElseThrow();
        PostingFields effective = p.extracted().withCorrections(corrections);
        dsl.update(POSTING)
                .set(POSTING.CORRECTIONS_JSON, FieldsJson.writeCorrections(corrections))
                .set(ListedColumns.of(effective))
                .where(POSTING.ID.eq(id))
                .execute();
        touched(id);
    }

    /** Deletes a posting with its application, timeline, events and checklist; later versions lose their link. */
    public boolean delete(long id) {
        // the application goes by cascade; its contacts and the tags left on nothing go with it (no ghost rows)
        var labels = new LabelRepository(dsl);
        var contacts = new ContactRepository(dsl, candidateId, null);
        List<Long> applications = dsl.select(APPLICATION.ID).from(APPLICATION).where(APPLICATION.POSTING_ID.eq(id))
                .fetch(APPLICATION.ID);
        List<Long> contactIds = contacts.idsOnApplications(applications);
        List<Long> tagIds = new java.util.ArrayList<>(labels.tagIdsOf(LabelRepository.Owner.POSTING, List.of(id)));
        tagIds.addAll(labels.tagIdsOf(LabelRepository.Owner.APPLICATION, applications));
        dsl.update(POSTING).setNull(POSTING.PREVIOUS_VERSION_ID).where(POSTING.PREVIOUS_VERSION_ID.eq(id)).execute();
        dsl.update(POSTING).setNull(POSTING.PARENT_ID).where(POSTING.PARENT_ID.eq(id)).execute();
        boolean deleted = dsl.deleteFrom(POSTING).where(POSTING.ID.eq(id)).execute() == 1;
        if (deleted) {
            contacts.deleteUnlinked(contactIds);
            labels.deleteUnused(tagIds);
            touched(id);
        }
        return deleted;
    }

    public int count() {
        return dsl.fetchCount(POSTING);
    }

    private static Posting toPosting(Record r) {
        return new Posting(r.get(POSTING.ID), r.get(POSTING.ORIGINAL_TEXT), r.get(POSTING.TEXT_SHA256),
                r.get(POSTING.SOURCE_NAME), r.get(POSTING.SOURCE_FORMAT), r.get(POSTING.SOURCE_SHA256),
                r.get(POSTING.IMPORTED_AT).toInstant(), FieldsJson.readFields(r.get(POSTING.EXTRACTED_JSON)),
                r.get(POSTING.EXTRACTOR_VERSION), FieldsJson.readCorrections(r.get(POSTING.CORRECTIONS_JSON)));
    }

    private static PostingSummary toSummary(Record r) {
        String status = r.get(APPLICATION.STATUS);
        return new PostingSummary(r.get(POSTING.ID), r.get(POSTING.TITLE), r.get(POSTING.ORGANIZATION),
                r.get(POSTING.DEADLINE), r.get(POSTING.IMPORTED_AT).toInstant(), r.get(APPLICATION.ID),
                status == null ? null : ApplicationStatus.valueOf(status));
    }

    static OffsetDateTime toOffset(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
