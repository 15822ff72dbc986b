package org.sillage.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.sillage.domain.Note;
import org.sillage.domain.UserException;
import org.sillage.store.Store;

/** Free notes on applications, each about a day; listed newest first. */
public final class NoteService {
    /** The longest note kept (the column's width). */
    public static final int MAX_LENGTH = 8000;
    private final Store store;
    private final Clock clock;

    public NoteService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The notes of one application, newest day first. */
    public List<Note> forApplication(long applicationId) {
        return store.transaction(r -> r.notes().forApplication(applicationId));
    }

    /** The notes of each of the given applications (a page of a table or an export), by application id. */
    public Map<Long, List<Note>> forApplications(Collection<Long> applicationIds) {
        return applicationIds.isEmpty() ? Map.of() : store.transaction(r -> r.notes().forApplications(applicationIds));
    }

    /** A page of every note, by id after {@code afterId} (for a search index). */
    public List<Note> page(long afterId, int size) {
        return store.transaction(r -> r.notes().page(afterId, size));
    }

    /** Adds a note about {@code on} (today when null). */
    public Note add(long applicationId, LocalDate on, String text) {
        String body = check(text);
        LocalDate day = on == null ? today() : on;
        return store.transaction(r -> {
            if (r.applications().find(applicationId).isEmpty()) {
                throw new UserException("error.application.not_found", applicationId);
            }
            long id = r.notes().insert(applicationId, day, body, clock.instant());
            return r.notes().find(id).orElseThrow();
        });
    }

    public Note update(long noteId, LocalDate on, String text) {
        String body = check(text);
        return store.transaction(r -> {
            Note before = r.notes().find(noteId).orElseThrow(() -> new UserException("error.note.not_found", noteId));
            r.notes().update(noteId, on == null ? before.on() : on, body);
            return r.notes().find(noteId).orElseThrow();
        });
    }

    public void delete(long noteId) {
        if (!store.transaction(r -> r.notes().delete(noteId))) {
            throw new UserException("error.note.not_found", noteId);
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    private static String check(String text) {
        if (text == null || text.isBlank()) {
            throw new UserException("error.note.empty");
        }
        String body = text.strip();
        if (body.length() > MAX_LENGTH) {
            throw new UserException("error.note.too_long", MAX_LENGTH);
        }
        return body;
    }
}
