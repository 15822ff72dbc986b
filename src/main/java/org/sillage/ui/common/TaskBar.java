package org.sillage.ui.common;

import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.sillage.i18n.Messages;

/** The bottom bar: the long task under way with its progress and a cancel button, or the last outcome. */
public final class TaskBar extends HBox {
    private final Label title = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label message = new Label();
    private final Button cancel;
    private final Label status = new Label();
    /** A line said stays this long, then goes: a stale message would describe something long past. */
    private final javafx.animation.PauseTransition fade = new javafx.animation.PauseTransition(SHOWN_FOR);
    static final javafx.util.Duration SHOWN_FOR = javafx.util.Duration.seconds(8);

    public TaskBar(Messages messages) {
        setId("taskBar");
        getStyleClass().add("task-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPadding(new Insets(4, 12, 4, 12));
        progress.setId("taskProgress");
        progress.setPrefWidth(220);
        message.setId("taskMessage");
        status.setId("statusMessage");
        cancel = new Button(messages.get("action.cancel"));
        cancel.setId("cancelTask");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(status, spacer, title, progress, message, cancel);
        fade.setOnFinished(e -> status.setText(""));
        showRunning(false);
    }

    /** Shows {@code task}'s progress until it ends; the cancel button cancels it. */
    public void follow(Task<?> task, String what) {
        title.setText(what);
        progress.progressProperty().bind(task.progressProperty());
        message.textProperty().bind(task.messageProperty());
        cancel.setOnAction(e -> task.cancel());
        showRunning(true);
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                progress.progressProperty().unbind();
                message.textProperty().unbind();
                showRunning(false);
            }
        });
    }

    /** A short line about what just happened ("5 postings imported"). */
    public void say(String text) {
        status.setText(text);
        fade.playFromStart();
    }

    /** How long a line stays (shorter in tests). */
    public void showFor(javafx.util.Duration d) {
        fade.setDuration(d);
    }

    private void showRunning(boolean running) {
        for (var n : new javafx.scene.Node[] {title, progress, message, cancel}) {
            n.setVisible(running);
            n.setManaged(running);
        }
    }
}
