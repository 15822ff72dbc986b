package org.sillage.ui.applications;

import java.util.List;
import java.util.Locale;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ApplicationView;
import org.sillage.domain.Labels;
import org.sillage.ui.applications.ApplicationsViewModel.Details;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Dialogs;
import org.sillage.ui.labels.LabelsBar;
import org.sillage.ui.labels.LabelsModel;
import org.sillage.ui.shell.UiContext;

/**
 * The top of an application's detail: its title and organisation, its status and flags (a "no answer" offers a
 * follow-up or a close), its priority and tags, and what can be done with it.
 */
final class ApplicationHeader extends VBox {
    private final UiContext ctx;
    private final ApplicationsViewModel vm;
    private final ShownApplication shown;
    private final Label title = new Label();
    private final Label organization = new Label();
    private final Label status = new Label();
    private final HBox flags = new HBox(6);
    private final LabelsModel labels = new LabelsModel();
    private final Button archive = new Button();
    private final EmailActions email;
    /** After a removal: the list forgets the application and takes the keyboard. */
    private final Runnable removed;

    ApplicationHeader(UiContext ctx, ApplicationsViewModel vm, ShownApplication shown, Runnable removed) {
        super(10);
        this.ctx = ctx;
        this.vm = vm;
        this.shown = shown;
        this.removed = removed;
        this.email = new EmailActions(ctx);
        email.titleFrom(() -> vm.selected().get() == null ? null : vm.selected().get().view().title());
        var m = ctx.messages();
        title.setId("applicationTitle");
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        organization.getStyleClass().add("text-muted");
        status.setId("statusLabel");
        status.getStyleClass().add("status-badge");
        flags.setId("applicationFlags");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox statusRow = new HBox(10, new Label(m.get("application.status")), status, flags, grow);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        var labelsBar = new LabelsBar(ctx, labels, new LabelsModel.Source() {
            @Override
            public Labels setPriority(long id, int priority) {
                return ctx.services().labels().setApplicationPriority(id, priority);
            }

            @Override
            public Labels setTags(long id, List<String> tags) {
                return ctx.services().labels().setApplicationTags(id, tags);
            }
        }, "application");
        getChildren().addAll(title, organization, statusRow, labelsBar, actions());
    }

    /** Prepare the e-mail, export its dates, open its posting, archive it, stop following it. */
    private FlowPane actions() {
        var m = ctx.messages();
        Button prepareEmail = new Button(m.get("application.prepare_email"), new FontIcon(Feather.MAIL));
        prepareEmail.setId("prepareEmail");
        prepareEmail.setOnAction(e -> email.prepare(vm.selected().get().id()));
        Button exportIcs = new Button(m.get("calendar.export_one"), new FontIcon(Feather.CALENDAR));
        exportIcs.setId("exportApplicationIcs");
        exportIcs.setOnAction(e -> email.exportCalendar(vm.selected().get().id()));
        Button openPosting = new Button(m.get("application.open_posting"), new FontIcon(Feather.FILE_TEXT));
        openPosting.setId("openPosting");
        openPosting.setOnAction(e -> ctx.navigator().showPostings(vm.selected().get().view().application().postingId()));
        Button remove = new Button(m.get("application.remove"), new FontIcon(Feather.X_CIRCLE));
        remove.setId("removeApplication");
        remove.getStyleClass().addAll("danger", "flat");
        remove.setOnAction(e -> removeSelected());
        archive.setId("archiveApplication");
        archive.setOnAction(e -> shown.act(vm::toggleArchived, null));
        List<Button> buttons = List.of(prepareEmail, exportIcs, openPosting, archive, remove);
        buttons.forEach(b -> b.setMinWidth(Region.USE_PREF_SIZE));
        return new FlowPane(8, 8, buttons.toArray(new Button[0]));
    }

    EmailActions email() {
        return email;
    }

    void show(Details d) {
        var m = ctx.messages();
        ApplicationView a = d.view();
        title.setText(a.title() == null ? m.get("posting.untitled") : a.title());
        organization.setText(a.organization() == null ? "" : a.organization());
        ApplicationStatus s = a.application().status();
        status.setText(m.get(s.messageKey()));
        status.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-badge"));
        status.getStyleClass().add("status-" + s.name().toLowerCase(Locale.ROOT));
        flags.getChildren().clear();
        if (d.flags().expired()) {
            flags.getChildren().add(flag("flagExpired", m.get("application.expired"), "flag-danger"));
        }
        if (d.flags().needsFollowUp()) {
            flags.getChildren().add(flag("flagFollowUp", m.get("application.needs_follow_up"), "flag-warning"));
        }
        if (d.flags().noAnswer()) {
            Button followUp = new Button(m.get("application.no_answer_follow_up"));
            followUp.setId("noAnswerFollowUp");
            followUp.getStyleClass().add("small");
            followUp.setOnAction(e -> shown.act(vm::followUpNoAnswer, m.get("application.follow_up_set")));
            Button close = new Button(m.get("application.no_answer_close"));
            close.setId("noAnswerClose");
            close.getStyleClass().add("small");
            close.setOnAction(e -> shown.act(vm::closeNoAnswer, m.get("application.no_answer_closed")));
            flags.getChildren().addAll(flag("flagNoAnswer", m.get("application.no_answer"), "flag-warning"), followUp, close);
        }
        boolean archived = a.application().isArchived();
        if (archived) {
            flags.getChildren().add(flag("flagArchived", m.get("application.archived"), "flag-muted"));
        }
        archive.setText(m.get(archived ? "application.unarchive" : "application.archive"));
        archive.setGraphic(new FontIcon(archived ? Feather.INBOX : Feather.ARCHIVE));
        labels.show(d.id(), d.labels());
    }

    /** Stops following the application, after naming what goes; the posting stays. */
    private void removeSelected() {
        Details d = vm.selected().get();
        if (d == null) {
            return;
        }
        var m = ctx.messages();
        long id = d.id();
        BackgroundTask.wrap(c -> ctx.services().applications().removal(id)).onSuccess(r -> {
            String text = m.get("application.remove_text", m.get(r.status().messageKey()), r.changes(), r.events(),
                    r.documents());
            String header = m.get("application.remove_header",
                    d.view().title() == null ? m.get("posting.untitled") : d.view().title());
            if (!Dialogs.confirmDestructive(ctx.window().get(), m, "removeApplicationConfirm", header, text,
                    m.get("application.remove"))) {
                return;
            }
            BackgroundTask.wrap(c -> {
                ctx.services().applications().remove(id);
                return null;
            }).onSuccess(v -> {
                removed.run();
                ctx.taskBar().say(m.get("application.removed"));
                ctx.navigator().dataChanged();
            }).onFailure(shown::fail).run(ctx.executor());
        }).onFailure(shown::fail).run(ctx.executor());
    }

    /** A flag beside the status: expired, follow-up due, no answer, archived. */
    static Label flag(String id, String text, String style) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().addAll("flag", style);
        return l;
    }
}
