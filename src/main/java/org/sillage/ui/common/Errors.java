package org.sillage.ui.common;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.sillage.domain.UserException;
import org.sillage.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure into a message a person can act on; the details go to the log, never to the screen. */
public final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    public static String describe(Throwable e, Messages messages) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UserException u) {
                return messages.translate(u);
            }
        }
        LOG.error("Unexpected failure", e);
        return messages.get("error.unexpected.ui");
    }

    public static void show(Window owner, Throwable e, Messages messages) {
        Alert alert = new Alert(Alert.AlertType.ERROR, describe(e, messages), Dialogs.close(messages));
        alert.setHeaderText(messages.get("error.title"));
        alert.setTitle(messages.get("app.name"));
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.getDialogPane().setId("errorDialog");
        alert.show();
    }
}
