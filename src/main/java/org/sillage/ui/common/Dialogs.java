package org.sillage.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.sillage.i18n.Messages;

/**
 * Buttons and confirmations in the window's language. JavaFX's own {@link ButtonType#CANCEL} and
 * {@link ButtonType#CLOSE} follow the JVM's locale, not the language chosen in the settings, so every
 * dialog takes its buttons from here.
 */
public final class Dialogs {
    private Dialogs() {
    }

    /**
     * Makes a tall dialog fit the screen it opens on: its content scrolls, and once shown the window is made no
     * taller than the screen's usable height and moved down to it (a 763 pixels high dialog on a 600 pixels high
     * screen had its top, and its first settings, off the screen).
     */
    public static void fitScreen(javafx.scene.control.Dialog<?> dialog) {
        javafx.scene.Node content = dialog.getDialogPane().getContent();
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        // no frame of its own: its insets came off the content's width, and the widest button lost its last letters
        // (set here, not by a style: a dialog has no stylesheet of the application's, and these win over the theme's)
        scroll.setPadding(javafx.geometry.Insets.EMPTY);
        scroll.setBackground(javafx.scene.layout.Background.EMPTY);
        scroll.setBorder(javafx.scene.layout.Border.EMPTY);
        dialog.getDialogPane().setContent(scroll);
        dialog.setOnShown(e -> javafx.application.Platform.runLater(() -> {
            javafx.stage.Window w = dialog.getDialogPane().getScene().getWindow();
            var screens = javafx.stage.Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()),
                    Math.max(1, w.getHeight()));
            javafx.geometry.Rectangle2D usable = (screens.isEmpty() ? javafx.stage.Screen.getPrimary() : screens.get(0))
                    .getVisualBounds();
            if (w.getHeight() > usable.getHeight()) {
                w.setHeight(usable.getHeight());
                // the scroll bar that now shows takes its width from the content's: the window gives it back
                w.setWidth(Math.min(usable.getWidth(), w.getWidth() + SCROLL_BAR_WIDTH));
            }
            if (w.getY() < usable.getMinY() || w.getY() + w.getHeight() > usable.getMaxY()) {
                w.setY(Math.max(usable.getMinY(), usable.getMaxY() - w.getHeight()));
            }
        }));
    }

    /**
     * The dialog's text in a label that wraps and grows in height, with {@code id}: a long message is read whole.
     * The alerts shown at start, before any window, cut theirs to one line (« La base de données de … est ... »).
     */
    public static javafx.scene.control.Label wrappedText(javafx.scene.control.Dialog<?> dialog, String id, String text) {
        javafx.scene.control.Label label = new javafx.scene.control.Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setPrefWidth(TEXT_WIDTH);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(label);
        return label;
    }

    /** The width a dialog's text wraps at. */
    private static final double TEXT_WIDTH = 460;

    /** What a vertical scroll bar takes, at most, from a dialog's width. */
    private static final double SCROLL_BAR_WIDTH = 18;

    public static ButtonType cancel(Messages m) {
        return new ButtonType(m.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close(Messages m) {
        return new ButtonType(m.get("action.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType ok(Messages m) {
        return new ButtonType(m.get("action.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    /**
     * Asks before something that cannot be undone. The safe choice, Cancel, is the default button and
     * has the focus: Enter or Esc keeps everything. True only when {@code action} is chosen.
     */
    public static boolean confirmDestructive(Window owner, Messages m, String id, String header, String text,
                                             String action) {
        ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = cancel(m);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, go, cancel);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(m.get("app.name"));
        alert.setHeaderText(header);
        alert.getDialogPane().setId(id);
        Button goButton = (Button) alert.getDialogPane().lookupButton(go);
        goButton.setDefaultButton(false);
        goButton.setId(id + "Confirm");
        goButton.getStyleClass().add("danger");
        Button cancelButton = (Button) alert.getDialogPane().lookupButton(cancel);
        cancelButton.setDefaultButton(true);
        cancelButton.setId(id + "Cancel");
        alert.setOnShown(e -> cancelButton.requestFocus());
        return alert.showAndWait().filter(b -> b == go).isPresent();
    }
}
