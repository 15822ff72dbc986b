package org.sillage.ui.applications;

import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ApplicationView;
import org.sillage.domain.StatusChange;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/** The applications screen: the list, and the selected application's status and timeline. */
public final class ApplicationsView extends SplitPane {
    private final UiContext ctx;
    private final ApplicationsViewModel vm;
    private final ListView<ApplicationView> list = new ListView<>();
    private final ListView<StatusChange> timeline = new ListView<>();
    private final Label title = new Label();
    private final Label status = new Label();

    public ApplicationsView(UiContext ctx, ApplicationsViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
        setId("applicationsView");
        var m = ctx.messages();

        list.setId("applicationList");
        list.setItems(vm.visible());
        list.setPlaceholder(placeholder(m.get("applications.empty")));
        list.setCellFactory(v -> new ApplicationCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, a) -> {
            if (a != null && (vm.selected().get() == null || vm.selected().get().application().id() != a.application().id())) {
                open(a.application().id());
            }
        });

        title.setId("applicationTitle");
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        status.setId("statusLabel");
        status.getStyleClass().add("status-badge");

        ComboBox<ApplicationStatus> choice = new ComboBox<>();
        choice.setId("statusChoice");
        choice.getItems().setAll(ApplicationStatus.values());
        choice.setPromptText(m.get("application.new_status"));
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(ApplicationStatus s) {
                return s == null ? "" : m.get(s.messageKey());
            }

