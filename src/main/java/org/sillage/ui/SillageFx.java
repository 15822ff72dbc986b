package org.sillage.ui;

import java.nio.file.Path;
import java.util.Locale;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.sillage.domain.UserException;
import org.sillage.i18n.Messages;
import org.sillage.service.AppServices;
import org.sillage.ui.shell.Shell;

/**
 * Starts the window. The data folder is opened on the launcher thread, before any window exists; if
 * another Sillage holds it, that one is asked to come forward and this launch opens nothing.
 */
public final class SillageFx {
    private static Path dataFolder;
    private static boolean exitWhenShown;
    /** The data folder opens while the toolkit starts: the two take about as long as each other. */
    private static java.util.concurrent.CompletableFuture<AppServices> opening;
    private static volatile int exitCode;

    private SillageFx() {
    }

    public static void launch(Path folder, boolean exitAfterFirstShow) {
        dataFolder = folder;
        exitWhenShown = exitAfterFirstShow;
        opening = java.util.concurrent.CompletableFuture.supplyAsync(() -> AppServices.open(folder));
        Application.launch(FxApp.class);
    }

    /** 0, or 1 when the window could not open its data folder. */
    public static int exitCode() {
        return exitCode;
    }

    /** The JavaFX application; {@link org.sillage.Sillage} is the entry point, not this class. */
    public static final class FxApp extends Application {
        private AppServices services;
        private java.util.Locale locale;
        private org.sillage.domain.WindowLayout layout;
        private UserException startupError;
        private boolean otherWindowActivated;
        private Shell shell;

        @Override
        public void init() {
            try {
                services = opened();
                locale = services.settings().effectiveLocale();
                layout = services.settings().windowLayout();
            } catch (UserException e) {
                startupError = e;
                otherWindowActivated = "error.folder.in_use".equals(e.key()) && AppServices.requestActivation(dataFolder);
            }
        }

        private static AppServices opened() {
            try {
                return opening.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof UserException u) {
                    throw u;
                }
                throw e;
            }
        }

        @Override
        public void start(Stage stage) {
            if (startupError != null) {
                exitCode = 1;
                Messages messages = Messages.forLocale(Locale.getDefault());
                String text = messages.translate(startupError);
                System.err.println(text);
                if (otherWindowActivated) {
                    System.err.println(messages.get("startup.activated"));
                } else {
                    Alert alert = new Alert(Alert.AlertType.ERROR, text, org.sillage.ui.common.Dialogs.close(messages));
                    alert.setTitle(messages.get("app.name"));
                    alert.setHeaderText(messages.get("startup.failed"));
                    alert.showAndWait();
                }
                Platform.exit();
                return;
            }
            shell = new Shell(services, stage, locale, layout);
            shell.show();
            services.onActivationRequest(() -> Platform.runLater(shell::bringToFront));
            if (exitWhenShown) {
                shell.whenListShown(() -> {
                    System.out.println("shown " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
                    Platform.exit();
                });
            }
        }

        @Override
        public void stop() {
            if (shell != null) {
                shell.close();
            }
            if (services != null) {
                services.close();
            }
        }
    }
}
