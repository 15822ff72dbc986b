package org.sillage.ui.labels;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.domain.Labels;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/**
 * The priority stars and the tags of a posting or an application, with the keyboard: Tab reaches each
 * star (Space presses it; 0 to 3, + and - set the priority), each tag's remove button, and the field where
 * a tag is typed (Enter adds it, Backspace in the empty field removes the last one).
 */
public final class LabelsBar extends FlowPane {
    private final UiContext ctx;
    private final LabelsModel model;
    private final LabelsModel.Source source;
    private final String prefix;
    private final Button[] stars = new Button[3];
    private final HBox chips = new HBox(4);

    /** @param prefix the start of the ids of its controls ("posting": postingStar1, postingTagInput...) */
    public LabelsBar(UiContext ctx, LabelsModel model, LabelsModel.Source source, String prefix) {
        super(6, 6);
        this.ctx = ctx;
        this.model = model;
        this.source = source;
        this.prefix = prefix;
        setId(prefix + "Labels");
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("labels-bar");
        var m = ctx.messages();
        Label priorityLabel = new Label(m.get("labels.priority"));
        priorityLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox starBox = new HBox(0);
        for (int i = 0; i < 3; i++) {
            int star = i + 1;
            Button b = new Button("☆");
            b.setId(prefix + "Star" + star);
            b.getStyleClass().addAll("flat", "small", "star");
            b.setAccessibleText(m.get("labels.star", star));
            b.setTooltip(new Tooltip(m.get("labels.star_hint", star)));
            b.setOnAction(e -> savePriority(model.priorityAfterPressing(star)));
            b.setOnKeyTyped(e -> {
                int p = model.priorityAfterKey(e.getCharacter());
                if (p >= 0) {
                    e.consume();
                    savePriority(p);
                }
            });
            stars[i] = b;
            starBox.getChildren().add(b);
        }
        model.priority().addListener((obs, old, p) -> paintStars(p.intValue()));
        paintStars(model.priority().get());

        Label tagsLabel = new Label(m.get("labels.tags"));
        tagsLabel.setMinWidth(Region.USE_PREF_SIZE);
        TextField input = new TextField();
        input.setId(prefix + "TagInput");
        input.setPromptText(m.get("labels.tag_prompt"));
        input.setAccessibleText(m.get("labels.tag_prompt"));
        input.setPrefColumnCount(10);
        input.textProperty().bindBidirectional(model.typed());
        input.setOnAction(e -> {
            List<String> next = model.tagsWithTyped();
            model.typed().set("");
            if (next != null) {
                saveTags(next);
            }
        });
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.BACK_SPACE && input.getText().isEmpty()) {
                List<String> next = model.tagsWithoutLast();
                if (next != null) {
                    saveTags(next);
                }
            }
        });
        model.tags().addListener((javafx.collections.ListChangeListener<String>) c -> drawChips());
        drawChips();
        getChildren().addAll(priorityLabel, starBox, tagsLabel, chips, input);
    }

    private void paintStars(int priority) {
        var m = ctx.messages();
        for (int i = 0; i < 3; i++) {
            stars[i].getStyleClass().remove("star-on");
            stars[i].setText(i < priority ? "★" : "☆");
            if (i < priority) {
                stars[i].getStyleClass().add("star-on");
            }
            stars[i].setAccessibleText(m.get("labels.star", i + 1) + (i < priority ? " ✓" : ""));
        }
    }

    private void drawChips() {
        var m = ctx.messages();
        chips.getChildren().clear();
        int i = 0;
        for (String tag : model.tags()) {
            Label name = new Label(tag);
            name.setMinWidth(Region.USE_PREF_SIZE);
            Button remove = new Button(null, new FontIcon(Feather.X));
            remove.getStyleClass().addAll("flat", "small");
            remove.setId(prefix + "TagRemove" + i++);
            remove.setAccessibleText(m.get("labels.tag_remove", tag));
            remove.setTooltip(new Tooltip(m.get("labels.tag_remove", tag)));
            remove.setOnAction(e -> saveTags(model.tagsWithout(tag)));
            HBox chip = new HBox(2, name, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("tag-chip");
            chips.getChildren().add(chip);
        }
    }

    private void savePriority(int priority) {
        long id = model.ownerId();
        BackgroundTask.wrap(c -> source.setPriority(id, priority)).onSuccess(l -> shown(id, l))
                .onFailure(e -> Errors.show(ctx.window().get(), e, ctx.messages())).run(ctx.executor());
    }

    private void saveTags(List<String> tags) {
        long id = model.ownerId();
        BackgroundTask.wrap(c -> source.setTags(id, tags)).onSuccess(l -> shown(id, l))
                .onFailure(e -> Errors.show(ctx.window().get(), e, ctx.messages())).run(ctx.executor());
    }

    private void shown(long id, Labels labels) {
        if (model.ownerId() == id) {
            model.show(id, labels);
        }
    }
}
