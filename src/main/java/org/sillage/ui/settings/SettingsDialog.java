package org.sillage.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.sillage.domain.Profile;
import org.sillage.i18n.Messages;
import org.sillage.service.SettingsService;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Converters;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/**
 * Settings: the language, the candidate's names (they fill a required e-mail subject), when to propose a
 * follow-up and remind of deadlines, and the import limits.
 */
public final class SettingsDialog {
    /** The data folder as text that can be selected and copied, never cut short. */
    private javafx.scene.control.TextField dataFolderField() {
        var field = new javafx.scene.control.TextField(ctx.services().dataFolder().toString());
        field.setEditable(false);
        field.setId("dataFolder");
        field.setAccessibleText(ctx.messages().get("settings.data_folder"));
        return field;
    }

    private static final String SYSTEM = "system";

    private final UiContext ctx;
    private final java.util.function.Consumer<Locale> onLanguageChanged;

    private final org.sillage.ui.common.FolderActions folderActions;

    public SettingsDialog(UiContext ctx, java.util.function.Consumer<Locale> onLanguageChanged,
                          org.sillage.ui.common.FolderActions folderActions) {
        this.ctx = ctx;
        this.onLanguageChanged = onLanguageChanged;
        this.folderActions = folderActions;
    }

    /** What the dialog edits, read and written off the JavaFX thread. */
    private record Values(String language, Profile profile, int followUpDays, int reminderDays, int maxFileMb,
                          int timeoutSeconds, int maxTextKb, int noAnswerDays) {
    }

    /** Reads the current settings off the JavaFX thread, then shows the dialog. */
    public void show() {
        SettingsService s = ctx.services().settings();
        BackgroundTask.wrap(c -> new Values(s.language().orElse(SYSTEM), s.profile(), s.followUpDays(),
                        s.reminderDays(), s.maxFileMegabytes(), s.timeoutSeconds(), s.maxTextKilobytes(),
                        s.noAnswerDays()))
                .onSuccess(this::show)
                .onFailure(e -> Errors.show(ctx.window().get(), e, ctx.messages()))
                .run(ctx.executor());
    }

    private void show(Values current) {
        Messages m = ctx.messages();
        List<String> codes = new ArrayList<>();
        codes.add(SYSTEM);
        Messages.SUPPORTED.forEach(l -> codes.add(l.getLanguage()));
        ChoiceBox<String> language = new ChoiceBox<>();
        language.setId("languageChoice");
        language.getItems().setAll(codes);
        language.setConverter(Converters.showing(code -> {
            if (SYSTEM.equals(code)) {
                return m.get("settings.language.system");
            }
            Locale l = Locale.forLanguageTag(code);
            String own = l.getDisplayLanguage(l);
            return Character.toUpperCase(own.charAt(0)) + own.substring(1);
        }));
        language.setValue(current.language());
        TextField first = field("firstName", current.profile().firstName());
        TextField last = field("lastName", current.profile().lastName());
        TextField email = field("profileEmail", current.profile().email());
        Spinner<Integer> followUp = spinner("followUpDays", 1, 90, current.followUpDays());
        Spinner<Integer> remind = spinner("reminderDays", 0, 60, current.reminderDays());
        Spinner<Integer> noAnswer = spinner("noAnswerDays", 1, 365, current.noAnswerDays());
        Spinner<Integer> maxMb = spinner("maxFileMb", 1, 1024, current.maxFileMb());
        Spinner<Integer> timeout = spinner("timeoutSeconds", 1, 600, current.timeoutSeconds());
        Spinner<Integer> maxText = spinner("maxTextKb", 16, 65536, current.maxTextKb());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        int row = 0;
        grid.addRow(row++, new Label(m.get("settings.language")), language);
        grid.addRow(row++, heading(m.get("settings.profile")));
        grid.addRow(row++, new Label(m.get("settings.first_name")), first);
        grid.addRow(row++, new Label(m.get("settings.last_name")), last);
        grid.addRow(row++, new Label(m.get("settings.email")), email);
        grid.addRow(row++, heading(m.get("settings.follow")));
        grid.addRow(row++, new Label(m.get("settings.follow_up_days")), followUp);
        grid.addRow(row++, new Label(m.get("settings.reminder_days")), remind);
        grid.addRow(row++, new Label(m.get("settings.no_answer_days")), noAnswer);
        grid.addRow(row++, heading(m.get("settings.imports")));
        grid.addRow(row++, new Label(m.get("settings.max_file_mb")), maxMb);
        grid.addRow(row++, new Label(m.get("settings.timeout_seconds")), timeout);
        grid.addRow(row++, new Label(m.get("settings.max_text_kb")), maxText);
        grid.addRow(row++, new Label(m.get("settings.data_folder")), dataFolderField());
        javafx.scene.control.Button backups = new javafx.scene.control.Button(m.get("backup.title") + "…");
        backups.setId("backupsButton");
        backups.setOnAction(e -> new org.sillage.ui.backup.BackupDialog(ctx, folderActions::restore).show());
        grid.addRow(row++, new Label(m.get("backup.title")), backups);
        javafx.scene.control.Button protection = new javafx.scene.control.Button(m.get("protect.open"));
        protection.setId("protectionButton");
        protection.setOnAction(e -> new ProtectionDialog(ctx, folderActions).show());
        grid.addRow(row, new Label(m.get("protect.title")), protection);

        Dialog<Values> dialog = new Dialog<>();
        dialog.initOwner(ctx.window().get());
        dialog.setTitle(m.get("settings.title"));
        dialog.getDialogPane().setId("settingsDialog");
        dialog.getDialogPane().setContent(grid);
        org.sillage.ui.common.Dialogs.fitScreen(dialog);
        ButtonType ok = org.sillage.ui.common.Dialogs.ok(m);
        ButtonType cancel = org.sillage.ui.common.Dialogs.cancel(m);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().lookupButton(cancel).setId("settingsCancel");
        dialog.setResultConverter(b -> b != ok ? null : new Values(language.getValue(),
                new Profile(first.getText(), last.getText(), email.getText()), followUp.getValue(), remind.getValue(),
                maxMb.getValue(), timeout.getValue(), maxText.getValue(), noAnswer.getValue()));
        dialog.showAndWait().ifPresent(v -> BackgroundTask.wrap(c -> {
            SettingsService s = ctx.services().settings();
            s.setProfile(v.profile().firstName(), v.profile().lastName(), v.profile().email());
            s.setNumbers(v.followUpDays(), v.reminderDays(), v.maxFileMb(), v.timeoutSeconds());
            s.setMaxTextKilobytes(v.maxTextKb());
            s.setNoAnswerDays(v.noAnswerDays());
            if (!v.language().equals(current.language())) {
                s.setLanguage(SYSTEM.equals(v.language()) ? "" : v.language());
                return java.util.Optional.of(s.effectiveLocale());
            }
            return java.util.Optional.<Locale>empty();
        }).onSuccess(languageChanged -> {
            ctx.taskBar().say(m.get("settings.saved"));
            if (languageChanged.isPresent()) {
                onLanguageChanged.accept(languageChanged.get());
            } else {
                ctx.navigator().dataChanged();
            }
        }).onFailure(e -> Errors.show(ctx.window().get(), e, m)).run(ctx.executor()));
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        f.setPrefColumnCount(24);
        return f;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int value) {
        Spinner<Integer> s = new Spinner<>(min, max, Math.max(min, Math.min(max, value)));
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(110);
        return s;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }
}
