package org.sillage.ui.postings;

import java.util.List;
import java.util.function.LongConsumer;

import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.sillage.domain.Posting;
import org.sillage.domain.PostingSummary;
import org.sillage.ui.caseload.ProposeAction;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Dialogs;
import org.sillage.ui.common.EarlierApplicationsText;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/**
 * What can be done with the posting shown: track it (or open its application), propose it to a job seeker, open
 * its original file, go to its previous version, delete it. The buttons wrap onto a second line on a narrow
 * window rather than shrink to "Track this …".
 */
final class PostingActions extends FlowPane {
    private final UiContext ctx;
    private final PostingsViewModel vm;
    private final Button track = new Button();
    private final Button previous = new Button();
    /** Shows another posting: the previous version asked for. */
    private final LongConsumer showPosting;
    /** After a deletion: the list forgets its selection and takes the keyboard. */
    private final Runnable deleted;

    PostingActions(UiContext ctx, PostingsViewModel vm, LongConsumer showPosting, Runnable deleted) {
        super(8, 8);
        this.ctx = ctx;
        this.vm = vm;
        this.showPosting = showPosting;
        this.deleted = deleted;
        var m = ctx.messages();
        track.setId("trackButton");
        track.getStyleClass().add("accent");
        track.setOnAction(e -> trackSelected());
        Button original = new Button(m.get("posting.open_original"));
        original.setId("openOriginal");
        original.setOnAction(e -> openOriginal());
        Button delete = new Button(m.get("posting.delete"));
        delete.setId("deletePosting");
        delete.getStyleClass().addAll("danger", "flat");
        delete.setOnAction(e -> deleteSelected());
        previous.setId("previousVersion");
        previous.getStyleClass().add("flat");
        getChildren().addAll(track, ProposeAction.button(ctx, vm.selected()), original, previous, delete);
        for (Button b : List.of(track, original, previous, delete)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    /** The buttons for {@code p}: its application's status, and its previous version once it is found. */
    void show(Posting p) {
        var m = ctx.messages();
        PostingSummary s = vm.selectedSummary().get();
        boolean tracked = s != null && s.isTracked();
        track.setText(tracked ? m.get("posting.open_application", m.get(s.status().messageKey()))
                : m.get("posting.track"));
        previous.setVisible(false);
        previous.setManaged(false);
        BackgroundTask.wrap(c -> ctx.services().postings().previousVersion(p.id())).onSuccess(prev -> prev.ifPresent(id -> {
            previous.setText(m.get("posting.previous_version") + " #" + id);
            previous.setOnAction(e -> showPosting.accept(id));
            previous.setVisible(true);
            previous.setManaged(true);
        })).run(ctx.executor());
    }

    /**
     * Asks first, naming what goes with the posting (its application, timeline, dates and checklist),
     * then deletes it; every screen reloads, so no screen keeps showing what is gone.
     */
    private void deleteSelected() {
        PostingSummary s = vm.selectedSummary().get();
        if (s == null) {
            return;
        }
        var m = ctx.messages();
        BackgroundTask.wrap(c -> ctx.services().postings().deletionImpact(s.id())).onSuccess(impact -> {
            String text = impact.map(a -> m.get("posting.delete_tracked", m.get(a.status().messageKey()),
                    a.changes(), a.events(), a.documents())).orElse(m.get("posting.delete_text"));
            String header = m.get("posting.delete_header", s.title() == null ? m.get("posting.untitled") : s.title());
            if (!Dialogs.confirmDestructive(ctx.window().get(), m, "deleteConfirm", header, text, m.get("posting.delete"))) {
                return;
            }
            BackgroundTask.wrap(c -> {
                ctx.services().postings().delete(s.id());
                return null;
            }).onSuccess(v -> {
                vm.selected().set(null);
                deleted.run();
                ctx.taskBar().say(m.get("posting.deleted"));
                ctx.navigator().dataChanged();
            }).onFailure(this::fail).run(ctx.executor());
        }).onFailure(this::fail).run(ctx.executor());
    }

    private void openOriginal() {
        Posting p = vm.selected().get();
        if (p == null) {
            return;
        }
        var m = ctx.messages();
        BackgroundTask.wrap(c -> ctx.services().postings().originalFile(p.id())).onSuccess(file -> {
            if (file.isEmpty()) {
                ctx.taskBar().say(m.get("posting.no_original"));
            } else {
                ctx.opener().open(file.get(), path -> ctx.taskBar().say(m.get("system.cannot_open", path)));
            }
        }).onFailure(this::fail).run(ctx.executor());
    }

    private void trackSelected() {
        PostingSummary s = vm.selectedSummary().get();
        if (s == null) {
            return;
        }
        if (s.isTracked()) {
            ctx.navigator().showApplication(s.applicationId());
            return;
        }
        BackgroundTask.wrap(c -> vm.trackAndWarn(s.id())).onSuccess(t -> {
            var m = ctx.messages();
            // tracking says again what was applied to before at this organisation
            ctx.taskBar().say(t.earlier().isEmpty() ? m.get("posting.tracked")
                    : m.get("posting.tracked") + " " + EarlierApplicationsText.describe(t.earlier(), m,
                    ctx.formats()).replace('\n', ' '));
            ctx.navigator().dataChanged();
            ctx.navigator().showApplication(t.applicationId());
        }).onFailure(this::fail).run(ctx.executor());
    }

    private void fail(Throwable e) {
        Errors.show(ctx.window().get(), e, ctx.messages());
    }
}
