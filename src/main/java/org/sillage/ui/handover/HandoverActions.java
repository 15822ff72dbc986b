package org.sillage.ui.handover;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.sillage.domain.Handover;
import org.sillage.domain.Seeker;
import org.sillage.i18n.Messages;
import org.sillage.service.HandoverService;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Dialogs;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/**
 * The current job seeker's record from the window (ADR 0025): a hand-over archive out and in with a
 * passphrase, the conflicts an import left, the person's data exported or erased. Files are chosen and
 * passphrases typed on the JavaFX thread; the work runs on a worker, its outcome said in the task bar.
 */
public final class HandoverActions {
    private final UiContext ctx;

    public HandoverActions(UiContext ctx) {
        this.ctx = ctx;
    }

    /** The menu's entries, after a separator. */
    public List<MenuItem> menuItems() {
        Messages m = ctx.messages();
        return List.of(new SeparatorMenuItem(),
                item("handoverExportItem", m.get("handover.menu.export"), this::chooseExport),
                item("handoverImportItem", m.get("handover.menu.import"), this::chooseImport),
                item("handoverConflictsItem", m.get("handover.menu.conflicts"), this::showConflicts),
                new SeparatorMenuItem(),
                item("gdprExportItem", m.get("gdpr.menu.export"), this::chooseGdprExport),
                item("gdprEraseItem", m.get("gdpr.menu.erase"), this::confirmErase));
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private Seeker current() {
        return ctx.services().seekers().current();
    }

    public void chooseExport() {
        Messages m = ctx.messages();
        Seeker s = current();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("handover.menu.export"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("handover.filter"), "*.sillage"));
        chooser.setInitialFileName(s.displayName().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + ".sillage");
        File f = chooser.showSaveDialog(ctx.window().get());
        if (f != null) {
            exportTo(f.toPath());
        }
    }

    /** Asks a new passphrase (twice), then writes the current person's archive to {@code file} in the background. */
    public void exportTo(Path file) {
        Messages m = ctx.messages();
        Seeker s = current();
        passphrase(true, m.get("handover.intro.export", s.displayName())).ifPresent(p -> {
            var task = BackgroundTask.wrap(c -> {
                try {
                    return ctx.services().handover().export(s.id(), file, p);
                } finally {
                    Arrays.fill(p, ' ');
                }
            }).onSuccess(done -> ctx.taskBar().say(m.get("handover.exported", done.seekerName(), done.file())))
                    .onFailure(this::failed)
                    .run(ctx.executor());
            ctx.taskBar().follow(task, m.get("handover.exporting"));
        });
    }

