package org.sillage.ui.common;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.concurrent.Task;
import org.sillage.service.ProgressListener;

/**
 * The one way the UI runs slow work: off the JavaFX thread, with progress and cancellation, and with
 * its outcome handed back on the JavaFX thread.
 *
 * <pre>BackgroundTask.wrap(ctx -> service.load(ctx)).onSuccess(view::show).onFailure(errors::show).run(executor)</pre>
 */
public final class BackgroundTask<T> {

    /** Slow work; {@code ctx} reports progress and tells whether the user cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Context ctx) throws Exception;
    }

    /** Given to the work: progress reporting and the cancel flag. */
    public interface Context extends ProgressListener {
        boolean isCancelled();
    }

    private final Work<T> work;
    private Consumer<T> onSuccess = v -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private Runnable onFinally = () -> { };
    private Runnable onCancelled = () -> { };

    private BackgroundTask(Work<T> work) {
        this.work = work;
    }

    /** Tasks started and not yet handed back to the JavaFX thread (for benchmarks and tests: "is the screen done?"). */
    private static final java.util.concurrent.atomic.AtomicInteger PENDING = new java.util.concurrent.atomic.AtomicInteger();

    /** Results handed to their handlers so far (for benchmarks: "is the first part of a screen shown?"). */
    private static final java.util.concurrent.atomic.AtomicLong HANDED_BACK = new java.util.concurrent.atomic.AtomicLong();

    /** How many results have been handed to their handlers on the JavaFX thread since the start. */
    public static long handedBack() {
        return HANDED_BACK.get();
    }

    /** How many tasks are running or waiting for their handlers on the JavaFX thread. */
    public static int pending() {
        return PENDING.get();
    }

    /**
     * Off the JavaFX thread: waits until no task is pending, twice in a row as seen from the JavaFX thread
     * (so that what the last one handed back has been shown). False when {@code timeout} passed first.
     */
    public static boolean awaitSettled(java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int quiet = 0;
        while (quiet < 2) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            java.util.concurrent.CompletableFuture<Integer> seen = new java.util.concurrent.CompletableFuture<>();
            javafx.application.Platform.runLater(() -> seen.complete(PENDING.get()));
            int pending;
            try {
                pending = seen.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
            quiet = pending == 0 ? quiet + 1 : 0;
            if (pending != 0) {
                Thread.sleep(2);
            }
        }
        return true;
    }

    public static <T> BackgroundTask<T> wrap(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = handler;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
        return this;
    }

    /** Runs on the JavaFX thread when the user cancelled the work; what it had finished is kept. */
    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = handler;
        return this;
    }

    public BackgroundTask<T> onFinally(Runnable handler) {
        this.onFinally = handler;
        return this;
    }

    /** Starts the work on {@code executor}; the returned task carries progress and can be cancelled. */
    public Task<T> run(Executor executor) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                Task<T> self = this;
                return work.call(new Context() {
                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }

                    @Override
                    public void progress(int done, int total, String current) {
                        updateProgress(done, Math.max(total, 1));
                        updateMessage(current == null ? "" : Math.min(done + 1, total) + "/" + total + " — " + current);
                    }
                });
            }
        };
        task.setOnSucceeded(e -> {
            try {
                onSuccess.accept(task.getValue());
                HANDED_BACK.incrementAndGet();
            } finally {
                try {
                    onFinally.run();
                } finally {
                    PENDING.decrementAndGet();
                }
            }
        });
        task.setOnFailed(e -> {
            try {
                onFailure.accept(task.getException());
            } finally {
                try {
                    onFinally.run();
                } finally {
                    PENDING.decrementAndGet();
                }
            }
        });
        task.setOnCancelled(e -> {
            try {
                onCancelled.run();
            } finally {
                try {
                    onFinally.run();
                } finally {
                    PENDING.decrementAndGet();
                }
            }
        });
        PENDING.incrementAndGet();
        try {
            executor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the window is closing and its workers are stopped: nothing left to do (cancelling hands it back)
            task.cancel();
        }
        return task;
    }

    /** Runs {@code action} on the JavaFX thread, now if already there. */
    public static void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
