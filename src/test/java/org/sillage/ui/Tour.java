package org.sillage.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sillage.service.AppServices;
import org.sillage.service.ProgressListener;
import org.sillage.ui.shell.Shell;

/**
 * A developer's tool, not a test: opens the real window on a data folder (with the samples, one tracked)
 * at a given size and language, walks through steps and saves a PNG of every window after each, for the
 * README screenshots and for looking at a screen under Xvfb.
 * {@code java -cp ... org.sillage.ui.Tour DATA WIDTH HEIGHT LANG OUT_PREFIX step,step...}; a step is
 * {@code wait}, {@code click:ID}, {@code select:LISTID:INDEX}, {@code shot:NAME} or {@code esc}.
 */
public final class Tour {
    private static String[] args;

    public static void main(String[] a) {
        args = a;
        Locale.setDefault(Locale.forLanguageTag(a[3]));
        Application.launch(App.class);
    }

    /** The JavaFX side. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            Tour.start(stage);
        }
    }

    static void start(Stage stage) throws Exception {
        AppServices services = AppServices.open(Path.of(args[0]));
        if (services.postings().count() == 0) {
            services.imports().importSamples(ProgressListener.NONE, () -> false);
            services.applications().track(services.postings().list().get(0).id());
        }
        var layout = new org.sillage.domain.WindowLayout(0, 0, Double.parseDouble(args[1]), Double.parseDouble(args[2]),
                false, java.util.Map.of());
        Shell shell = new Shell(services, stage, services.settings().effectiveLocale(), layout);
        shell.show();
        List<String> steps = List.of(args[5].split(","));
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(2500);
                for (String step : steps) {
                    run(stage, step);
                    Thread.sleep(1200);
                }
            } catch (Exception e) {
                e.printStackTrace();
            }
            Platform.runLater(() -> {
                shell.close();
                services.close();
                Platform.exit();
            });
        });
        t.setDaemon(true);
        t.start();
    }

    private static void run(Stage stage, String step) throws Exception {
        String[] p = step.split(":");
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                Scene scene = stage.getScene();
                switch (p[0]) {
                    case "click" -> {
                        Node n = scene.lookup("#" + p[1]);
                        if (n == null) {
                            for (Window w : new ArrayList<>(Window.getWindows())) {
                                n = n == null ? w.getScene().lookup("#" + p[1]) : n;
                            }
                        }
                        if (n instanceof javafx.scene.control.ButtonBase b) {
                            b.fire();
                        } else if (n instanceof javafx.scene.control.Labeled l) {
                            n.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0,
                                    javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false,
                                    true, false, false, null));
                        } else {
                            System.err.println("no #" + p[1]);
                        }
                    }
                    case "tab" -> {
                        var tabs = (javafx.scene.control.TabPane) scene.lookup("#applicationTabs");
                        tabs.getTabs().stream().filter(x -> p[1].equals(x.getId())).findFirst()
                                .ifPresent(x -> tabs.getSelectionModel().select(x));
                    }
                    case "select" -> ((javafx.scene.control.ListView<?>) scene.lookup("#" + p[1])).getSelectionModel()
                            .select(Integer.parseInt(p[2]));
                    case "esc" -> {
                        for (Window w : new ArrayList<>(Window.getWindows())) {
                            if (w != stage && w instanceof Stage s) {
                                s.close();
                            }
                        }
                    }
                    case "shot" -> {
                        int i = 0;
                        for (Window w : new ArrayList<>(Window.getWindows())) {
                            if (!w.isShowing()) {
                                continue;
                            }
                            var image = w.getScene().snapshot(null);
                            String name = args[4] + p[1] + (w == stage ? "" : "-dialog" + i++) + ".png";
                            javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new java.io.File(name));
                            System.out.println("wrote " + name);
                        }
                    }
                    default -> {
                    }
                }
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }
}
