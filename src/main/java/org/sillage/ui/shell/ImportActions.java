package org.sillage.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.FileChooser;
import org.sillage.i18n.Messages;
import org.sillage.service.ImportOutcome;
import org.sillage.service.ImportReport;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Errors;

/** Bringing postings in from the UI: sample postings, files (chooser or drop) and pasted text. */
public final class ImportActions {
    private final UiContext ctx;

    public ImportActions(UiContext ctx) {
        this.ctx = ctx;
    }

    public void loadSamples() {
        run(ctx.messages().get("import.samples.running"),
                c -> ctx.services().imports().importSamples(c, c::isCancelled), false, refused -> { });
    }

    private static boolean notAPosting(ImportOutcome o) {
        return o.kind() == ImportOutcome.Kind.FAILED && o.error() != null
                && "error.import.not_a_posting".equals(o.error().key());
    }

    /** Asks whether to import what does not look like a posting; Cancel is the default. */
    private boolean confirmNotPostings(List<ImportOutcome> refused) {
        Messages m = ctx.messages();
        String names = refused.stream().map(o -> "• " + ("paste".equals(o.source()) ? m.get("import.pasted_text")
                : Path.of(o.source()).getFileName().toString())).collect(java.util.stream.Collectors.joining("\n"));
        ButtonType anyway = new ButtonType(m.get("import.anyway"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = org.sillage.ui.common.Dialogs.cancel(m);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, m.get("import.not_a_posting_text", names), anyway, cancel);
        ask.initOwner(ctx.window().get());
        ask.setTitle(m.get("app.name"));
        ask.setHeaderText(m.get("import.not_a_posting_header", refused.size()));
        ask.getDialogPane().setId("notAPostingDialog");
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(anyway)).setDefaultButton(false);
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(anyway)).setId("importAnyway");
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return ask.showAndWait().filter(b -> b == anyway).isPresent();
    }

    public void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.messages().get("import.choose.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(ctx.messages().get("import.choose.postings"), "*.txt", "*.md", "*.markdown", "*.text", "*.tex",
                        "*.pdf", "*.docx", "*.doc", "*.odt", "*.rtf", "*.html", "*.htm", "*.eml"),
                new FileChooser.ExtensionFilter(ctx.messages().get("import.choose.all"), "*"));
        List<File> files = chooser.showOpenMultipleDialog(ctx.window().get());
        if (files != null && !files.isEmpty()) {
            importFiles(files.stream().map(File::toPath).toList());
        }
    }

    public void importFiles(List<Path> paths) {
        importFiles(paths, false);
    }

    private void importFiles(List<Path> paths, boolean force) {
        run(ctx.messages().get("import.files.running"),
                c -> ctx.services().imports().importPaths(paths, c, c::isCancelled, o -> { }, force), true,
                refused -> importFiles(refused.stream().map(o -> Path.of(o.source())).toList(), true));
    }

    /** Asks for the text of a posting, prefilled from the clipboard, and imports it. */
    public void pasteText() {
        Messages m = ctx.messages();
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(ctx.window().get());
        dialog.setTitle(m.get("import.paste.title"));
        dialog.setHeaderText(m.get("import.paste.header"));
        TextArea area = new TextArea();
        area.setId("pasteArea");
        area.setWrapText(true);
        area.setPrefSize(640, 400);
        Clipboard clipboard = Clipboard.getSystemClipboard();
        String html = clipboard.hasHtml() ? clipboard.getHtml() : null;
        if (clipboard.hasString()) {
            area.setText(clipboard.getString());
        }
        dialog.getDialogPane().setContent(area);
        ButtonType importType = new ButtonType(m.get("action.import"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(importType, org.sillage.ui.common.Dialogs.cancel(m));
        dialog.getDialogPane().lookupButton(importType).disableProperty().bind(area.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == importType ? area.getText() : null);
        String original = area.getText();
        // the page's HTML (main content, JSON-LD) is used only when the user kept the pasted text as it was
        dialog.showAndWait().ifPresent(text -> importClipboard(text, text.equals(original) ? html : null));
    }

    /** Imports what the clipboard holds: its HTML when given (main content and JSON-LD), else its text. */
    public void importClipboard(String text, String html) {
        importClipboard(text, html, false);
    }

    /** Unless {@code force}, a text that does not look like a posting is imported only once the user agrees. */
    private void importClipboard(String text, String html, boolean force) {
        run(ctx.messages().get("import.paste.running"), c -> {
            ImportOutcome o = ctx.services().imports().importClipboard(text, html, force);
            return new ImportReport(List.of(o), false);
        }, false, refused -> importClipboard(text, html, true));
    }

    /**
     * Runs an import; {@code bulk} imports always end with their report. What did not look like a posting
     * is listed in a question, and {@code retry} imports it when the user agrees.
     */
    private void run(String what, BackgroundTask.Work<ImportReport> work, boolean bulk,
                     java.util.function.Consumer<List<ImportOutcome>> retry) {
        var task = BackgroundTask.wrap(work)
                .onSuccess(report -> {
                    List<ImportOutcome> refused = report.outcomes().stream().filter(ImportActions::notAPosting).toList();
                    List<ImportOutcome> rest = report.outcomes().stream().filter(o -> !notAPosting(o)).toList();
                    if (!rest.isEmpty() || refused.isEmpty()) {
                        done(new ImportReport(rest, report.cancelled()), bulk);
                    }
                    if (!refused.isEmpty() && confirmNotPostings(refused)) {
                        retry.accept(refused);
                    }
                })
                .onFailure(e -> Errors.show(ctx.window().get(), e, ctx.messages()))
                .onCancelled(() -> {
                    ctx.taskBar().say(ctx.messages().get("import.cancelled"));
                    ctx.navigator().dataChanged();
                })
                .run(ctx.executor());
        ctx.taskBar().follow(task, what);
    }

    private void done(ImportReport report, boolean bulk) {
        Messages m = ctx.messages();
        long imported = report.count(ImportOutcome.Kind.IMPORTED) + report.count(ImportOutcome.Kind.NEW_VERSION);
        long duplicates = report.count(ImportOutcome.Kind.DUPLICATE);
        long failed = report.count(ImportOutcome.Kind.FAILED);
        String summary = m.get("import.summary", imported, duplicates, failed);
        Long select = report.outcomes().stream().filter(o -> o.postingId() != null)
                .map(ImportOutcome::postingId).findFirst().orElse(null);
        ctx.navigator().dataChanged();
        // the summary is said once the list shows what was imported, not before
        ctx.navigator().showPostingsThen(select, () -> ctx.taskBar().say(summary));
        // a bulk import always ends with its report; a single file only when something needs saying
        boolean appliedBefore = report.outcomes().stream().anyMatch(o -> !o.earlier().isEmpty());
        if ((bulk && report.outcomes().size() > 1) || failed > 0 || report.count(ImportOutcome.Kind.NEW_VERSION) > 0
                || (duplicates > 0 && imported == 0) || appliedBefore) {
            showReport(summary, report);
        }
    }

    /** The summary, file by file, in a dialog whose text can be selected and copied. */
    private void showReport(String summary, ImportReport report) {
        Messages m = ctx.messages();
        StringBuilder lines = new StringBuilder();
        for (ImportOutcome o : report.outcomes()) {
            lines.append(switch (o.kind()) {
                case IMPORTED -> m.get("import.line.imported", o.source());
                case DUPLICATE -> m.get("import.line.duplicate", o.source(), o.title() == null ? "" : o.title());
                case NEW_VERSION -> m.get("import.line.new_version", o.source(), o.previousVersionId());
                case FAILED -> m.get("import.line.failed", o.source(), Errors.describe(o.error(), m));
            }).append('\n');
            if (!o.earlier().isEmpty()) {
                // "did I already apply?": said under the file it concerns
                lines.append("  ").append(org.sillage.ui.common.EarlierApplicationsText.describe(o.earlier(), m, ctx.formats())
                        .replace("\n", "\n  ")).append('\n');
            }
        }
        Alert alert = new Alert(report.hasFailures() ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION, "",
                org.sillage.ui.common.Dialogs.close(m));
        alert.initOwner(ctx.window().get());
        alert.setTitle(m.get("import.report.title"));
        alert.setHeaderText(summary);
        TextArea details = new TextArea(lines.toString());
        details.setId("importReport");
        details.setEditable(false);
        details.setWrapText(true);
        // a failure's reason takes two lines or three: one file's report showed a line and a half behind a scroll bar
        details.setPrefRowCount(Math.min(12, Math.max(3, 2 * report.outcomes().size())));
        alert.getDialogPane().setContent(details);
        alert.getDialogPane().setId("importReportDialog");
        // over the window, also when the file chooser that just closed gave the window its focus back
        alert.setOnShown(e -> javafx.application.Platform.runLater(
                () -> ((javafx.stage.Stage) alert.getDialogPane().getScene().getWindow()).toFront()));
        alert.show();
    }
}
