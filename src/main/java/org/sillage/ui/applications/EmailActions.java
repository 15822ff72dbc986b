package org.sillage.ui.applications;

import java.io.File;
import java.nio.file.Path;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.sillage.domain.AgendaItem;
import org.sillage.domain.EmailDraft;
import org.sillage.service.EmailService;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/** "Prepare e-mail" and "Export to calendar" for one application. */
final class EmailActions {
    private final UiContext ctx;

    EmailActions(UiContext ctx) {
        this.ctx = ctx;
    }

    private record Prepared(EmailDraft draft, Path folder) {
    }

    /**
     * Opens the mail client with recipients, subject and body filled in, and the folder with the files to
     * attach; shows the draft too, so that it can be copied when no mail client answers. For a posting
     * that wants postal mail, shows the address to copy.
     */
    void prepare(long applicationId) {
        var m = ctx.messages();
        BackgroundTask.wrap(c -> new Prepared(ctx.services().email().draft(applicationId),
                        ctx.services().email().prepareAttachments(applicationId)))
                .onSuccess(p -> {
                    if (p.draft().byEmail()) {
                        ctx.opener().mail(EmailService.mailto(p.draft()), uri -> ctx.taskBar().say(m.get("email.no_client")));
                        ctx.opener().open(p.folder(), path -> { });
                    }
                    show(p);
                })
                .onFailure(e -> Errors.show(ctx.window().get(), e, m))
                .run(ctx.executor());
    }

    private void show(Prepared p) {
        var m = ctx.messages();
        EmailDraft d = p.draft();
        StringBuilder text = new StringBuilder();
        if (d.byEmail()) {
            text.append(m.get("email.to")).append(' ').append(String.join(", ", d.to())).append('\n');
            if (!d.cc().isEmpty()) {
                text.append(m.get("email.cc")).append(' ').append(String.join(", ", d.cc())).append('\n');
            }
            text.append(m.get("email.subject_label")).append(' ').append(d.subject()).append("\n\n").append(d.body());
        } else if (d.postalAddress() != null) {
            text.append(m.get("email.by_post")).append("\n\n").append(d.postalAddress());
        } else {
            text.append(m.get("email.no_recipient"));
        }
        TextArea area = new TextArea(text.toString());
        area.setId("emailDraft");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(14);
        Label folder = new Label(m.get("email.folder", p.folder()));
        folder.setWrapText(true);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(ctx.window().get());
        alert.setTitle(m.get("email.title"));
        alert.setHeaderText(d.byEmail() ? m.get("email.header") : m.get("email.header_post"));
        alert.getDialogPane().setContent(new VBox(8, area, folder));
        alert.getDialogPane().setId("emailDialog");
        ButtonType copy = new ButtonType(m.get("email.copy_subject"));
        alert.getButtonTypes().setAll(copy, ButtonType.CLOSE);
        alert.showAndWait().filter(b -> b == copy).ifPresent(b -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(d.byEmail() ? d.subject() : String.valueOf(d.postalAddress()));
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    /** Saves the deadlines and events of one application (or all when null) as an .ics file. */
    void exportCalendar(Long applicationId) {
        var m = ctx.messages();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("calendar.export"));
        chooser.setInitialFileName(applicationId == null ? "sillage.ics" : "sillage-" + applicationId + ".ics");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("iCalendar", "*.ics"));
        File file = chooser.showSaveDialog(ctx.window().get());
        if (file == null) {
            return;
        }
        var task = BackgroundTask.wrap(c -> ctx.services().calendar().export(file.toPath(), applicationId, this::summary))
                .onSuccess(n -> ctx.taskBar().say(m.get("cli.export.done", n, file)))
                .onFailure(e -> Errors.show(ctx.window().get(), e, m))
                .run(ctx.executor());
        ctx.taskBar().follow(task, m.get("calendar.export"));
    }

    String summary(AgendaItem i) {
        return ctx.messages().get("calendar.summary", ctx.messages().get(i.kind().messageKey()),
                i.title() == null ? "" : i.title());
    }
}
