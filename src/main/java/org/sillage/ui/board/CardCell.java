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
    private final UiContext ctx;
    // the card's nodes, made once and filled for each item: a column's cells are measured item by item, and new
    // nodes for each would each need their own CSS pass
    private final Label title = new Label();
    private final Label org = new Label();
    private final Label next = new Label();
    private final java.util.Map<Badge, Label> badgeLabels = new java.util.EnumMap<>(Badge.class);
    private final VBox badges = new VBox(3);
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
        // one badge a line: a flow pane's wrapped height is not known when the list sizes its cells
        badges.setFillWidth(false);
        for (Badge b : Badge.values()) {
            Label l = new Label();
            l.getStyleClass().addAll("flag", b == Badge.EXPIRED ? "flag-danger" : "flag-warning");
            badgeLabels.put(b, l);
            badges.getChildren().add(l);
        }
        box.getStyleClass().add("board-card");
        // the card takes the column's width, so that long titles wrap instead of being cut
        box.prefWidthProperty().bind(widthProperty().subtract(24));
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
        next.setText(when);
        shown(next, when != null);
        boolean anyBadge = false;
        for (Badge b : Badge.values()) {
            Label l = badgeLabels.get(b);
            boolean has = card.has(b);
            anyBadge |= has;
            shown(l, has);
            if (has) {
                l.setText(m.get(b.messageKey()));
            }
            // ids only on the badges shown, so that a lookup finds the card's own
            l.setId(has ? "badge-" + b.name().toLowerCase(Locale.ROOT) + "-" + card.applicationId() : null);
        }
        shown(badges, anyBadge);
        setGraphic(box);
        setAccessibleText(title.getText() + ", " + org.getText() + (when == null ? "" : ", " + when));
    }

    private static void shown(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
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
