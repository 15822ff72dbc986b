package org.sillage.ui.sessions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sillage.domain.SessionReport;
import org.sillage.domain.Seeker;
import org.sillage.domain.SupportAction;
import org.sillage.domain.SupportSession;
import org.sillage.domain.UserException;
import org.sillage.service.ReportService;
import org.sillage.service.SeekerService;
import org.sillage.service.SessionService;

/**
 * State of the sessions screen (ADR 0024): the current seeker's sessions, newest first, and the form that
 * records a new session or changes the one chosen, with its actions. Methods named "worker thread" read or
 * write through the services and return what the JavaFX thread then shows.
 */
public final class SessionsViewModel {
    /** The sessions listed: a person's sessions are a few dozen; beyond, the oldest are left out. */
    public static final int LIMIT = 200;

    private final SessionService sessions;
    private final SeekerService seekers;
    private final ReportService reports;
    private final ObservableList<SupportSession> list = FXCollections.observableArrayList();
    private final ObjectProperty<Seeker> seeker = new SimpleObjectProperty<>();
    /** The session in the form; null while a new one is typed. */
    private final ObjectProperty<SupportSession> editing = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final StringProperty duration = new SimpleStringProperty("");
    private final StringProperty reviewed = new SimpleStringProperty("");
    private final StringProperty decisions = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<ActionRow> actions = FXCollections.observableArrayList();

    public SessionsViewModel(SessionService sessions, SeekerService seekers, ReportService reports) {
        this.sessions = sessions;
        this.seekers = seekers;
        this.reports = reports;
    }

    /** An action in the form: {@code id} 0 until saved; its state changes at once for a saved one. */
    public static final class ActionRow {
        private final long id;
        private final StringProperty what = new SimpleStringProperty("");
        private final ObjectProperty<SupportAction.Owner> owner = new SimpleObjectProperty<>(SupportAction.Owner.SEEKER);
        private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
        private final ObjectProperty<SupportAction.State> state = new SimpleObjectProperty<>(SupportAction.State.TODO);

        ActionRow(long id) {
            this.id = id;
        }

        static ActionRow of(SupportAction a) {
            ActionRow r = new ActionRow(a.id());
            r.what.set(a.what());
            r.owner.set(a.owner());
            r.due.set(a.dueOn());
            r.state.set(a.state());
            return r;
        }

        public long id() {
            return id;
        }

        public boolean saved() {
            return id != 0;
        }

        public StringProperty what() {
            return what;
        }

        public ObjectProperty<SupportAction.Owner> owner() {
            return owner;
        }

        public ObjectProperty<LocalDate> due() {
            return due;
        }

        public ObjectProperty<SupportAction.State> state() {
            return state;
        }

        SessionService.ActionDraft draft() {
            return new SessionService.ActionDraft(id, new SupportAction.Details(what.get(), owner.get(), due.get()));
        }
    }

    /** What the screen shows of the current seeker. */
    public record Snapshot(Seeker seeker, boolean caseload, List<SupportSession> sessions, LocalDate today) {
    }

    /** Worker thread: the current seeker and their sessions, newest first. */
    public Snapshot load() {
        return new Snapshot(seekers.current(), seekers.isCaseload(), sessions.list(0, LIMIT), sessions.today());
    }

    /**
     * JavaFX thread: shows a snapshot. The form keeps what is typed for the same person; for another one (the
     * seeker was switched) it starts a new session on {@code today}.
     */
    public void apply(Snapshot s) {
        boolean samePerson = seeker.get() != null && seeker.get().id() == s.seeker().id();
        seeker.set(s.seeker());
        list.setAll(s.sessions());
        if (!samePerson) {
            startNew(s.today());
        }
    }

    /** The name shown above the sessions, so that no one mixes people up; null for a personal folder. */
    public static String personShown(Snapshot s) {
        return s.caseload() || !s.seeker().isDefault() ? s.seeker().displayName() : null;
    }

    /** JavaFX thread: an empty form for a new session on {@code today}. */
    public void startNew(LocalDate today) {
        editing.set(null);
        day.set(today);
        duration.set("");
        reviewed.set("");
        decisions.set("");
        notes.set("");
        actions.clear();
    }

    /** Worker thread: a session with its actions, to edit. */
    public SessionService.WithActions open(long sessionId) {
        return sessions.withActions(sessionId);
    }

