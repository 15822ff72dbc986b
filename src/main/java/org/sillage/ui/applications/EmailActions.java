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

    /** What the dialog shows: its header, the text to read and copy, and whether there is an e-mail at all. */
    record View(String header, String text, boolean hasEmail, boolean byPost) {
    }

    /**
     * The draft in words. A posting that wants a letter by post leads with the address and the letter;
     * its e-mail addresses are then a copy, listed once. A posting with no address says so, and nothing more.
     */
    static View compose(EmailDraft d, org.sillage.i18n.Messages m) {
        StringBuilder text = new StringBuilder();
        boolean byPost = d.postalAddress() != null && !d.postalAddress().isBlank();
        if (byPost) {
            text.append(m.get("email.by_post")).append("\n").append(d.postalAddress().strip()).append("\n\n");
            if (d.byEmail()) {
                java.util.LinkedHashSet<String> copies = new java.util.LinkedHashSet<>(d.to());
                copies.addAll(d.cc());
                text.append(m.get("email.copy_to")).append(' ').append(String.join(", ", copies)).append('\n');
            }
        } else if (d.byEmail()) {
            text.append(m.get("email.to")).append(' ').append(String.join(", ", d.to())).append('\n');
            if (!d.cc().isEmpty()) {
                text.append(m.get("email.cc")).append(' ').append(String.join(", ", d.cc())).append('\n');
            }
        }
        if (!byPost && !d.byEmail()) {
            return new View(m.get("email.header_none"), m.get("email.no_recipient"), false, false);
        }
        text.append(m.get("email.subject_label")).append(' ').append(d.subject()).append("\n\n").append(d.body());
        String header = byPost ? m.get("email.header_post") : m.get("email.header");
        return new View(header, text.toString(), d.byEmail(), byPost);
    }

    private void show(Prepared p) {
        var m = ctx.messages();
        EmailDraft d = p.draft();
        View v = compose(d, m);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(ctx.window().get());
        alert.setTitle(m.get("email.title"));
        alert.setHeaderText(v.header());
        alert.getDialogPane().setId("emailDialog");
        ButtonType close = org.sillage.ui.common.Dialogs.close(m);
        if (!v.hasEmail() && !v.byPost()) {
            Label none = new Label(v.text());
            none.setId("emailDraft");
            none.setWrapText(true);
            alert.getDialogPane().setContent(none);
            alert.getButtonTypes().setAll(close);
            alert.showAndWait();
            return;
        }
        TextArea area = new TextArea(v.text());
        area.setId("emailDraft");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(14);
        area.setAccessibleText(m.get("email.title"));
        Label folder = new Label(m.get("email.folder", p.folder()));
        folder.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(8, area, folder));
        ButtonType copyAll = new ButtonType(m.get("email.copy_all"), javafx.scene.control.ButtonBar.ButtonData.LEFT);
        ButtonType copySubject = new ButtonType(m.get("email.copy_subject"), javafx.scene.control.ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copyAll, copySubject, close);
        alert.getDialogPane().lookupButton(copyAll).setId("copyWholeEmail");
        javafx.scene.control.ButtonBar.setButtonUniformSize(alert.getDialogPane().lookupButton(copyAll), false);
        javafx.scene.control.ButtonBar.setButtonUniformSize(alert.getDialogPane().lookupButton(copySubject), false);
        alert.getDialogPane().lookupButton(copySubject).setId("copySubject");
        // copying leaves the dialog open
        for (ButtonType t : java.util.List.of(copyAll, copySubject)) {
            alert.getDialogPane().lookupButton(t).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(t == copyAll ? v.text() : d.subject());
                Clipboard.getSystemClipboard().setContent(content);
                ctx.taskBar().say(m.get("email.copied"));
                e.consume();
            });
        }
        alert.showAndWait();
    }

    /** A calendar file named after what it holds: "sillage-coordinateur-trice-de-projets.ics", or "sillage-agenda.ics". */
    static String fileName(String title) {
        String slug = title == null ? "" : org.sillage.domain.Texts.fold(title).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        slug = slug.length() > 40 ? slug.substring(0, 40).replaceAll("-[^-]*$", "") : slug;
        return "sillage-" + (slug.isEmpty() ? "agenda" : slug) + ".ics";
    }

    private java.util.function.Supplier<String> title = () -> null;

    /** Where the title of the application whose calendar is exported comes from. */
    void titleFrom(java.util.function.Supplier<String> title) {
        this.title = title;
    }

    /** Saves the deadlines and events of one application (or all when null) as an .ics file. */
    void exportCalendar(Long applicationId) {
        var m = ctx.messages();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("calendar.export"));
        chooser.setInitialFileName(fileName(applicationId == null ? null : title.get()));
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
