package org.sillage.ui.sessions;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.domain.SupportAction;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Converters;
import org.sillage.ui.common.DateFields;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/**
 * The actions agreed in a session, one row each: what, who, by when, and their state once saved (changed at once),
 * with a button to take one out.
 */
final class SessionActions extends VBox {
    private final UiContext ctx;
    private final SessionsViewModel vm;
    private final List<DatePicker> pickers = new ArrayList<>();

    SessionActions(UiContext ctx, SessionsViewModel vm) {
        super(12);
        this.ctx = ctx;
        this.vm = vm;
        setId("sessionActions");
        vm.actions().addListener((javafx.collections.ListChangeListener<SessionsViewModel.ActionRow>) c -> rebuild());
    }

    private void rebuild() {
        pickers.clear();
        getChildren().clear();
        int i = 0;
        for (SessionsViewModel.ActionRow row : vm.actions()) {
            getChildren().add(actionRow(row, i++));
        }
    }

    /** The session's own date picker, then each action's: a date typed but not yet committed counts on saving. */
    List<DatePicker> datePickers(DatePicker sessionDay) {
        List<DatePicker> all = new ArrayList<>();
        all.add(sessionDay);
        all.addAll(pickers);
        return all;
    }

    private VBox actionRow(SessionsViewModel.ActionRow row, int i) {
        var m = ctx.messages();
        TextField what = new TextField();
        what.setId("actionWhat-" + i);
        what.setPromptText(m.get("sessions.action.what"));
        what.textProperty().bindBidirectional(row.what());
        ChoiceBox<SupportAction.Owner> who = new ChoiceBox<>();
        who.setId("actionWho-" + i);
        who.getItems().setAll(SupportAction.Owner.values());
        who.setConverter(Converters.showing(o -> m.get(o.messageKey())));
        who.valueProperty().bindBidirectional(row.owner());
        DatePicker due = new DatePicker();
        DateFields.install(due, m.locale());
        due.setId("actionDue-" + i);
        due.valueProperty().bindBidirectional(row.due());
        pickers.add(due);
        ChoiceBox<SupportAction.State> state = new ChoiceBox<>();
        state.setId("actionState-" + i);
        state.getItems().setAll(SupportAction.State.values());
        state.setConverter(Converters.showing(s -> m.get(s.messageKey())));
        state.setValue(row.state().get());
        state.setDisable(!row.saved());
        state.setTooltip(new Tooltip(m.get(row.saved() ? "sessions.action.state" : "sessions.action.state_unsaved")));
        row.state().addListener((obs, old, s) -> state.setValue(s));
        state.setOnAction(e -> {
            if (state.getValue() != null && state.getValue() != row.state().get()) {
                BackgroundTask.wrap(c -> vm.setState(row.id(), state.getValue())).onSuccess(a -> {
                    vm.applyState(a);
                    ctx.navigator().dataChanged();
                }).onFailure(ex -> {
                    state.setValue(row.state().get());
                    Errors.show(ctx.window().get(), ex, m);
                }).run(ctx.executor());
            }
        });
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.setId("actionRemove-" + i);
        remove.setTooltip(new Tooltip(m.get("sessions.action.remove")));
        remove.setOnAction(e -> vm.removeAction(row));
        who.setPrefWidth(140);
        state.setPrefWidth(120);
        due.setPrefWidth(150);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox details = new HBox(6, who, due, state, gap, remove);
        details.setAlignment(Pos.CENTER_LEFT);
        VBox action = new VBox(4, what, details);
        action.getStyleClass().add("session-action");
        return action;
    }
}
