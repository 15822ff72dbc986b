package org.sillage.ui.applications;

import java.time.LocalTime;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.sillage.domain.ApplicationEvent;
import org.sillage.domain.EventKind;
import org.sillage.domain.UserException;
import org.sillage.i18n.Messages;
import org.sillage.ui.common.Converters;

/** A dialog to change an event: its kind, date, time, place or link, and note. */
final class EventEditor {
    private EventEditor() {
    }

    /** The edited event, or empty when cancelled; a time that does not parse is a {@link UserException}. */
    static Optional<ApplicationEvent> edit(Window owner, Messages m, ApplicationEvent e) {
        ComboBox<EventKind> kind = new ComboBox<>();
        kind.getItems().setAll(EventKind.INTERVIEW, EventKind.WRITTEN_TEST, EventKind.FOLLOW_UP, EventKind.EXPECTED_ANSWER);
        kind.setConverter(Converters.showing(k -> m.get(k.messageKey())));
        kind.setValue(e.kind());
        DatePicker date = new DatePicker(e.date());
        date.setId("editEventDate");
        org.sillage.ui.common.DateFields.install(date, m.locale());
        TextField time = new TextField(e.time() == null ? "" : e.time().toString());
        time.setPromptText(m.get("events.time"));
        ComboBox<String> zone = new ComboBox<>();
        zone.setEditable(true);
        zone.getItems().setAll(EventsPane.ZONES);
        zone.setValue(e.zone() == null ? java.time.ZoneId.systemDefault().getId() : e.zone());
        zone.setId("editEventZone");
        Label hint = new Label(m.get("events.hint", org.sillage.domain.DateTimeInput.example(m.locale())));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        var timeOk = org.sillage.ui.common.DateFields.timeValid(time);
        TextField place = new TextField(e.place() == null ? "" : e.place());
        place.setPromptText(m.get("events.place"));
        TextField note = new TextField(e.note() == null ? "" : e.note());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(m.get("events.kind")), kind);
        grid.addRow(1, new Label(m.get("events.date")), date);
        grid.addRow(2, new Label(m.get("events.time")), time);
        grid.addRow(3, new Label(m.get("events.zone")), zone);
        grid.addRow(4, new Label(m.get("events.place")), place);
        grid.addRow(5, new Label(m.get("events.note")), note);
        grid.add(hint, 1, 6);
        hint.setMaxWidth(360);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("events.edit"));
        dialog.getDialogPane().setId("eventEditor");
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = org.sillage.ui.common.Dialogs.ok(m);
        dialog.getDialogPane().getButtonTypes().addAll(ok, org.sillage.ui.common.Dialogs.cancel(m));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> org.sillage.ui.common.DateFields.typed(date, m.locale()) == null || !timeOk.get(),
                date.getEditor().textProperty(), timeOk));
        dialog.setOnShown(ev -> date.requestFocus());
        if (dialog.showAndWait().filter(b -> b == ok).isEmpty()) {
            return Optional.empty();
        }
        LocalTime at = org.sillage.domain.DateTimeInput.parseTime(time.getText());
        String z = zone.getEditor().getText() == null || zone.getEditor().getText().isBlank() ? null : zone.getEditor().getText().strip();
        return Optional.of(new ApplicationEvent(e.id(), e.applicationId(), kind.getValue(),
                org.sillage.ui.common.DateFields.typed(date, m.locale()), at, z,
                place.getText().isBlank() ? null : place.getText().strip(),
                note.getText().isBlank() ? null : note.getText().strip(), e.done()));
    }
}
