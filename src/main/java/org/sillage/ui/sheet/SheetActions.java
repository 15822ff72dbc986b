package org.sillage.ui.sheet;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import javafx.stage.FileChooser;
import org.sillage.i18n.Messages;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/**
 * Spreadsheets in and out from the window (ADR 0020): a file chooser, then the work on a worker with its
 * progress and a cancel in the task bar. An import goes through {@link CsvImportDialog} first.
 */
public final class SheetActions {
    private final UiContext ctx;

    public SheetActions(UiContext ctx) {
        this.ctx = ctx;
    }

    public void chooseExportCsv() {
        choose("applications.csv", "sheet.filter.csv", "*.csv", true).ifPresent(this::exportCsv);
    }

    public void chooseExportJson() {
        choose("sillage.json", "sheet.filter.json", "*.json", true).ifPresent(this::exportJson);
    }

    public void chooseImportCsv() {
        choose(null, "sheet.filter.csv", "*.csv", false).ifPresent(this::importCsv);
    }

    private java.util.Optional<Path> choose(String name, String filterKey, String pattern, boolean save) {
        Messages m = ctx.messages();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get(save ? (pattern.endsWith("json") ? "sheet.export.json" : "sheet.export.csv") : "sheet.import.csv"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get(filterKey), pattern));
        if (name != null) {
            chooser.setInitialFileName(name);
        }
        File f = save ? chooser.showSaveDialog(ctx.window().get()) : chooser.showOpenDialog(ctx.window().get());
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    /** Writes every application to {@code file} as CSV, in the background. */
    public void exportCsv(Path file) {
        Messages m = ctx.messages();
        var task = BackgroundTask.wrap(c -> ctx.services().spreadsheets().exportCsv(file, c, c::isCancelled))
                .onSuccess(n -> ctx.taskBar().say(m.get("sheet.exported.csv", n, file)))
                .onFailure(this::failed)
                .onCancelled(() -> ctx.taskBar().say(m.get("sheet.cancelled")))
                .run(ctx.executor());
        ctx.taskBar().follow(task, m.get("sheet.exporting"));
    }

    /** Writes everything to {@code file} as JSON, in the background. */
    public void exportJson(Path file) {
        Messages m = ctx.messages();
        var task = BackgroundTask.wrap(c -> ctx.services().spreadsheets().exportJson(file, c, c::isCancelled))
                .onSuccess(n -> ctx.taskBar().say(m.get("sheet.exported.json", n, file)))
                .onFailure(this::failed)
                .onCancelled(() -> ctx.taskBar().say(m.get("sheet.cancelled")))
                .run(ctx.executor());
        ctx.taskBar().follow(task, m.get("sheet.exporting"));
    }

    /** Reads the file's columns and first rows in the background, then shows the mapping dialog. */
    public void importCsv(Path file) {
        BackgroundTask.wrap(c -> ctx.services().spreadsheets().preview(file, CsvImportDialog.PREVIEW_ROWS))
                .onSuccess(preview -> new CsvImportDialog(ctx, preview).show())
                .onFailure(this::failed)
                .run(ctx.executor());
    }

    private void failed(Throwable e) {
        if (e instanceof CancellationException) {
            ctx.taskBar().say(ctx.messages().get("sheet.cancelled"));
        } else {
            Errors.show(ctx.window().get(), e, ctx.messages());
        }
    }
}
