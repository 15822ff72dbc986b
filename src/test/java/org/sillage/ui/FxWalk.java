package org.sillage.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.service.AppServices;
import org.sillage.ui.shell.Shell;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What the headless UI walks share: the window on a data folder, lookups by id, and waiting. */
abstract class FxWalk {
    protected final FxRobot robot = new FxRobot();
    protected AppServices services;
    protected Shell shell;

    /** Registers the toolkit once and sets the language the walk reads its labels in; returns the old one. */
    static Locale toolkitIn(Locale locale) throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        FxToolkit.registerPrimaryStage();
        return before;
    }

    /** Opens the data folder and shows the main window on it. */
    protected void openWindow(Path data, Clock clock) throws Exception {
        if (services == null) {
            services = clock == null ? AppServices.open(data) : AppServices.open(data, clock);
        }
        Locale locale = services.settings().effectiveLocale();
        var layout = services.settings().windowLayout();
        FxToolkit.setupStage(stage -> {
            shell = new Shell(services, stage, locale, layout);
            shell.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // what the start does in the background (the list, the reminders, the index) is done before the walk's first
        // key or click, so that nothing moves under the pointer or takes the keyboard while the walk goes on
        BackgroundTask.awaitSettled(Duration.ofSeconds(15));
    }

    /** Opens {@code data} with the five seeds imported, then {@code prepare} done, and waits for the list to show them. */
    protected void openOnSamples(Path data, java.util.function.Consumer<AppServices> prepare) throws Exception {
        services = AppServices.open(data);
        services.imports().importSamples(org.sillage.service.ProgressListener.NONE, () -> false);
        prepare.accept(services);
        openWindow(data, null);
        javafx.scene.control.ListView<?> list = node("postingList");
        waitUntil(() -> list.getItems().size() == 5);
    }

    /** Hides the window and closes the data folder, as quitting does. */
    protected void closeWindow() throws Exception {
        // a dialog the walk left open (the settings, an error) is closed with the window, as quitting does; a dialog
        // left showing would otherwise take the keyboard in the next walk, which shows the same stage again
        robot.interact(() -> java.util.List.copyOf(Window.getWindows()).stream()
                .filter(w -> w.isShowing() && w != FxToolkit.toolkitContext().getRegisteredStage()).forEach(Window::hide));
        // the walk's last background work ends before the folder closes: a task cut off by the closing would
        // otherwise report its failure in an error dialog during the next walk
        BackgroundTask.awaitSettled(Duration.ofSeconds(15));
        FxToolkit.setupStage(stage -> stage.hide());
        shell.close();
        services.close();
        services = null;
    }

    protected <T extends Node> T node(String id) {
        return robot.lookup("#" + id).query();
    }

    /** Shows a screen by firing its button in the menu (the walks that test the menu's keys and clicks do so). */
    protected void show(String navId) {
        robot.interact(() -> ((ButtonBase) node(navId)).fire());
    }

    /**
     * Presses Ctrl (the platform's shortcut key) with {@code key} in the main window, given the keyboard first: the
     * walk checks what the shortcut does, not which window the last dialog left focused.
     */
    protected void shortcut(KeyCode key) {
        robot.interact(() -> node("mainWindow").getScene().getWindow().requestFocus());
        robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
    }

    protected static void waitUntil(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            var said = new java.util.concurrent.TimeoutException("The condition was not met within 15 s. " + windows());
            said.initCause(e);
            throw said;
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the screen showed when a wait gave up: each window shown, which one has the keyboard, and on what. */
    static String windows() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                StringBuilder b = new StringBuilder("Windows shown:");
                for (Window w : Window.getWindows()) {
                    if (!w.isShowing()) {
                        continue;
                    }
                    b.append(" [").append(w.getClass().getSimpleName());
                    if (w instanceof Stage st) {
                        b.append(" '").append(st.getTitle()).append('\'');
                    }
                    b.append(w.isFocused() ? " focused" : "");
                    if (w.getScene() != null) {
                        Node root = w.getScene().getRoot();
                        b.append(" root=").append(root.getClass().getSimpleName()).append('#').append(root.getId());
                        Node owner = w.getScene().getFocusOwner();
                        b.append(" focus=").append(owner == null ? "none"
                                : owner.getClass().getSimpleName() + "#" + owner.getId());
                        if (root instanceof DialogPane pane) {
                            b.append(" text='").append(pane.getContentText()).append('\'');
                        }
                    }
                    b.append(']');
                }
                return b.toString();
            }).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            return "Windows shown: unknown (" + e + ")";
        }
    }
}
