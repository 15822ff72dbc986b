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
        AppServices.onUpgrade(SillageFx::upgrading);
        opening = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            firstMessages.complete(Messages.forLocale(Locale.getDefault()));
            org.sillage.service.Logging.init(folder);
            org.sillage.service.StartupTrace.mark("logging");
            return AppServices.open(folder, org.sillage.service.FolderKey.NONE, SillageFx::awaitFirstFrame);
        });
        Application.launch(FxApp.class);
    }

    /** Whether the folder's database is being upgraded (an older version made it), and where the first frame says so. */
    private static volatile boolean upgrading;
    private static volatile javafx.scene.text.Text openingText;

    /** On the opening thread: the database is about to be backed up and upgraded; the first frame says so. */
    private static void upgrading() {
        upgrading = true;
        javafx.scene.text.Text text = openingText;
        if (text != null) {
            Platform.runLater(() -> text.setText(firstMessages.getNow(Messages.forLocale(Locale.getDefault()))
                    .get("startup.upgrading")));
        }
    }

    /** The words of the first frame, read while the toolkit starts (reading them took 25 ms of the frame). */
    private static final java.util.concurrent.CompletableFuture<Messages> firstMessages =
            new java.util.concurrent.CompletableFuture<>();

    /** Counted down when the window's first frame is on screen (or the window will not show). */
    private static final java.util.concurrent.CountDownLatch firstFrame = new java.util.concurrent.CountDownLatch(1);

    /**
     * The database waits for the window's first frame (at most two seconds), unless
     * {@code -Dsillage.start.frame-first=false}. Measured with the installed package on a quiet machine
     * (packaging/bench-start.sh, 9 runs each, against a bare window at 1.22 s): waiting, the first frame
     * came at 1.63 s instead of 1.90 s and the list at 2.66 s instead of 2.59 s.
     */
    private static void awaitFirstFrame() {
        if (!Boolean.parseBoolean(System.getProperty("sillage.start.frame-first", "true"))) {
            return;
        }
        try {
            firstFrame.await(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        /** The key the password gave, when the folder is protected. */
        private org.sillage.service.FolderKey key = org.sillage.service.FolderKey.NONE;

        @Override
        public void init() {
            org.sillage.service.StartupTrace.mark("toolkit");
        }

        /** What the opening thread found: the services and what the window needs of them, or why not. */
        private record Opened(AppServices services, java.util.Locale locale, org.sillage.domain.WindowLayout layout,
                              UserException error, boolean activated) {
        }

        /** Opens the folder and reads the settings the window needs, all off the JavaFX thread. */
        private static Opened opened() {
            try {
                AppServices s = opening.join();
                var result = new Opened(s, s.settings().effectiveLocale(), s.settings().windowLayout(), null, false);
                org.sillage.service.StartupTrace.mark("settings read");
                return result;
            } catch (java.util.concurrent.CompletionException e) {
                UserException u = OpenedFolder.why(e);
                boolean activated = "error.folder.in_use".equals(u.key()) && AppServices.requestActivation(dataFolder);
                return new Opened(null, null, null, u, activated);
            }
        }

        /**
         * Shows the window at once, where it last was, with a short "opening" content while the folder
         * opens; the screens take its place as soon as it is open. When the folder is already open (the
         * toolkit took longer), the screens come straight away.
         */
        @Override
        public void start(Stage stage) {
            if (opening.isDone()) {
                firstFrame.countDown();
                proceed(stage, opened());
                return;
            }
            showOpening(stage);
            if (Boolean.parseBoolean(System.getProperty("sillage.start.warm-up", "true"))) {
                org.sillage.ui.shell.StyleWarmUp.startAfterFirstFrame(stage.getScene());
            }
            java.util.concurrent.CompletableFuture.supplyAsync(FxApp::opened)
                    .thenAccept(o -> Platform.runLater(() -> proceed(stage, o)));
        }

        private void proceed(Stage stage, Opened o) {
            services = o.services();
            locale = o.locale();
            layout = o.layout();
            startupError = o.error();
            otherWindowActivated = o.activated();
            if (startupError != null) {
                stage.hide();
                // the dialogs that follow in the screens' theme (the opening frame loaded none)
                Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheetBSS());
            }
            if (startupError != null && "error.password.required".equals(startupError.key())) {
                askPassword(stage);
                return;
            }
            if (startupError != null && "error.database.unreadable".equals(startupError.key())) {
                offerBackup(stage);
                return;
            }
            if (startupError != null) {
                fail(startupError);
                return;
            }
            open(stage);
        }

        /** The window's first frame: the name, and that the data is being opened. */
        private void showOpening(Stage stage) {
            Messages messages = firstMessages.getNow(null);
            if (messages == null) {
                messages = Messages.forLocale(Locale.getDefault());
            }
            // plain text, no control: the first control made loads JavaFX's own theme (about 0.12 s of the first
            // frame), which the screens then replace; with none here, the screens' theme is the only one loaded.
            // No style text to parse either (parsing three inline styles took 40 ms of the first frame)
            javafx.scene.text.Text name = new javafx.scene.text.Text(messages.get("app.name"));
            name.setFont(javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, 22));
            name.setFill(javafx.scene.paint.Color.rgb(0x0f, 0x6b, 0x66));
            javafx.scene.text.Text what = new javafx.scene.text.Text(messages.get("startup.opening"));
            what.setWrappingWidth(420);
            what.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            openingText = what;
            if (upgrading) {
                what.setText(messages.get("startup.upgrading"));
            }
            what.setFont(javafx.scene.text.Font.font(13));
            what.setFill(javafx.scene.paint.Color.rgb(0x24, 0x29, 0x2f));
            javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(14, name, what);
            box.setAlignment(javafx.geometry.Pos.CENTER);
            box.setId("openingPane");
            box.setBackground(new javafx.scene.layout.Background(
                    new javafx.scene.layout.BackgroundFill(javafx.scene.paint.Color.WHITE, null, null)));
            javafx.scene.Scene scene = new javafx.scene.Scene(box);
            javafx.geometry.Rectangle2D at = org.sillage.ui.shell.WindowPlacement.fit(
                    org.sillage.service.SettingsService.lastWindowLayout(dataFolder),
                    javafx.stage.Screen.getScreens().stream().map(javafx.stage.Screen::getVisualBounds).toList(),
                    javafx.stage.Screen.getPrimary().getVisualBounds());
            stage.setTitle(messages.get("app.name"));
            stage.setScene(scene);
            stage.setX(at.getMinX());
            stage.setY(at.getMinY());
            stage.setWidth(at.getWidth());
            stage.setHeight(at.getHeight());
            stage.show();
            windowShown();
        }

        /** With --exit-when-shown, the moment the window first appears (the list comes later). */
        private static boolean windowReported;

        private static void windowShown() {
            firstFrame.countDown();
            if (exitWhenShown && !windowReported) {
                windowReported = true;
                System.out.println("window " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
            }
            org.sillage.service.StartupTrace.mark("window shown");
        }

        private void open(Stage stage) {
            org.sillage.ui.shell.StyleWarmUp.stop();
            shell = new Shell(services, stage, locale, layout);
            shell.show();
            windowShown();
            services.onActivationRequest(() -> Platform.runLater(shell::bringToFront));
            // the other screens' controls styled a little after the first list (ADR 0042)
            shell.whenListShown(() -> {
                var idle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
                idle.setOnFinished(e -> org.sillage.ui.shell.StyleWarmUp.later());
                idle.play();
            });
            // today's backup and the sweep of orphan files, once the first list is on screen (ADR 0063)
            shell.window().afterStart(() -> {
                Thread maintenance = new Thread(() -> services.startupMaintenance(true), "sillage-maintenance");
                maintenance.setDaemon(true);
                maintenance.start();
            });
            if (exitWhenShown) {
                shell.whenListShown(() -> {
                    org.sillage.service.StartupTrace.mark("list shown");
                    System.out.println("shown " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
                    if (Boolean.getBoolean("sillage.visit-screens")) {
                        visitScreens(stage);
                    } else {
                        Platform.exit();
                    }
                });
            }
        }

        /**
         * With {@code -Dsillage.visit-screens=true} (the installers' AppCDS training run): opens every screen
         * of the menu in turn, each once its data is shown, then quits, so that the classes of every screen
         * are in the archive and not only the first one's.
         */
        private static void visitScreens(Stage stage) {
            java.util.List<javafx.scene.control.ButtonBase> screens = stage.getScene().getRoot().lookupAll(".nav-button")
                    .stream().map(javafx.scene.control.ButtonBase.class::cast).toList();
            Thread visit = new Thread(() -> {
                try {
                    for (var screen : screens) {
                        Platform.runLater(screen::fire);
                        org.sillage.ui.common.BackgroundTask.awaitSettled(java.time.Duration.ofSeconds(60));
                        System.out.println("visited " + screen.getId());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    Platform.runLater(Platform::exit);
                }
            }, "sillage-visit-screens");
            visit.setDaemon(true);
            visit.start();
        }

        private void fail(UserException error) {
            exitCode = 1;
            Messages messages = Messages.forLocale(Locale.getDefault());
            String text = messages.translate(error);
            System.err.println(text);
            if (otherWindowActivated) {
                System.err.println(messages.get("startup.activated"));
            } else {
                Alert alert = new Alert(Alert.AlertType.ERROR, "", org.sillage.ui.common.Dialogs.close(messages));
                alert.setTitle(messages.get("app.name"));
                alert.setHeaderText(messages.get("startup.failed"));
                alert.getDialogPane().setId("startFailed");
                org.sillage.ui.common.Dialogs.wrappedText(alert, "startFailedText", text);
                alert.showAndWait();
            }
            Platform.exit();
        }

        /** The database cannot be read: the newest backup is offered ({@link DamagedFolderOffer}). */
        private void offerBackup(Stage stage) {
            // between the offer and the window, no window shows: JavaFX must not end the application then (choosing
            // to restore quit Sillage, the backup not put back)
            Platform.setImplicitExit(false);
            Messages messages = Messages.forLocale(Locale.getDefault());
            DamagedFolderOffer.show(dataFolder, key, messages, () -> showRestoring(stage, messages), o -> {
                opened(stage, o);
                Platform.setImplicitExit(true);
            }, e -> {
                Platform.setImplicitExit(true);
                fail(e);
            }, FxApp::quit);
        }

        /** The first frame again, saying that the backup is being put back. */
        private void showRestoring(Stage stage, Messages messages) {
            if (openingText == null) {
                showOpening(stage);
            }
            openingText.setText(messages.get("startup.restoring"));
            stage.show();
        }

        /** The folder is protected: its password is asked for ({@link UnlockDialog}). */
        private void askPassword(Stage stage) {
            UnlockDialog.show(dataFolder, Messages.forLocale(Locale.getDefault()), new UnlockDialog.Outcome() {
                @Override
                public void opened(OpenedFolder folder) {
                    FxApp.this.opened(stage, folder);
                }

                @Override
                public void damaged(org.sillage.service.FolderKey k) {
                    key = k;
                    offerBackup(stage);
                }

                @Override
                public void failed(UserException error) {
                    fail(error);
                }

                @Override
                public void quit() {
                    FxApp.quit();
                }
            });
        }

        /** A folder opened after a dialog (its password, a backup restored): the window opens on it. */
        private void opened(Stage stage, OpenedFolder folder) {
            key = folder.key();
            services = folder.services();
            locale = folder.locale();
            layout = folder.layout();
            open(stage);
        }

        private static void quit() {
            exitCode = 1;
            Platform.exit();
        }

        @Override
        public void stop() {
            if (shell != null) {
                shell.close();
            }
            if (shell != null) {
                shell.services().close(); // a restore may have replaced the services opened at start
            } else if (services != null) {
                services.close();
            }
        }
    }
}
