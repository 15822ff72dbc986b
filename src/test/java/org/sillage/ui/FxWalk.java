package org.sillage.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
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
    }

    /** Hides the window and closes the data folder, as quitting does. */
    protected void closeWindow() throws Exception {
        FxToolkit.setupStage(stage -> stage.hide());
        shell.close();
        services.close();
        services = null;
    }

    protected <T extends Node> T node(String id) {
        return robot.lookup("#" + id).query();
    }

    protected static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
