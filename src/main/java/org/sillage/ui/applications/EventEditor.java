package org.sillage.ui.applications;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
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
        TextField time = new TextField(e.time() == null ? "" : e.time().toString());
        time.setPromptText(m.get("events.time"));
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
        grid.addRow(3, new Label(m.get("events.place")), place);
        grid.addRow(4, new Label(m.get("events.note")), note);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("events.edit"));
        dialog.getDialogPane().setId("eventEditor");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(date.valueProperty().isNull());
        if (dialog.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return Optional.empty();
        }
        LocalTime at;
        try {
            at = time.getText().isBlank() ? null : LocalTime.parse(time.getText().strip().replace('h', ':'));
        } catch (DateTimeParseException ex) {
            throw new UserException(ex, "error.event.time", time.getText());
        }
        return Optional.of(new ApplicationEvent(e.id(), e.applicationId(), kind.getValue(), date.getValue(), at, e.zone(),
                place.getText().isBlank() ? null : place.getText().strip(),
                note.getText().isBlank() ? null : note.getText().strip(), e.done()));
    }
}
