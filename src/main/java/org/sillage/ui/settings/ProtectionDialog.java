package org.sillage.ui.settings;

import java.nio.file.Path;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sillage.domain.UserException;
import org.sillage.i18n.Messages;
import org.sillage.service.ProtectionService;
import org.sillage.ui.common.FolderActions;
import org.sillage.ui.shell.UiContext;

/**
 * Settings → Password protection: protect the data with a password, change it, or remove it (ADR 0016).
 * The passwords are checked here (the same twice, long enough); the work itself closes and reopens the
 * data folder through {@link FolderActions}, off the JavaFX thread.
 */
public final class ProtectionDialog {
    private final UiContext ctx;
    private final FolderActions actions;
    private final Label status = new Label();

    public ProtectionDialog(UiContext ctx, FolderActions actions) {
        this.ctx = ctx;
        this.actions = actions;
    }

    public void show() {
        Messages m = ctx.messages();
        boolean on = ctx.services().key().isProtected();
        Path folder = ctx.services().dataFolder();

        Label intro = new Label(m.get(on ? "protect.intro.on" : "protect.intro.off"));
        intro.setWrapText(true);
        intro.setPrefWidth(520);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        PasswordField current = field("protectCurrent");
        PasswordField next = field("protectNew");
        PasswordField again = field("protectAgain");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        int row = 0;
        if (on) {
            grid.addRow(row++, new Label(m.get("protect.current")), current);
        }
        grid.addRow(row++, new Label(m.get(on ? "protect.new" : "protect.password")), next);
        grid.addRow(row, new Label(m.get("protect.confirm")), again);
        status.setId("protectStatus");
        status.setWrapText(true);
        status.setPrefWidth(520);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.textProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(() -> {
            if (status.getScene() != null) {
                status.getScene().getWindow().sizeToScene();
            }
        }));
        status.getStyleClass().add("field-error");

        Dialog<Void> dialog = new Dialog<>();
        HBox buttons = new HBox(8);
        if (on) {
            Button change = new Button(m.get("protect.change"));
            change.setId("protectChange");
            change.setDefaultButton(true);
            change.setOnAction(e -> {
                char[] password = checked(next, again);
                if (password != null && required(current)) {
                    char[] old = current.getText().toCharArray();
                    dialog.close();
                    actions.changeProtection(key -> ProtectionService.change(folder, old, password), "protect.done.change");
                }
            });
            Button remove = new Button(m.get("protect.disable"));
            remove.setId("protectDisable");
            remove.setOnAction(e -> {
                if (required(current)) {
                    char[] old = current.getText().toCharArray();
                    dialog.close();
                    actions.changeProtection(key -> ProtectionService.disable(folder, old), "protect.done.off");
                }
            });
            buttons.getChildren().addAll(change, remove);
        } else {
            Button enable = new Button(m.get("protect.enable"));
            enable.setId("protectEnable");
            enable.setDefaultButton(true);
            enable.setOnAction(e -> {
                char[] password = checked(next, again);
                if (password != null) {
                    dialog.close();
                    actions.changeProtection(key -> ProtectionService.enable(folder, password), "protect.done.on");
                }
            });
            buttons.getChildren().add(enable);
        }
        VBox content = new VBox(12, intro, grid, buttons, status);
        content.setPadding(new Insets(12));
        content.setMaxWidth(560);

        dialog.initOwner(ctx.window().get());
        dialog.setTitle(m.get("protect.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("protectionDialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(m.get("action.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.show();
        (on ? current : next).requestFocus();
    }

    private static PasswordField field(String id) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.setPrefColumnCount(24);
        return f;
    }

    /** The new password when both fields agree and it is long enough, else null with the reason shown. */
    private char[] checked(PasswordField password, PasswordField again) {
        if (!password.getText().equals(again.getText())) {
            status.setText(ctx.messages().get("protect.mismatch"));
            again.requestFocus();
            return null;
        }
        char[] chars = password.getText().toCharArray();
        try {
            ProtectionService.requireStrong(chars);
        } catch (UserException e) {
            status.setText(ctx.messages().translate(e));
            password.requestFocus();
            return null;
        }
        return chars;
    }

    private boolean required(PasswordField current) {
        if (current.getText().isEmpty()) {
            status.setText(ctx.messages().translate(new UserException("error.password.required", ctx.services().dataFolder())));
            current.requestFocus();
            return false;
        }
        return true;
    }
}
