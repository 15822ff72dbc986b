package org.sillage.store;

import static org.sillage.store.jooq.Tables.APPLICATION_NOTE;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.sillage.domain.Note;

/** Free notes on applications. */
public final class NoteRepository {
    private final DSLContext dsl;

    private final PostingChanges changes;

    NoteRepository(DSLContext dsl, PostingChanges changes) {
        this.dsl = dsl;
        this.changes = changes;
    }

    /** A note is found by the search (ADR 0020): its application's group is read again. */
    private void touched(long applicationId) {
        if (changes != null) {
            changes.touchApplication(dsl, applicationId);
        }
    }

    private void touchedNote(long id) {
        find(id).ifPresent(n -> touched(n.applicationId()));
    }

    public long insert(long applicationId, java.time.LocalDate on, String text, Instant at) {
        touched(applicationId);
        return dsl.insertInto(APPLICATION_NOTE)
                .set(APPLICATION_NOTE.APPLICATION_ID, applicationId)
                .set(APPLICATION_NOTE.WRITTEN_ON, on)
                .set(APPLICATION_NOTE.BODY, text)
                .set(APPLICATION_NOTE.CREATED_AT, PostingRepository.toOffset(at))
                .returning(APPLICATION_NOTE.ID).fetchOne(APPLICATION_NOTE.ID);
    }

    /** True if the note existed. */
    public boolean update(long id, java.time.LocalDate on, String text) {
        touchedNote(id);
        return dsl.update(APPLICATION_NOTE).set(APPLICATION_NOTE.WRITTEN_ON, on).set(APPLICATION_NOTE.BODY, text)
                .where(APPLICATION_NOTE.ID.eq(id)).execute() == 1;
    }

    public boolean delete(long id) {
        touchedNote(id);
        return dsl.deleteFrom(APPLICATION_NOTE).where(APPLICATION_NOTE.ID.eq(id)).execute() == 1;
    }

    public Optional<Note> find(long id) {
        return dsl.selectFrom(APPLICATION_NOTE).where(APPLICATION_NOTE.ID.eq(id)).fetchOptional(NoteRepository::toNote);
    }

    /** The notes of one application, newest day first (the latest written first within a day). */
    public List<Note> forApplication(long applicationId) {
        return dsl.selectFrom(APPLICATION_NOTE).where(APPLICATION_NOTE.APPLICATION_ID.eq(applicationId))
                .orderBy(APPLICATION_NOTE.WRITTEN_ON.desc(), APPLICATION_NOTE.ID.desc()).fetch(NoteRepository::toNote);
    }

    /** The notes of each of the given applications (a page of an export), newest first, by application id. */
    public Map<Long, List<Note>> forApplications(Collection<Long> applicationIds) {
        Map<Long, List<Note>> out = new LinkedHashMap<>();
        for (List<Long> part : Parts.of(applicationIds)) {
            dsl.selectFrom(APPLICATION_NOTE).where(APPLICATION_NOTE.APPLICATION_ID.in(part))
                    .orderBy(APPLICATION_NOTE.WRITTEN_ON.desc(), APPLICATION_NOTE.ID.desc())
                    .forEach(r -> out.computeIfAbsent(r.getApplicationId(), k -> new java.util.ArrayList<>()).add(toNote(r)));
        }
        return out;
    }

    /** A page of every note by id, after {@code afterId}: for a search index to read them all in parts. */
    public List<Note> page(long afterId, int size) {
        return dsl.selectFrom(APPLICATION_NOTE).where(APPLICATION_NOTE.ID.gt(afterId)).orderBy(APPLICATION_NOTE.ID)
                .limit(size).fetch(NoteRepository::toNote);
    }

    private static Note toNote(Record r) {
        return new Note(r.get(APPLICATION_NOTE.ID), r.get(APPLICATION_NOTE.APPLICATION_ID),
                r.get(APPLICATION_NOTE.WRITTEN_ON), r.get(APPLICATION_NOTE.BODY));
    }
}
