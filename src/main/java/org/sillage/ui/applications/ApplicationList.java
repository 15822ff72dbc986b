package org.sillage.ui.applications;

import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sillage.domain.ApplicationRow;
import org.sillage.domain.ApplicationStatus;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.shell.UiContext;

/** The left of the applications screen: the applications followed, a page at a time, the archived ones on demand. */
final class ApplicationList extends VBox {
    private final UiContext ctx;
    private final ApplicationsViewModel vm;
    private final ShownApplication shown;
    private final ListView<ApplicationRow> list = new ListView<>();

    ApplicationList(UiContext ctx, ApplicationsViewModel vm, ShownApplication shown) {
        this.ctx = ctx;
        this.vm = vm;
        this.shown = shown;
        var m = ctx.messages();
        list.setId("applicationList");
        list.setAccessibleText(m.get("nav.applications"));
        list.setItems(vm.visible());
        list.setPlaceholder(ApplicationsView.placeholder(m.get("applications.empty")));
        list.setCellFactory(v -> new ApplicationCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, a) -> {
            if (a != null && (vm.selected().get() == null || vm.selected().get().id() != a.applicationId())) {
                shown.open(a.applicationId());
            }
        });
        CheckBox showArchived = new CheckBox(m.get("applications.show_archived"));
        showArchived.setId("showArchived");
        showArchived.selectedProperty().bindBidirectional(vm.showArchived());
        showArchived.setOnAction(e -> reload(null));
        showArchived.setPadding(new Insets(6, 8, 6, 8));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(showArchived, list);
        setMinWidth(200);
    }

    /**
     * Reloads the list, then shows {@code select}, else the application shown before if it still exists;
     * an application that is gone (its posting deleted) leaves the detail empty rather than failing.
     */
    void reload(Long select) {
        Long id = select != null ? select : vm.selected().get() == null ? null : vm.selected().get().id();
        var asked = vm.reload(id);
        BackgroundTask.wrap(c -> vm.load(asked)).onSuccess(apps -> {
            if (!vm.apply(apps)) {
                return;
            }
            list.refresh();
            if (id != null && apps.wantedExists()) {
                vm.visible().stream().filter(a -> a.applicationId() == id).findFirst().ifPresentOrElse(a -> {
                    list.getSelectionModel().select(a);
                    list.scrollTo(a);
                }, () -> list.getSelectionModel().clearSelection());
                shown.open(id);
            } else {
                list.getSelectionModel().clearSelection();
                vm.selected().set(null);
            }
        }).onFailure(shown::fail).run(ctx.executor());
    }

    /** Reads the next page in the background when the list is scrolled near the end of what is read. */
    private void loadMoreNear(int index) {
        if (index < vm.visible().size() - 30 || !vm.canLoadMore()) {
            return;
        }
        var asked = vm.startLoadingMore();
        BackgroundTask.wrap(c -> vm.load(asked)).onSuccess(vm::apply).onFailure(shown::fail).run(ctx.executor());
    }

    /** Reads one application's row again (after its status changed) and redraws it in the list. */
    void refreshRow(long applicationId) {
        BackgroundTask.wrap(c -> vm.loadRow(applicationId)).onSuccess(found -> found.ifPresent(row -> {
            var before = list.getSelectionModel().getSelectedItem();
            vm.replaceRow(row);
            if (before != null && before.applicationId() == applicationId) {
                list.getSelectionModel().select(row.row());
            }
            list.refresh();
        })).onFailure(shown::fail).run(ctx.executor());
    }

    /** After the shown application is removed: nothing selected, the keyboard on the list. */
    void removed() {
        list.getSelectionModel().clearSelection();
        vm.selected().set(null);
        list.requestFocus();
    }

    /** A list line: title, organisation, then the status and the flags. */
    private final class ApplicationCell extends ListCell<ApplicationRow> {
        ApplicationCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ApplicationRow a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setGraphic(null);
                return;
            }
            loadMoreNear(getIndex());
            var m = ctx.messages();
            Label t = new Label(a.title() == null ? m.get("posting.untitled") : a.title());
            t.getStyleClass().add("posting-title");
            Label org = new Label(a.organization() == null ? "" : a.organization());
            org.getStyleClass().add("text-muted");
            ApplicationStatus s = a.status();
            Label badge = new Label(m.get(s.messageKey()));
            badge.getStyleClass().addAll("status-badge", "status-" + s.name().toLowerCase(Locale.ROOT));
            HBox badges = new HBox(6, badge);
            var f = vm.flagsOf(a.applicationId());
            if (f.expired()) {
                badges.getChildren().add(ApplicationHeader.flag(null, m.get("application.expired"), "flag-danger"));
            }
            if (f.needsFollowUp()) {
                badges.getChildren().add(ApplicationHeader.flag(null, m.get("application.needs_follow_up"), "flag-warning"));
            }
            if (f.noAnswer()) {
                badges.getChildren().add(ApplicationHeader.flag(null, m.get("application.no_answer"), "flag-warning"));
            }
            setGraphic(new VBox(2, t, org, badges));
        }
    }
}
