package org.sillage.ui.applications;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sillage.domain.SentDocument;
import org.sillage.domain.StatusChange;
import org.sillage.ui.shell.UiContext;

/** A timeline line: when, from → to, the note, what was sent, and an undo button. */
final class TimelineCell extends ListCell<StatusChange> {
    private final UiContext ctx;
    private final Consumer<StatusChange> onUndo;
    private final Supplier<Map<Long, List<SentDocument>>> sent;
    private final java.util.function.Predicate<StatusChange> isLatest;

    /** Only the latest change still in force ({@code isLatest}) offers Undo. */
    TimelineCell(UiContext ctx, Consumer<StatusChange> onUndo, Supplier<Map<Long, List<SentDocument>>> sent,
                 java.util.function.Predicate<StatusChange> isLatest) {
        this.ctx = ctx;
        this.isLatest = isLatest;
        this.onUndo = onUndo;
        this.sent = sent;
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(StatusChange c, boolean empty) {
        super.updateItem(c, empty);
        if (empty || c == null) {
            setGraphic(null);
            return;
        }
        var m = ctx.messages();
        String what = c.isInitial() ? m.get("history.started", m.get(c.to().messageKey()))
                : m.get("history.change", m.get(c.from().messageKey()), m.get(c.to().messageKey()));
        Label head = new Label(ctx.formats().dateTime(c.at()) + " — " + what);
        head.getStyleClass().add("change-head");
        VBox text = new VBox(2, head);
        if (c.note() != null) {
            Label note = new Label(c.note());
            note.setWrapText(true);
            note.getStyleClass().add("change-note");
            text.getChildren().add(note);
        }
        for (SentDocument d : sent.get().getOrDefault(c.id(), List.of())) {
            Label file = new Label(m.get("history.sent_file", d.fileName(), d.sha256().substring(0, 12)));
            file.getStyleClass().add("sent-file");
            text.getChildren().add(file);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, text, spacer);
        row.setAlignment(Pos.CENTER_LEFT);
        if (c.isUndone()) {
            Label undone = new Label(m.get("history.undone"));
            undone.getStyleClass().add("text-muted");
            row.getStyleClass().add("undone");
            row.getChildren().add(undone);
        } else if (!c.isInitial() && isLatest.test(c)) {
            Button undo = new Button(m.get("history.undo"));
            undo.setId("undo-" + c.id());
            undo.getStyleClass().addAll("undo-button", "flat");
            undo.setOnAction(e -> onUndo.accept(c));
            row.getChildren().add(undo);
        }
        setGraphic(row);
    }
}
