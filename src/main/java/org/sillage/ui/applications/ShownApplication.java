package org.sillage.ui.applications;

import java.util.function.LongFunction;

import org.sillage.ui.applications.ApplicationsViewModel.Details;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/** The application shown on the applications screen, as its parts read it again and change it in the background. */
final class ShownApplication {
    private final UiContext ctx;
    private final ApplicationsViewModel vm;

    ShownApplication(UiContext ctx, ApplicationsViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
    }

    /** Reads application {@code id} in the background, then shows it. */
    void open(long id) {
        BackgroundTask.wrap(c -> vm.loadDetails(id)).onSuccess(vm::show).onFailure(this::fail).run(ctx.executor());
    }

    /**
     * Runs a change to the shown application in the background, then shows it and says {@code said} (or, when
     * null, that it was archived or brought back); the other screens hear of the change.
     */
    void act(LongFunction<Details> work, String said) {
        Details d = vm.selected().get();
        if (d == null) {
            return;
        }
        long id = d.id();
        boolean wasArchived = d.view().application().isArchived();
        BackgroundTask.wrap(c -> work.apply(id)).onSuccess(details -> {
            vm.show(details);
            boolean archivedNow = details.view().application().isArchived();
            if (said != null) {
                ctx.taskBar().say(said);
            } else if (archivedNow != wasArchived) {
                ctx.taskBar().say(ctx.messages().get(archivedNow ? "application.archived_done" : "application.unarchived"));
            }
            if (archivedNow != wasArchived) {
                ctx.navigator().dataChanged();
            } else {
                ctx.navigator().applicationChanged(id, details.view().application().postingId());
            }
        }).onFailure(this::fail).run(ctx.executor());
    }

    /** What a change that failed leaves: the list may read again, and the user is told what to do. */
    void fail(Throwable e) {
        vm.loadFailed();
        Errors.show(ctx.window().get(), e, ctx.messages());
    }
}
