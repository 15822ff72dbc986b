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
