package org.sillage.ui.shell;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sillage.i18n.Messages;
import org.sillage.service.AppServices;

/**
 * The main stage: theme, scene, language. Switching the language rebuilds the window's content with
 * the new words. Used by the application and by the UI tests alike.
 */
public final class Shell {
    static final String STYLESHEET = Objects.requireNonNull(
            Shell.class.getResource("/org/sillage/ui/sillage.css")).toExternalForm();

    private AppServices services;
    private final Stage stage;
    private final ExecutorService executor;
    private MainWindow window;
    private java.util.Locale locale;
    private final org.sillage.domain.WindowLayout saved;
    private final Dividers dividers;
    /** The window's bounds when last neither maximised nor iconified, to save. */
    private javafx.geometry.Rectangle2D normalBounds;

    /**
     * @param locale the language to show, read from the settings before (off the JavaFX thread); the
     *               settings dialog gives the next one
     * @param saved  where the window was when it last closed, read from the settings off the JavaFX thread
     */
    public Shell(AppServices services, Stage stage, java.util.Locale locale, org.sillage.domain.WindowLayout saved) {
        this.services = services;
        this.stage = stage;
        this.locale = locale;
        this.saved = saved;
        this.dividers = new Dividers(saved.dividers());
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "sillage-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        theme();
    }

    /** Sets the theme unless it is set already (the start's warm-up sets it first); on the JavaFX thread. */
    static void theme() {
        // the theme as AtlantaFX ships it compiled: parsing its 170 KB of CSS took 0.37-0.48 s on a cold JVM,
        // loading the compiled form 0.12-0.15 s (ADR 0012, addendum 2)
        String theme = new PrimerLight().getUserAgentStylesheetBSS();
        if (!theme.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(theme);
        }
    }

    /** Opens the window where it was, within the visible bounds of a screen (see {@link WindowPlacement}). */
    public void show() {
        javafx.geometry.Rectangle2D at = WindowPlacement.fit(saved,
                javafx.stage.Screen.getScreens().stream().map(javafx.stage.Screen::getVisualBounds).toList(),
                javafx.stage.Screen.getPrimary().getVisualBounds());
        Scene scene = new Scene(build());
        scene.getStylesheets().add(STYLESHEET);
        org.sillage.ui.common.AccessibleNames.install(scene);
        org.sillage.ui.common.AccessibleNames.installEverywhere();
        org.sillage.ui.common.FocusKeeper.install(scene);
        stage.setScene(scene);
        stage.setMinWidth(Math.min(WindowPlacement.MIN_WIDTH, at.getWidth()));
        stage.setMinHeight(Math.min(WindowPlacement.MIN_HEIGHT, at.getHeight()));
        stage.setX(at.getMinX());
        stage.setY(at.getMinY());
        stage.setWidth(at.getWidth());
        stage.setHeight(at.getHeight());
        normalBounds = at;
        javafx.beans.InvalidationListener follow = o -> {
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
                normalBounds = new javafx.geometry.Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        stage.xProperty().addListener(follow);
        stage.yProperty().addListener(follow);
        stage.widthProperty().addListener(follow);
        stage.heightProperty().addListener(follow);
        stage.setMaximized(saved.maximized());
        stage.show();
    }

    /** What to save when the window closes: its normal bounds, whether it is maximised, its dividers. */
    public org.sillage.domain.WindowLayout layout() {
        if (normalBounds == null) {
            return saved;
        }
        return new org.sillage.domain.WindowLayout(normalBounds.getMinX(), normalBounds.getMinY(), normalBounds.getWidth(),
                normalBounds.getHeight(), stage.isMaximized(), dividers.positions());
    }

    private MainWindow build() {
        Messages messages = Messages.forLocale(locale);
        stage.setTitle(messages.get("app.title", services.dataFolder().getFileName()));
        window = new MainWindow(services, messages, executor, () -> stage, this::rebuild, dividers, folderActions);
        return window;
    }

    /** Rebuilds the content in the language now chosen. */
    private void rebuild(java.util.Locale chosen) {
        this.locale = chosen;
        window.stop();
        stage.getScene().setRoot(build());
    }

    /** Restoring a backup and changing the protection: both close the folder and open it again. */
    private final org.sillage.ui.common.FolderActions folderActions = new org.sillage.ui.common.FolderActions() {
        @Override
        public void restore(java.nio.file.Path backup) {
            reopenAfter(key -> {
                org.sillage.service.BackupService.restore(services.dataFolder(), backup, key);
                return key;
            }, "backup.restore", "backup.restore.done", backup.getFileName());
        }

        @Override
        public void changeProtection(java.util.function.UnaryOperator<org.sillage.service.FolderKey> work, String doneKey) {
            reopenAfter(work, "protect.working", doneKey);
        }
    };

    /**
     * Closes the data folder, runs {@code work} off the JavaFX thread with the folder's key, and opens the
     * folder again with a new window content, with the key the work returned (or the old one when it
     * failed, the failure then shown).
     */
    private void reopenAfter(java.util.function.UnaryOperator<org.sillage.service.FolderKey> work, String progressKey,
                             String doneKey, Object... doneArgs) {
        Messages messages = window.context().messages();
        java.nio.file.Path folder = services.dataFolder();
        // dialogs still open (Settings) hold the services about to close
        new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream().filter(w -> w != stage)
                .forEach(javafx.stage.Window::hide);
        window.stop();
        AppServices old = services;
        org.sillage.service.FolderKey oldKey = old.key();
        var task = org.sillage.ui.common.BackgroundTask.wrap(c -> {
            old.close();
            RuntimeException failure = null;
            org.sillage.service.FolderKey key = oldKey;
            try {
                key = work.apply(oldKey);
            } catch (RuntimeException e) {
                failure = e;
            }
            AppServices reopened = AppServices.open(folder, key);
            return new Reopened(reopened, failure);
        }).onSuccess(r -> {
            services = r.services();
            services.onActivationRequest(() -> Platform.runLater(this::bringToFront));
            stage.getScene().setRoot(build());
            if (r.failure() != null) {
                org.sillage.ui.common.Errors.show(stage, r.failure(), window.context().messages());
            } else {
                window.context().taskBar().say(window.context().messages().get(doneKey, doneArgs));
            }
        }).onFailure(e -> {
            org.sillage.ui.common.Errors.show(stage, e, messages);
            Platform.exit();
        }).run(executor);
        window.context().taskBar().follow(task, messages.get(progressKey));
    }

    private record Reopened(AppServices services, RuntimeException failure) {
    }

    /** The services of the data folder now open (a restore replaces them). */
    public AppServices services() {
        return services;
    }

    public MainWindow window() {
        return window;
    }

    public void bringToFront() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
        window.context().taskBar().say(window.context().messages().get("startup.already_open"));
    }

    /** Runs {@code action} once the window's first list is on screen (see {@link MainWindow#whenListShown}). */
    public void whenListShown(Runnable action) {
        window.whenListShown(action);
    }

    /**
     * Stops the window's work and saves where it was. The one settings row is written on the closing
     * thread: the window is already gone, and the data folder closes right after.
     */
    public void close() {
        if (window != null) {
            window.stop();
        }
        try {
            services.settings().setWindowLayout(layout());
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Shell.class).warn("Could not save the window's layout", e);
        }
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
