import java.lang.management.ManagementFactory;
import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for Sillage's cold start: the smallest JavaFX window, packaged exactly like Sillage
 * (packaging/bench-start.sh). Not shipped. With --exit-when-shown it prints "shown N ms" once the window
 * is on screen and exits, as Sillage does. Like org.sillage.Sillage, the main class is not the
 * Application, so the JavaFX jars can stay on the class path.
 */
public final class BareWindow {
    static boolean exitWhenShown;

    public static void main(String[] args) {
        exitWhenShown = List.of(args).contains("--exit-when-shown");
        Application.launch(Fx.class, args);
        System.exit(0);
    }

    public static final class Fx extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Bare window");
            stage.setScene(new Scene(new StackPane(new Label("Bare JavaFX window")), 640, 400));
            stage.show();
            if (exitWhenShown) {
                Platform.runLater(() -> {
                    System.out.println("shown " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
                    Platform.exit();
                });
            }
        }
    }
}