    public void chooseImport() {
        Messages m = ctx.messages();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("handover.menu.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("handover.filter"), "*.sillage"));
        File f = chooser.showOpenDialog(ctx.window().get());
        if (f != null) {
            importArchive(f.toPath());
        }
    }

    /** Asks the archive's passphrase, then imports it in the background. */
    public void importArchive(Path file) {
        Messages m = ctx.messages();
        passphrase(false, m.get("handover.intro.import", file.getFileName())).ifPresent(p -> {
            var task = BackgroundTask.wrap(c -> {
                try {
                    return ctx.services().handover().importArchive(file, p);
                } finally {
                    Arrays.fill(p, ' ');
                }
            }).onSuccess(done -> {
                ctx.taskBar().say(done.changedNothing() ? m.get("handover.imported_nothing", done.seekerName())
                        : m.get("handover.imported", done.seekerName(), done.added(), done.updated()));
                ctx.navigator().dataChanged();
                if (done.conflicts() > 0) {
                    showConflicts();
                }
            }).onFailure(this::failed).run(ctx.executor());
            ctx.taskBar().follow(task, m.get("handover.importing"));
        });
    }

    /**
     * A passphrase typed (twice for a new archive), or empty when cancelled. The dialog keeps a passphrase
     * that is too short or typed differently, and says why.
     */
    private Optional<char[]> passphrase(boolean twice, String intro) {
        Messages m = ctx.messages();
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(ctx.window().get());
        dialog.setTitle(m.get("app.name"));
        dialog.getDialogPane().setId("passphraseDialog");
        Label text = new Label(intro);
        text.setWrapText(true);
        text.setPrefWidth(460);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        PasswordField first = new PasswordField();
        first.setId("passphraseField");
        first.setPrefColumnCount(24);
        PasswordField again = new PasswordField();
        again.setId("passphraseAgain");
        again.setPrefColumnCount(24);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label(m.get("handover.passphrase")), first);
        if (twice) {
            grid.addRow(1, new Label(m.get("handover.passphrase_again")), again);
        }
        Label status = new Label();
        status.setId("passphraseStatus");
        status.setWrapText(true);
        status.setPrefWidth(460);
        status.getStyleClass().add("field-error");
        VBox content = new VBox(12, text, grid, status);
        content.setPadding(new Insets(12));
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(m.get(twice ? "handover.action.export" : "handover.action.import"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, Dialogs.cancel(m));
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("passphraseOk");
        okButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (twice && first.getText().length() < HandoverService.MIN_PASSPHRASE) {
                status.setText(m.get("error.handover.passphrase_short", HandoverService.MIN_PASSPHRASE));
                e.consume();
            } else if (twice && !first.getText().equals(again.getText())) {
                status.setText(m.get("error.handover.passphrase_mismatch"));
                e.consume();
            } else if (first.getText().isEmpty()) {
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ok ? first.getText().toCharArray() : null);
        dialog.setOnShown(e -> first.requestFocus());
        return dialog.showAndWait();
    }

    /** The conflicts of the current seeker, each resolved by keeping this side's value or taking the archive's. */
    public void showConflicts() {
        Messages m = ctx.messages();
        long seeker = current().id();
        ListView<Handover.Conflict> list = new ListView<>();
        list.setId("conflictList");
        list.setFixedCellSize(68); // three lines a row: the field, this side's value, the archive's
        list.setPrefSize(620, 260);
        list.setPlaceholder(new Label(m.get("handover.conflicts.none")));
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Handover.Conflict c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : m.get("handover.conflict.row", c.label() == null ? "" : c.label(),
                        c.field().replace('_', ' '), shown(m, c.field(), c.mine()), shown(m, c.field(), c.theirs())));
            }
        });
        Runnable reload = () -> BackgroundTask.wrap(c -> ctx.services().handover().conflicts(seeker))
                .onSuccess(all -> list.getItems().setAll(all)).onFailure(this::failed).run(ctx.executor());
        Button mine = new Button(m.get("handover.conflict.keep_mine"));
        mine.setId("conflictKeepMine");
        Button theirs = new Button(m.get("handover.conflict.take_theirs"));
        theirs.setId("conflictTakeTheirs");
        mine.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        theirs.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        mine.setOnAction(e -> resolve(list.getSelectionModel().getSelectedItem(), Handover.Keep.MINE, reload));
        theirs.setOnAction(e -> resolve(list.getSelectionModel().getSelectedItem(), Handover.Keep.THEIRS, reload));
        Label intro = new Label(m.get("handover.conflicts.intro"));
        intro.setWrapText(true);
        intro.setPrefWidth(620);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox content = new VBox(10, intro, list, new HBox(8, mine, theirs));
        content.setPadding(new Insets(12));
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(ctx.window().get());
        dialog.setTitle(m.get("handover.menu.conflicts"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("conflictsDialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(Dialogs.close(m));
        reload.run();
        dialog.show();
    }

    private void resolve(Handover.Conflict c, Handover.Keep keep, Runnable reload) {
        BackgroundTask.wrap(t -> {
            ctx.services().handover().resolve(c.id(), keep);
            return null;
        }).onSuccess(x -> {
            reload.run();
            ctx.navigator().dataChanged();
        }).onFailure(this::failed).run(ctx.executor());
    }

    private static String shown(Messages m, String field, String value) {
        if (value == null || value.isBlank()) {
            return "∅";
        }
        if (field.equals("status")) {
            try {
                return m.get(org.sillage.domain.ApplicationStatus.valueOf(value).messageKey());
            } catch (IllegalArgumentException e) {
                return value;
            }
        }
        String one = value.replaceAll("\\s+", " ");
        return one.length() > 80 ? one.substring(0, 79) + "…" : one;
    }

    public void chooseGdprExport() {
        Messages m = ctx.messages();
        Seeker s = current();
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(m.get("gdpr.menu.export"));
        File dir = chooser.showDialog(ctx.window().get());
        if (dir == null) {
            return;
        }
        var task = BackgroundTask.wrap(c -> ctx.services().gdpr().export(s.id(), dir.toPath()))
                .onSuccess(done -> ctx.taskBar().say(m.get("gdpr.exported", s.displayName(), done.json())))
                .onFailure(this::failed).run(ctx.executor());
        ctx.taskBar().follow(task, m.get("gdpr.exporting"));
    }

    public void confirmErase() {
        Messages m = ctx.messages();
        Seeker s = current();
        if (s.isDefault()) {
            Errors.show(ctx.window().get(), new org.sillage.domain.UserException("error.gdpr.default", s.displayName()), m);
            return;
        }
        if (!Dialogs.confirmDestructive(ctx.window().get(), m, "eraseDialog", m.get("gdpr.erase.header", s.displayName()),
                m.get("gdpr.erase.text"), m.get("gdpr.erase.action"))) {
            return;
        }
        var task = BackgroundTask.wrap(c -> ctx.services().gdpr().erase(s.id()))
                .onSuccess(done -> {
                    // the folder's own person is current again; the screens follow
                    ctx.services().seekers().switchTo(ctx.services().seekers().current().id());
                    ctx.navigator().dataChanged();
                    ctx.taskBar().say(m.get("gdpr.erased", done.name(), done.rows(), done.files()));
                }).onFailure(this::failed).run(ctx.executor());
        ctx.taskBar().follow(task, m.get("gdpr.erasing"));
    }

    private void failed(Throwable e) {
        Errors.show(ctx.window().get(), e, ctx.messages());
    }
}