    /** JavaFX thread: puts a session and its actions in the form. */
    public void edit(SessionService.WithActions w) {
        SupportSession s = w.session();
        editing.set(s);
        day.set(s.heldOn());
        duration.set(s.durationMinutes() == null ? "" : s.durationMinutes().toString());
        reviewed.set(orEmpty(s.reviewed()));
        decisions.set(orEmpty(s.decisions()));
        notes.set(orEmpty(s.notes()));
        actions.setAll(w.actions().stream().map(ActionRow::of).toList());
    }

    /** JavaFX thread: a new action row in the form, for the seeker by default. */
    public ActionRow addAction() {
        ActionRow row = new ActionRow(0);
        actions.add(row);
        return row;
    }

    public void removeAction(ActionRow row) {
        actions.remove(row);
    }

    /** What saving sends: the session ({@code id} null when new), its details and actions. */
    public record Save(Long id, SupportSession.Details details, List<SessionService.ActionDraft> actions) {
    }

    /**
     * JavaFX thread: what the form holds, ready to save.
     *
     * @throws UserException when the duration is not a number of minutes
     */
    public Save toSave() {
        Integer minutes = minutes(duration.get());
        List<SessionService.ActionDraft> drafts = new ArrayList<>();
        actions.forEach(a -> drafts.add(a.draft()));
        SupportSession e = editing.get();
        return new Save(e == null ? null : e.id(), new SupportSession.Details(day.get(), minutes, notes.get(),
                reviewed.get(), decisions.get()), drafts);
    }

    /** The minutes typed ("45", " 90 "), null when empty. */
    static Integer minutes(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new UserException("error.session.duration", text.strip());
        }
    }

    /** Worker thread: saves the session with its actions; returns it and the list read again. */
    public Saved save(Save s) {
        SessionService.WithActions w = sessions.save(s.id(), s.details(), s.actions());
        return new Saved(w, sessions.list(0, LIMIT));
    }

    /** A session just saved and the list it is now in. */
    public record Saved(SessionService.WithActions session, List<SupportSession> sessions) {
    }

    /** JavaFX thread: shows what was saved, still in the form. */
    public void applySaved(Saved s) {
        list.setAll(s.sessions());
        edit(s.session());
    }

    /** Worker thread: deletes the session in the form; returns the list read again. */
    public List<SupportSession> delete(long sessionId) {
        sessions.delete(sessionId);
        return sessions.list(0, LIMIT);
    }

    /** JavaFX thread: after a delete, the list and a new form. */
    public void applyDeleted(List<SupportSession> remaining, LocalDate today) {
        list.setAll(remaining);
        startNew(today);
    }

    /** Worker thread: ticks a saved action done, cancelled or back to do. */
    public SupportAction setState(long actionId, SupportAction.State state) {
        return sessions.setState(actionId, state);
    }

    /** JavaFX thread: shows an action's new state in its row. */
    public void applyState(SupportAction a) {
        actions.stream().filter(r -> r.id() == a.id()).forEach(r -> r.state().set(a.state()));
    }

    /**
     * Worker thread: writes the report of the session in the form (the latest when a new one is typed) to
     * {@code file}.
     */
    public SessionReport report(Long sessionId, Path file) {
        return reports.export(sessionId, file);
    }

    /** The file name a report is offered under: the person and the day, in plain letters. */
    public static String fileName(String prefix, String person, LocalDate day) {
        String plain = java.text.Normalizer.normalize(person == null ? "" : person, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase(java.util.Locale.ROOT);
        return prefix + (plain.isEmpty() ? "" : "-" + plain) + "-" + day + ".pdf";
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public ObservableList<SupportSession> sessions() {
        return list;
    }

    public ObjectProperty<Seeker> seeker() {
        return seeker;
    }

    public ObjectProperty<SupportSession> editing() {
        return editing;
    }

    public ObjectProperty<LocalDate> day() {
        return day;
    }

    public StringProperty duration() {
        return duration;
    }

    public StringProperty reviewed() {
        return reviewed;
    }

    public StringProperty decisions() {
        return decisions;
    }

    public StringProperty notes() {
        return notes;
    }

    public ObservableList<ActionRow> actions() {
        return actions;
    }
}
