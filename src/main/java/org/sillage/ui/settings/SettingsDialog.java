package org.sillage.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.sillage.i18n.Messages;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/** Settings: the language of the interface (follow the system, or a chosen one). */
public final class SettingsDialog {
    private static final String SYSTEM = "system";

    private final UiContext ctx;
    private final Runnable onLanguageChanged;

    public SettingsDialog(UiContext ctx, Runnable onLanguageChanged) {
        this.ctx = ctx;
        this.onLanguageChanged = onLanguageChanged;
    }

    /** Reads the current choice off the JavaFX thread, then shows the dialog. */
    public void show() {
        BackgroundTask.wrap(c -> ctx.services().settings().language().orElse(SYSTEM))
                .onSuccess(this::show)
                .onFailure(e -> Errors.show(ctx.window().get(), e, ctx.messages()))
                .run(ctx.executor());
    }

    private void show(String current) {
        Messages m = ctx.messages();
        List<String> codes = new ArrayList<>();
        codes.add(SYSTEM);
        Messages.SUPPORTED.forEach(l -> codes.add(l.getLanguage()));
        ChoiceBox<String> language = new ChoiceBox<>();
        language.setId("languageChoice");
        language.getItems().setAll(codes);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                if (code == null) {
                    return "";
                }
                if (SYSTEM.equals(code)) {
                    return m.get("settings.language.system");
                }
                Locale l = Locale.forLanguageTag(code);
                String own = l.getDisplayLanguage(l);
                return Character.toUpperCase(own.charAt(0)) + own.substring(1);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        language.setValue(current);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.setPadding(new Insets(16));
        grid.addRow(0, new Label(m.get("settings.language")), language);
        grid.addRow(1, new Label(m.get("settings.data_folder")), new Label(ctx.services().dataFolder().toString()));

        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(ctx.window().get());
        dialog.setTitle(m.get("settings.title"));
        dialog.getDialogPane().setId("settingsDialog");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? language.getValue() : null);
        dialog.showAndWait().filter(code -> !code.equals(current)).ifPresent(code ->
                BackgroundTask.wrap(c -> {
                    ctx.services().settings().setLanguage(SYSTEM.equals(code) ? "" : code);
                    return code;
                }).onSuccess(c -> onLanguageChanged.run())
                        .onFailure(e -> Errors.show(ctx.window().get(), e, m))
                        .run(ctx.executor()));
    }
}