            @Override
            public ApplicationStatus fromString(String s) {
                return null;
            }
        });
        choice.valueProperty().bindBidirectional(vm.nextStatus());
        TextField note = new TextField();
        note.setId("noteField");
        note.setPromptText(m.get("application.note_prompt"));
        note.textProperty().bindBidirectional(vm.note());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button apply = new Button(m.get("application.apply_status"));
        apply.setId("applyStatus");
        apply.getStyleClass().add("accent");
        apply.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.canApply(), vm.nextStatus(), vm.selected()));
        apply.setOnAction(e -> applyStatus());
        note.setOnAction(e -> {
            if (vm.canApply()) {
                applyStatus();
            }
        });
        Button openPosting = new Button(m.get("application.open_posting"));
        openPosting.setId("openPosting");
        openPosting.setOnAction(e -> {
            if (vm.selected().get() != null) {
                ctx.navigator().showPostings(vm.selected().get().application().postingId());
            }
        });

        timeline.setId("timeline");
        timeline.setCellFactory(v -> new ChangeCell());
        VBox.setVgrow(timeline, Priority.ALWAYS);
        Label timelineHeading = new Label(m.get("application.timeline"));
        timelineHeading.getStyleClass().add("title-4");
        HBox statusRow = new HBox(10, new Label(m.get("application.status")), status, new Region(), openPosting);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(statusRow.getChildren().get(2), Priority.ALWAYS);
        HBox form = new HBox(8, choice, note, apply);
        form.setAlignment(Pos.CENTER_LEFT);
        VBox detail = new VBox(12, title, statusRow, form, timelineHeading, timeline);
        detail.setPadding(new Insets(16));
        detail.setId("applicationDetail");
        Label hint = placeholder(m.get("applications.select_hint"));
        StackPane right = new StackPane(hint, detail);
        detail.visibleProperty().bind(vm.selected().isNotNull());
        hint.visibleProperty().bind(vm.selected().isNull());

        StackPane left = new StackPane(list);
        left.setMinWidth(280);
        getItems().addAll(left, right);
        setDividerPositions(0.36);
        vm.selected().addListener((obs, old, a) -> show(a));
    }

    private static Label placeholder(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        l.setPadding(new Insets(16));
        return l;
    }

    public void reload(Long select) {
        BackgroundTask.wrap(c -> vm.load()).onSuccess(apps -> {
            vm.apply(apps);
            Long id = select != null ? select : vm.selected().get() == null ? null : vm.selected().get().application().id();
            if (id != null) {
                vm.visible().stream().filter(a -> a.application().id() == id).findFirst().ifPresent(a -> {
                    list.getSelectionModel().select(a);
                    list.scrollTo(a);
                });
                open(id);
            }
        }).onFailure(this::fail).run(ctx.executor());
    }

    private void open(long id) {
        BackgroundTask.wrap(c -> vm.loadOne(id)).onSuccess(vm::show).onFailure(this::fail).run(ctx.executor());
    }

    private void applyStatus() {
        long id = vm.selected().get().application().id();
        ApplicationStatus to = vm.nextStatus().get();
        String note = vm.note().get();
        BackgroundTask.wrap(c -> vm.changeStatus(id, to, note)).onSuccess(view -> {
            vm.show(view);
            ctx.taskBar().say(ctx.messages().get("application.status_changed", ctx.messages().get(to.messageKey())));
            ctx.navigator().dataChanged();
        }).onFailure(this::fail).run(ctx.executor());
    }

    private void undo(StatusChange change) {
        BackgroundTask.wrap(c -> vm.undo(change.id())).onSuccess(view -> {
            vm.show(view);
            ctx.taskBar().say(ctx.messages().get("application.undone"));
            ctx.navigator().dataChanged();
        }).onFailure(this::fail).run(ctx.executor());
    }

    private void fail(Throwable e) {
        Errors.show(ctx.window().get(), e, ctx.messages());
    }

    private void show(ApplicationView a) {
        if (a == null) {
            timeline.getItems().clear();
            return;
        }
        title.setText(a.title() == null ? ctx.messages().get("posting.untitled") : a.title());
        ApplicationStatus s = a.application().status();
        status.setText(ctx.messages().get(s.messageKey()));
        status.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-badge"));
        status.getStyleClass().add("status-" + s.name().toLowerCase(Locale.ROOT));
        var newestFirst = new java.util.ArrayList<>(a.history());
        java.util.Collections.reverse(newestFirst);
        timeline.getItems().setAll(newestFirst);
    }

    private final class ApplicationCell extends ListCell<ApplicationView> {
        ApplicationCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ApplicationView a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setGraphic(null);
                return;
            }
            Label t = new Label(a.title() == null ? ctx.messages().get("posting.untitled") : a.title());
            t.getStyleClass().add("posting-title");
            Label org = new Label(a.organization() == null ? "" : a.organization());
            org.getStyleClass().add("text-muted");
            ApplicationStatus s = a.application().status();
            Label badge = new Label(ctx.messages().get(s.messageKey()));
            badge.getStyleClass().addAll("status-badge", "status-" + s.name().toLowerCase(Locale.ROOT));
            setGraphic(new VBox(2, t, org, badge));
        }
    }

    /** A timeline line: when, from → to, the note, and an undo button. */
    private final class ChangeCell extends ListCell<StatusChange> {
        ChangeCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(StatusChange c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setGraphic(null);
                return;
            }
            var m = ctx.messages();
            String what = c.isInitial() ? m.get("history.started", m.get(c.to().messageKey()))
                    : m.get("history.change", m.get(c.from().messageKey()), m.get(c.to().messageKey()));
            Label head = new Label(ctx.formats().dateTime(c.at()) + " — " + what);
            head.getStyleClass().add("change-head");
            VBox text = new VBox(2, head);
            if (c.note() != null) {
                Label note = new Label(c.note());
                note.setWrapText(true);
                note.getStyleClass().add("change-note");
                text.getChildren().add(note);
            }
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(8, text, spacer);
            row.setAlignment(Pos.CENTER_LEFT);
            if (c.isUndone()) {
                Label undone = new Label(m.get("history.undone"));
                undone.getStyleClass().add("text-muted");
                row.getStyleClass().add("undone");
                row.getChildren().add(undone);
            } else if (!c.isInitial()) {
                Button undo = new Button(m.get("history.undo"));
                undo.setId("undo-" + c.id());
                undo.getStyleClass().addAll("undo-button", "flat");
                undo.setOnAction(e -> undo(c));
                row.getChildren().add(undo);
            }
            setGraphic(row);
        }
    }
}
