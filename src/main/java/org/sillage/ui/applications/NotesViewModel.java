package org.sillage.ui.applications;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sillage.domain.Note;
import org.sillage.service.NoteService;

/**
 * State of an application's notes: the list, newest first, and the form that adds a note or, after
 * {@link #startEditing}, changes one. Worker-thread calls return fresh data.
 */
public final class NotesViewModel {
    private final NoteService notes;
    private final ObservableList<Note> list = FXCollections.observableArrayList();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObjectProperty<Note> editing = new SimpleObjectProperty<>();
    private final BooleanBinding canSave = Bindings.createBooleanBinding(
            () -> text.get() != null && !text.get().isBlank() && text.get().strip().length() <= NoteService.MAX_LENGTH, text);
    private long applicationId = -1;

    public NotesViewModel(NoteService notes) {
        this.notes = notes;
    }

    /** JavaFX thread: shows the notes of an application; a form begun for another one is cleared. */
    public void show(long applicationId, List<Note> notes) {
        if (applicationId != this.applicationId) {
            clearForm();
        }
        this.applicationId = applicationId;
        list.setAll(notes);
    }

    public long applicationId() {
        return applicationId;
    }

    /** JavaFX thread: puts a note in the form to change it. */
    public void startEditing(Note note) {
        editing.set(note);
        text.set(note.text());
        day.set(note.on());
    }

    /** JavaFX thread: empties the form (after saving, or Esc). */
    public void clearForm() {
        editing.set(null);
        text.set("");
        day.set(null);
    }

    /** What saving does now: the note being changed, or null to add one. */
    public record Save(long applicationId, Note editing, LocalDate on, String text) {
    }

    /** JavaFX thread: what the form holds, to save on a worker thread. */
    public Save toSave() {
        return new Save(applicationId, editing.get(), day.get(), text.get());
    }

    /** Worker thread: adds or changes the note; returns the notes of the application. */
    public List<Note> save(Save s) {
        if (s.editing() == null) {
            notes.add(s.applicationId(), s.on(), s.text());
        } else {
            notes.update(s.editing().id(), s.on(), s.text());
        }
        return notes.forApplication(s.applicationId());
    }

    /** Worker thread. */
    public List<Note> delete(long applicationId, long noteId) {
        notes.delete(noteId);
        return notes.forApplication(applicationId);
    }

    /** Worker thread. */
    public List<Note> load(long applicationId) {
        return notes.forApplication(applicationId);
    }

    public ObservableList<Note> list() {
        return list;
    }

    public StringProperty text() {
        return text;
    }

    public ObjectProperty<LocalDate> day() {
        return day;
    }

    public ObjectProperty<Note> editing() {
        return editing;
    }

    public BooleanBinding canSave() {
        return canSave;
    }
}
