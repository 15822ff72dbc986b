package org.sillage.store;

import static org.sillage.store.HandoverTables.readMap;
import static org.sillage.store.HandoverTables.text;
import static org.sillage.store.HandoverTables.value;
import static org.sillage.store.jooq.Tables.HANDOVER_CONFLICT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.sillage.domain.Handover;

/**
 * A job seeker's record as rows of a hand-over archive (ADR 0025): read for an export, and merged back by
 * an import field by field against the base each side last exchanged; conflicts are kept until resolved.
 * Rows are matched by their uuid (postings by their text's checksum, which both sides compute alike).
 */
public final class HandoverRepository {
    private final DSLContext dsl;
    private final HandoverRecord record;
    private final HandoverMerge merging;
    private final HandoverConflicts conflicts;

    HandoverRepository(DSLContext dsl, PostingChanges changes) {
        this.dsl = dsl;
        this.record = new HandoverRecord(dsl);
        HandoverRows rows = new HandoverRows(dsl, changes);
        this.conflicts = new HandoverConflicts(dsl, rows);
        this.merging = new HandoverMerge(dsl, record, rows, conflicts);
    }

    // ---------------------------------------------------------------- reading a record

    /** The seeker with this stable id, if here. */
    public Optional<Long> seekerByUuid(String uuid) {
        return record.seekerByUuid(uuid);
    }

    /** Every row of seeker {@code candidateId}'s record, parents first. */
    public List<Handover.Row> rows(long candidateId) {
        return record.rows(candidateId);
    }

    /** The files the record uses: postings' originals, attached and sent documents. */
    public List<Handover.FileEntry> files(long candidateId) {
        return record.files(candidateId);
    }

    /** What this installation last received of the seeker's rows, from every peer. */
    public List<Handover.Base> bases(long candidateId) {
        return record.bases(candidateId);
    }

    // ---------------------------------------------------------------- merging a record in

    /** What one import did to the database. */
    public static final class Outcome {
        public int added;
        public int updated;
        public int unchanged;
        public int conflicts;
        public long candidateId;
    }

    /**
     * Merges an archive's rows into this folder (the caller's transaction). The seeker is the one with the
     * archive's uuid; else, in a personal folder whose one person has nothing yet, that person; else a new
     * one.
     *
     * @param me this installation's id (the archive's bases for it are the other side's view of what it
     *           last received from here)
     */
    public Outcome merge(Handover.Manifest m, String me, Instant now) {
        return merging.merge(m, me, now);
    }

    /**
     * Resolves a pending conflict: THEIRS writes the archive's value (and what follows from it), MINE keeps
     * this side's. False when there is no such pending conflict.
     */
    public boolean resolve(long conflictId, Handover.Keep keep, Instant now) {
        return conflicts.resolve(conflictId, keep, now);
    }

    /** The conflicts of seeker {@code candidateId} still waiting for a person, oldest first. */
    public List<Handover.Conflict> pendingConflicts(long candidateId) {
        return dsl.selectFrom(HANDOVER_CONFLICT)
                .where(HANDOVER_CONFLICT.CANDIDATE_ID.eq(candidateId).and(HANDOVER_CONFLICT.RESOLVED_AT.isNull()))
                .orderBy(HANDOVER_CONFLICT.ID).fetch(c -> new Handover.Conflict(c.getId(), c.getTableName(), c.getRowKey(),
                        c.getFieldName(), readMap(c.getMine()).get(c.getFieldName()),
                        readMap(c.getTheirs()).get(c.getFieldName()), c.getLabel(), c.getFoundAt().toInstant()));
    }

    /** Which seeker a pending conflict is of. */
    public Optional<Long> conflictSeeker(long conflictId) {
        return dsl.select(HANDOVER_CONFLICT.CANDIDATE_ID).from(HANDOVER_CONFLICT)
                .where(HANDOVER_CONFLICT.ID.eq(conflictId).and(HANDOVER_CONFLICT.RESOLVED_AT.isNull()))
                .fetchOptional(HANDOVER_CONFLICT.CANDIDATE_ID);
    }
}
