package org.sillage.ui.board;

import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.sillage.domain.BoardCard;
import org.sillage.domain.BoardCard.Badge;
import org.sillage.ui.shell.UiContext;

/**
 * One card of a column: title, organisation, the next action with its day (else the deadline), and the
 * badges. Its id is {@code card-<application id>}, for tests and for the keyboard to find it again.
 */
final class CardCell extends ListCell<BoardCard> {
    /** What the card leaves of the cell's width: the cell's padding and the list's scroll bar. */
    private static final double CARD_MARGIN = 24;

    private final UiContext ctx;
    /** The card's nodes, made once per cell and given each card's text (a list reuses its cells as it scrolls). */
    private final Label title = new Label();
    private final Label org = new Label();
    private final Label next = new Label();
    private final VBox badges = new VBox(3);
    private final java.util.Map<Badge, Label> badgeLabels = new java.util.EnumMap<>(Badge.class);
    private final VBox box = new VBox(3, title, org, next, badges);

    CardCell(UiContext ctx) {
        this.ctx = ctx;
        setPrefWidth(0);
        getStyleClass().add("board-card-cell");
        title.getStyleClass().add("board-card-title");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        org.getStyleClass().add("text-muted");
        next.getStyleClass().add("board-card-next");
        next.setWrapText(true);
        next.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        next.managedProperty().bind(next.visibleProperty());
        // one badge a line: a flow pane's wrapped height is not known when the list sizes its cells
        badges.setFillWidth(false);
        badges.managedProperty().bind(badges.visibleProperty());
        for (Badge b : Badge.values()) {
            Label l = new Label(ctx.messages().get(b.messageKey()));
            l.getStyleClass().addAll("flag", b == Badge.EXPIRED ? "flag-danger" : "flag-warning");
            l.managedProperty().bind(l.visibleProperty());
            badgeLabels.put(b, l);
            badges.getChildren().add(l);
        }
        box.getStyleClass().add("board-card");
        // the card takes the column's width, so that long titles wrap instead of being cut
        box.prefWidthProperty().bind(widthProperty().subtract(CARD_MARGIN));
        box.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(BoardCard card, boolean empty) {
        super.updateItem(card, empty);
        if (empty || card == null) {
            setId(null);
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        var m = ctx.messages();
        setId("card-" + card.applicationId());
        title.setText(card.title() == null ? m.get("posting.untitled") : card.title());
        org.setText(card.organization() == null ? "" : card.organization());
        String when = when(card);
        next.setText(when == null ? "" : when);
        next.setVisible(when != null);
        badges.setVisible(!card.badges().isEmpty());
        for (Badge b : Badge.values()) {
            Label l = badgeLabels.get(b);
            l.setVisible(card.has(b));
            l.setId(card.has(b) ? "badge-" + b.name().toLowerCase(Locale.ROOT) + "-" + card.applicationId() : null);
        }
        setGraphic(box);
        setAccessibleText(title.getText() + ", " + org.getText() + (when == null ? "" : ", " + when));
    }

    /**
     * The card's height at the width the list gives: the list asks before it resizes the cell, when the
     * card's width (bound to the cell's) is still the one of the card this cell showed before, so a title
     * that wraps on more lines would be cut off.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() instanceof VBox box && (width > 0 || getWidth() > 0)) {
            double w = (width > 0 ? width : getWidth()) - CARD_MARGIN;
            return snappedTopInset() + box.prefHeight(w) + snappedBottomInset();
        }
        return super.computePrefHeight(width);
    }

    /** The next action and its day, else the deadline; null when there is neither. */
    private String when(BoardCard card) {
        var m = ctx.messages();
        if (!card.nextAction().isNone()) {
            return card.nextAction().on() == null ? card.nextAction().text()
                    : m.get("board.next_action", card.nextAction().text(), ctx.formats().date(card.nextAction().on()));
        }
        return card.deadline() == null ? null : m.get("board.deadline", ctx.formats().date(card.deadline()));
    }
}
