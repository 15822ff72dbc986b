package org.sillage.ui.sessions;


import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.sillage.domain.SupportSession;
import org.sillage.ui.shell.UiContext;

/** A line of the sessions' list: the day and the length, then the first words of the decisions. */
final class SessionCell extends ListCell<SupportSession> {
    private final UiContext ctx;
    private final Label when = new Label();
    private final Label what = new Label();
    private final VBox box = new VBox(2, when, what);

    SessionCell(UiContext ctx) {
        this.ctx = ctx;
        when.getStyleClass().add("text-bold");
        what.getStyleClass().add("text-muted");
        setPrefWidth(0); // the list's width, never a horizontal scroll: long decisions end with "…"
    }

    @Override
    protected void updateItem(SupportSession s, boolean empty) {
        super.updateItem(s, empty);
        setText(null);
        if (empty || s == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        when.setText(ctx.formats().date(s.heldOn()) + (s.durationMinutes() == null ? ""
                : " · " + ctx.messages().get("sessions.minutes", s.durationMinutes())));
        what.setText(s.decisions() == null ? "" : s.decisions().lines().findFirst().orElse(""));
        what.setVisible(s.decisions() != null);
        what.setManaged(s.decisions() != null);
        setGraphic(box);
        setAccessibleText(when.getText() + ", " + what.getText());
    }
}
