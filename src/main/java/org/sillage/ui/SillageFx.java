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
        /** The key the password gave, when the folder is protected. */
        private org.sillage.service.FolderKey key = org.sillage.service.FolderKey.NONE;

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

        private void open(Stage stage) {
            shell = new Shell(services, stage, locale, layout);
            shell.show();
            services.onActivationRequest(() -> Platform.runLater(shell::bringToFront));
            // today's backup and the sweep of orphan files, once the window is up
            Thread maintenance = new Thread(() -> services.startupMaintenance(true), "sillage-maintenance");
            maintenance.setDaemon(true);
            maintenance.start();
            if (exitWhenShown) {
                shell.whenListShown(() -> {
                    System.out.println("shown " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
                    Platform.exit();
                });
            }
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
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
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
