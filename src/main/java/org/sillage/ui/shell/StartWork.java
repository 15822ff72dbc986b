package org.sillage.ui.shell;

import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Parent;

/**
 * What the window runs once its first list is on screen (ADR 0063), and when: the postings read again after an
 * upgrade of the rules, and the screens' and the caseload's first reads, in the background.
 */
final class StartWork {
    private final UiContext ctx;
    private final Parent window;
    private final ObservableBooleanValue listLoaded;
    private final Runnable dataChanged;

    StartWork(UiContext ctx, Parent window, ObservableBooleanValue listLoaded, Runnable dataChanged) {
        this.ctx = ctx;
        this.window = window;
        this.listLoaded = listLoaded;
        this.dataChanged = dataChanged;
    }

    /**
     * The board's, the dashboard's and the agenda's first reads run once in the background a little after the
     * start, one after the other, their results dropped: the first opening of these screens then does not pay
     * for their queries' first planning and compiling, nor for H2's first reads of their indexes (ADR 0063).
     * {@code -Dsillage.start.warm-screens=false} leaves it out.
     */
    void warmScreensLater() {
        if (!Boolean.parseBoolean(System.getProperty("sillage.start.warm-screens", "true"))) {
            return;
        }
        var later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
        later.setOnFinished(e -> org.sillage.ui.common.BackgroundTask.wrap(c -> {
            new org.sillage.ui.board.BoardViewModel(ctx.services()).load();
            new org.sillage.ui.dashboard.DashboardViewModel(ctx.services().dashboard(), ctx.messages()).load();
            return new org.sillage.ui.agenda.AgendaViewModel(ctx.services().agenda()).loadNear(null);
        }).onSuccess(read -> screensWarmed = true)
                .onFailure(x -> org.slf4j.LoggerFactory.getLogger(StartWork.class).debug("Screens' warm-up", x))
                .run(ctx.executor()));
        later.play();
    }

    private boolean screensWarmed;

    /** True once the board's, the dashboard's and the agenda's first reads have run in the background. */
    public boolean screensWarmed() {
        return screensWarmed;
    }

    /**
     * Runs {@code action} once, when the first list is on screen or, should it never come (its read failed),
     * a few seconds after the window was built: what the start reads besides the list (reminders, postings
     * to read again, today's backup) waits for it, so that on two cores it does not compete with the list's
     * query and the window's first styling (ADR 0063).
     */
    public void afterStart(Runnable action) {
        boolean[] ran = new boolean[1];
        Runnable once = () -> {
            if (!ran[0]) {
                ran[0] = true;
                action.run();
            }
        };
        whenListShown(once);
        var fallback = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(5));
        fallback.setOnFinished(e -> once.run());
        fallback.play();
    }

    /**
     * Runs {@code action} once the first list has been laid out with its rows: after the layout pass of the
     * pulse that follows the rows' arrival (the rows themselves are not on screen before).
     */
    public void whenListShown(Runnable action) {
        var loaded = listLoaded;
        Runnable afterLayout = () -> {
            javafx.scene.Scene scene = window.getScene();
            if (scene == null) {
                Platform.runLater(action);
                return;
            }
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                Platform.runLater(action);
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        };
        if (loaded.get()) {
            afterLayout.run();
            return;
        }
        loaded.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (now) {
                    loaded.removeListener(this);
                    afterLayout.run();
                }
            }
        });
    }

    /** After an upgrade of the rules, postings read by older ones are read again, in the background. */
    void rereadOutdatedPostings() {
        var m = ctx.messages();
        org.sillage.ui.common.BackgroundTask.wrap(c -> ctx.services().postings().outdatedCount()).onSuccess(n -> {
            if (n == 0) {
                return;
            }
            var task = org.sillage.ui.common.BackgroundTask
                    .wrap(c -> ctx.services().postings().reextractOutdated(c, c::isCancelled))
                    .onSuccess(done -> {
                        ctx.taskBar().say(m.get("postings.reread", done));
                        dataChanged.run();
                    })
                    .onFailure(e -> org.sillage.ui.common.Errors.show(ctx.window().get(), e, m))
                    .run(ctx.executor());
            ctx.taskBar().follow(task, m.get("postings.rereading"));
        }).run(ctx.executor());
    }

    private boolean caseloadWarmed;

    /**
     * Once there is a caseload, its queries run once in the background a few seconds after the start (after
     * the first list), so that the screen's first opening does not pay for planning and loading them
     * (0.5 to 3.8 s cold against 60 to 260 ms warm at 300 people, docs/bench/scale.md).
     */
    void warmCaseload(boolean shown) {
        if (!shown || caseloadWarmed) {
            return;
        }
        caseloadWarmed = true;
        var later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
        later.setOnFinished(e -> org.sillage.ui.common.BackgroundTask.wrap(c -> ctx.services().caseload().rows().size())
                .onFailure(x -> { }).run(ctx.executor()));
        later.play();
    }
}
