package org.sillage.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sillage.domain.UserException;
import org.sillage.i18n.Messages;
import org.sillage.service.AppServices;
import org.sillage.service.FolderKey;

/**
 * The password asked for a protected folder at start. The key is derived and the folder opened off the JavaFX
 * thread; a wrong password is said in the dialog, which stays open for another try.
 */
final class UnlockDialog {

    /** Where the dialog leads. */
    interface Outcome {
        /** The folder is open (the dialog has closed). */
        void opened(OpenedFolder folder);

        /** The password was right but the database cannot be read (the dialog has closed). */
        void damaged(FolderKey key);

        /** The folder could not be opened for another reason (the dialog has closed). */
        void failed(UserException error);

        /** The person closed the dialog without opening the folder. */
        void quit();
    }

    private UnlockDialog() {
    }

    static Dialog<Void> show(Path folder, Messages messages, Outcome outcome) {
        PasswordField password = new PasswordField();
        password.setId("unlockPassword");
        password.setPrefColumnCount(24);
        password.setAccessibleText(messages.get("protect.password"));
        Label prompt = new Label(messages.get("unlock.prompt", folder));
        prompt.setWrapText(true);
        prompt.setPrefWidth(460);
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("unlockStatus");
        status.setWrapText(true);
        status.setPrefWidth(460);
        status.setMinHeight(Region.USE_PREF_SIZE);
        // a longer message makes the dialog grow rather than cut it
        status.textProperty().addListener((o, was, now) -> Platform.runLater(() -> {
            if (status.getScene() != null) {
                status.getScene().getWindow().sizeToScene();
            }
        }));
        status.getStyleClass().add("field-error");
        VBox content = new VBox(10, prompt, password, status);
        content.setPadding(new Insets(8));

        ButtonType open = new ButtonType(messages.get("unlock.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(messages.get("unlock.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(messages.get("app.name"));
        dialog.setHeaderText(messages.get("unlock.title"));
        dialog.getDialogPane().setId("unlockDialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(open, quit);
        dialog.getDialogPane().getStylesheets().add(
                java.util.Objects.requireNonNull(SillageFx.class.getResource("sillage.css")).toExternalForm());
        Node openButton = dialog.getDialogPane().lookupButton(open);
        boolean[] opened = new boolean[1];
        openButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes only once the folder is open
            char[] typed = password.getText().toCharArray();
            openButton.setDisable(true);
            password.setDisable(true);
            status.setText(messages.get("unlock.working"));
            FolderKey[] key = {null};
            CompletableFuture.supplyAsync(() -> {
                key[0] = AppServices.unlock(folder, typed);
                java.util.Arrays.fill(typed, ' ');
                return OpenedFolder.open(folder, key[0]);
            }).whenComplete((o, error) -> Platform.runLater(() -> {
                if (error == null) {
                    opened[0] = true;
                    dialog.setResult(null);
                    dialog.close();
                    outcome.opened(o);
                    return;
                }
                UserException u = OpenedFolder.why(error);
                if ("error.password.wrong".equals(u.key())) {
                    status.setText(messages.translate(u));
                    openButton.setDisable(false);
                    password.setDisable(false);
                    password.clear();
                    password.requestFocus();
                    return;
                }
                opened[0] = true;
                dialog.setResult(null);
                dialog.close();
                if ("error.database.unreadable".equals(u.key())) {
                    outcome.damaged(key[0]);
                } else {
                    outcome.failed(u);
                }
            }));
        });
        Platform.runLater(password::requestFocus);
        dialog.setResultConverter(b -> null);
        dialog.setOnHidden(e -> {
            if (!opened[0] && !openButton.isDisabled()) {
                outcome.quit();
            }
        });
        dialog.show();
        return dialog;
    }
}
