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
                Throwable cause = e.getCause();
                UserException u = cause instanceof UserException x ? x
                        : new UserException(cause, "error.unexpected", String.valueOf(cause));
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
                Alert alert = new Alert(Alert.AlertType.ERROR, text, org.sillage.ui.common.Dialogs.close(messages));
                alert.setTitle(messages.get("app.name"));
                alert.setHeaderText(messages.get("startup.failed"));
                alert.showAndWait();
            }
            Platform.exit();
        }

        /**
         * The database cannot be read: offer the newest backup. Restoring keeps the damaged database
         * aside; the work runs off the JavaFX thread, then the window opens as usual.
         */
        private void offerBackup(Stage stage) {
            Messages messages = Messages.forLocale(Locale.getDefault());
            var latest = org.sillage.service.BackupService.latest(dataFolder);
            if (latest.isEmpty()) {
                exitCode = 1;
                Alert alert = new Alert(Alert.AlertType.ERROR, messages.get("startup.damaged.none", dataFolder),
                        org.sillage.ui.common.Dialogs.close(messages));
                alert.setTitle(messages.get("app.name"));
                alert.setHeaderText(messages.get("startup.damaged.title"));
                alert.showAndWait();
                Platform.exit();
                return;
            }
            Path backup = latest.get();
            String when;
            try {
                when = new org.sillage.ui.common.Formats(messages)
                        .dateTime(java.nio.file.Files.getLastModifiedTime(backup).toInstant());
            } catch (java.io.IOException e) {
                when = backup.getFileName().toString();
            }
            javafx.scene.control.ButtonType restore = new javafx.scene.control.ButtonType(
                    messages.get("startup.damaged.restore"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
            javafx.scene.control.ButtonType quit = new javafx.scene.control.ButtonType(
                    messages.get("startup.damaged.quit"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.WARNING, messages.get("startup.damaged.offer", dataFolder, when),
                    restore, quit);
            alert.setTitle(messages.get("app.name"));
            alert.setHeaderText(messages.get("startup.damaged.title"));
            alert.getDialogPane().setId("damagedOffer");
            if (alert.showAndWait().filter(b -> b == restore).isEmpty()) {
                exitCode = 1;
                Platform.exit();
                return;
            }
            java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                org.sillage.service.BackupService.restore(dataFolder, backup, key);
                AppServices opened = AppServices.open(dataFolder, key);
                locale = opened.settings().effectiveLocale();
                layout = opened.settings().windowLayout();
                return opened;
            }).whenComplete((opened, error) -> Platform.runLater(() -> {
                if (error != null) {
                    Throwable cause = error instanceof java.util.concurrent.CompletionException ? error.getCause() : error;
                    fail(cause instanceof UserException u ? u : new UserException(cause, "error.unexpected", String.valueOf(cause)));
                    return;
                }
                services = opened;
                open(stage);
            }));
        }

        /**
         * The folder is protected: ask for its password. The key is derived and the folder opened off
         * the JavaFX thread; a wrong password is said in the dialog, which stays open for another try.
         */
        private void askPassword(Stage stage) {
            Messages messages = Messages.forLocale(Locale.getDefault());
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheetBSS());
            javafx.scene.control.PasswordField password = new javafx.scene.control.PasswordField();
            password.setId("unlockPassword");
            password.setPrefColumnCount(24);
            password.setAccessibleText(messages.get("protect.password"));
            javafx.scene.control.Label prompt = new javafx.scene.control.Label(messages.get("unlock.prompt", dataFolder));
            prompt.setWrapText(true);
            prompt.setPrefWidth(460);
            prompt.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.control.Label status = new javafx.scene.control.Label();
            status.setId("unlockStatus");
            status.setWrapText(true);
            status.setPrefWidth(460);
            status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            // a longer message makes the dialog grow rather than cut it
            status.textProperty().addListener((o, was, now) -> Platform.runLater(() -> {
                if (status.getScene() != null) {
                    status.getScene().getWindow().sizeToScene();
                }
            }));
            status.getStyleClass().add("field-error");
            javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(10, prompt, password, status);
            content.setPadding(new javafx.geometry.Insets(8));

            javafx.scene.control.ButtonType open = new javafx.scene.control.ButtonType(messages.get("unlock.open"),
                    javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
            javafx.scene.control.ButtonType quit = new javafx.scene.control.ButtonType(messages.get("unlock.quit"),
                    javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
            javafx.scene.control.Dialog<Void> dialog = new javafx.scene.control.Dialog<>();
            dialog.setTitle(messages.get("app.name"));
            dialog.setHeaderText(messages.get("unlock.title"));
            dialog.getDialogPane().setId("unlockDialog");
            dialog.getDialogPane().setContent(content);
            dialog.getDialogPane().getButtonTypes().setAll(open, quit);
            dialog.getDialogPane().getStylesheets().add(
                    java.util.Objects.requireNonNull(SillageFx.class.getResource("sillage.css")).toExternalForm());
            javafx.scene.Node openButton = dialog.getDialogPane().lookupButton(open);
            openButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                e.consume(); // the dialog closes only once the folder is open
                char[] typed = password.getText().toCharArray();
                openButton.setDisable(true);
                password.setDisable(true);
                status.setText(messages.get("unlock.working"));
                java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    var k = AppServices.unlock(dataFolder, typed);
                    java.util.Arrays.fill(typed, ' ');
                    key = k;
                    AppServices opened = AppServices.open(dataFolder, k);
                    locale = opened.settings().effectiveLocale();
                    layout = opened.settings().windowLayout();
                    return opened;
                }).whenComplete((opened, error) -> Platform.runLater(() -> {
                    if (error == null) {
                        services = opened;
                        dialog.setResult(null);
                        dialog.close();
                        open(stage);
                        return;
                    }
                    Throwable cause = error instanceof java.util.concurrent.CompletionException ? error.getCause() : error;
                    UserException u = cause instanceof UserException x ? x
                            : new UserException(cause, "error.unexpected", String.valueOf(cause));
                    if ("error.password.wrong".equals(u.key())) {
                        status.setText(messages.translate(u));
                        openButton.setDisable(false);
                        password.setDisable(false);
                        password.clear();
                        password.requestFocus();
                    } else if ("error.database.unreadable".equals(u.key())) {
                        dialog.setResult(null);
                        dialog.close();
                        offerBackup(stage);
                    } else {
                        dialog.setResult(null);
                        dialog.close();
                        fail(u);
                    }
                }));
            });
            Platform.runLater(password::requestFocus);
            dialog.setResultConverter(b -> null);
            dialog.setOnHidden(e -> {
                if (services == null && !openButton.isDisabled()) {
                    exitCode = 1;
                    Platform.exit();
                }
            });
            dialog.show();
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
