package org.sillage.ui.caseload;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.domain.Posting;
import org.sillage.domain.Seeker;
import org.sillage.i18n.Messages;
import org.sillage.service.ApplicationService;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Dialogs;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/**
 * "Propose to…" on a posting (issue 9, ADR 0023): the people chosen each get their own application,
 * in one transaction. The button shows only in a caseload.
 */
public final class ProposeAction {
    private ProposeAction() {
    }

    /** The button for the posting {@code shown}; it appears when the folder holds several people. */
    public static Button button(UiContext ctx, ObservableValue<Posting> shown) {
        Messages m = ctx.messages();
        Button b = new Button(m.get("propose.action"), new FontIcon(Feather.SHARE_2));
        b.setId("proposeButton");
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setVisible(false);
        b.managedProperty().bind(b.visibleProperty());
        shown.addListener((o, a, p) -> {
            if (p != null) {
                BackgroundTask.wrap(c -> ctx.services().seekers().isCaseload()).onSuccess(b::setVisible)
                        .run(ctx.executor());
            }
        });
        b.setOnAction(e -> {
            Posting p = shown.getValue();
            if (p != null) {
                BackgroundTask.wrap(c -> ctx.services().seekers().all())
                        .onSuccess(all -> ask(ctx, p, all))
                        .onFailure(x -> Errors.show(ctx.window().get(), x, m)).run(ctx.executor());
            }
        });
        return b;
    }

    private static void ask(UiContext ctx, Posting p, List<Seeker> all) {
        Messages m = ctx.messages();
        Dialog<List<Long>> dialog = new Dialog<>();
        if (ctx.window().get() != null) {
            dialog.initOwner(ctx.window().get());
        }
        dialog.setTitle(m.get("app.name"));
        String title = p.effective().title() == null ? m.get("posting.untitled") : p.effective().title();
        dialog.setHeaderText(m.get("propose.title", title));
        dialog.getDialogPane().setId("proposeDialog");
        ButtonType ok = Dialogs.ok(m);
        dialog.getDialogPane().getButtonTypes().addAll(ok, Dialogs.cancel(m));
        List<CheckBox> boxes = new ArrayList<>();
        VBox list = new VBox(6);
        for (Seeker s : all) {
            if (!s.active()) {
                continue;
            }
            CheckBox box = new CheckBox(SeekerSwitcher.name(s, m));
            box.setMnemonicParsing(false);
            box.setId("propose-" + s.id());
            box.setUserData(s.id());
            boxes.add(box);
            list.getChildren().add(box);
        }
        Label hint = new Label(m.get("propose.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(300, 28.0 * boxes.size() + 8));
        VBox content = new VBox(10, hint, scroll);
        content.setPadding(new Insets(8));
        content.setPrefWidth(420);
        dialog.getDialogPane().setContent(content);
        var okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("proposeConfirm");
        okButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> boxes.stream().noneMatch(CheckBox::isSelected),
                boxes.stream().map(CheckBox::selectedProperty).toArray(javafx.beans.Observable[]::new)));
        dialog.setResultConverter(b -> b != ok ? null
                : boxes.stream().filter(CheckBox::isSelected).map(x -> (Long) x.getUserData()).toList());
        dialog.showAndWait().filter(ids -> !ids.isEmpty()).ifPresent(ids -> BackgroundTask
                .wrap(c -> ctx.services().applications().proposeTo(p.id(), ids))
                .onSuccess(done -> {
                    long already = done.stream().filter(ApplicationService.Proposed::alreadyTracked).count();
                    ctx.taskBar().say(m.get("propose.done", done.size(), already));
                    ctx.navigator().dataChanged();
                })
                .onFailure(x -> Errors.show(ctx.window().get(), x, m)).run(ctx.executor()));
    }
}
