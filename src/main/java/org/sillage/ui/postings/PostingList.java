package org.sillage.ui.postings;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sillage.domain.PostingFilter;
import org.sillage.domain.PostingSummary;
import org.sillage.service.StartupTrace;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Converters;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.ImportActions;
import org.sillage.ui.shell.UiContext;

/**
 * The left of the postings screen: the list's order and criteria, the list itself, read a page at a time as it
 * scrolls, and what the screen says when there is no posting yet.
 */
final class PostingList extends VBox {
    private final UiContext ctx;
    private final PostingsViewModel vm;
    private final ListView<PostingSummary> list = new ListView<>();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    /** No posting at all, once the list has been read. */
    private final BooleanBinding noPosting;

    PostingList(UiContext ctx, PostingsViewModel vm, ImportActions imports) {
        this.ctx = ctx;
        this.vm = vm;
        var m = ctx.messages();
        list.setId("postingList");
        list.setAccessibleText(m.get("nav.postings"));
        list.setItems(vm.visible());
        list.setCellFactory(v -> new PostingCell());
        // before the first rows come, the list says nothing: not that nothing matches
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(loaded).then(m.get("postings.no_match")).otherwise(""));
        list.setPlaceholder(placeholder);

        // "no posting yet" only once the list has been read: not while the first rows are on their way
        noPosting = vm.empty().and(loaded);
        VBox emptyState = emptyState(imports);
        emptyState.visibleProperty().bind(noPosting);
        emptyState.managedProperty().bind(noPosting);
        list.visibleProperty().bind(noPosting.not());

        StackPane listOrEmpty = new StackPane(list, emptyState);
        VBox.setVgrow(listOrEmpty, Priority.ALWAYS);
        getChildren().addAll(sortAndFilter(), listOrEmpty);
        setMinWidth(200);
    }

    /** What an empty folder shows: load the samples, or import files. */
    private VBox emptyState(ImportActions imports) {
        var m = ctx.messages();
        Button samples = new Button(m.get("postings.load_samples"));
        samples.setId("loadSamples");
        samples.getStyleClass().add("accent");
        samples.setOnAction(e -> imports.loadSamples());
        Button importFiles = new Button(m.get("action.import"));
        importFiles.setId("emptyImport");
        importFiles.setOnAction(e -> imports.chooseFiles());
        Label emptyTitle = new Label(m.get("postings.empty.title"));
        emptyTitle.getStyleClass().add("title-3");
        emptyTitle.setWrapText(true);
        Label emptyText = new Label(m.get("postings.empty.text"));
        emptyText.setWrapText(true);
        // the two buttons go one under the other in a narrow list rather than shrink to "Load the sample …"
        samples.setMinWidth(Region.USE_PREF_SIZE);
        importFiles.setMinWidth(Region.USE_PREF_SIZE);
        VBox emptyState = new VBox(12, emptyTitle, emptyText, new FlowPane(8, 8, samples, importFiles));
        emptyState.setId("emptyState");
        emptyState.getStyleClass().add("empty-state");
        emptyState.setAlignment(Pos.CENTER_LEFT);
        emptyState.setPadding(new Insets(24));
        return emptyState;
    }

    /**
     * The list's order and criteria, and how many postings they keep; a search shows its hits best first,
     * so they wait while one is typed.
     */
    private Pane sortAndFilter() {
        var m = ctx.messages();
        ComboBox<PostingFilter.Order> order = new ComboBox<>();
        order.setId("postingSort");
        order.getItems().setAll(PostingFilter.Order.values());
        order.setConverter(Converters.showing(o -> m.get("postings.sort." + o.name().toLowerCase(java.util.Locale.ROOT))));
        order.setValue(vm.filter().get().order());
        order.setAccessibleText(m.get("postings.sort"));
        order.setTooltip(new Tooltip(m.get("postings.sort")));
        ComboBox<PostingFilter.DeadlineState> deadline = new ComboBox<>();
        deadline.setId("postingDeadlineFilter");
        deadline.getItems().setAll(PostingFilter.DeadlineState.values());
        deadline.setConverter(Converters.showing(d -> m.get(deadlineKey(d))));
        deadline.setValue(vm.filter().get().deadline());
        deadline.setAccessibleText(m.get("table.column.deadline"));
        CheckBox notTracked = new CheckBox(m.get("postings.filter.not_tracked"));
        notTracked.setId("notTrackedFilter");
        notTracked.setSelected(vm.filter().get().notTracked());
        Label count = new Label();
        count.setId("postingCount");
        count.getStyleClass().add("text-muted");
        // while words are typed in the bar, how many of them the words find ("1 of 3 postings" rather than "3 postings")
        // and nothing before the list is read (not "0 postings")
        count.textProperty().bind(Bindings.createStringBinding(() -> !loaded.get() ? ""
                : vm.found().get() < 0 ? m.get("postings.count", vm.total().get())
                : m.get("postings.count_found", vm.found().get(), vm.total().get()),
                vm.total(), vm.found(), loaded));
        Runnable changed = () -> {
            vm.filter().set(new PostingFilter(order.getValue(), notTracked.isSelected(), deadline.getValue()));
            reload(null, () -> { });
        };
        order.setOnAction(e -> changed.run());
        deadline.setOnAction(e -> changed.run());
        notTracked.setOnAction(e -> changed.run());
        FlowPane bar = new FlowPane(8, 6, order, deadline, notTracked, count);
        bar.setId("postingFilters");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("list-filters");
        bar.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.query().get() != null && !vm.query().get().isBlank(),
                vm.query()));
        bar.visibleProperty().bind(noPosting.not());
        bar.managedProperty().bind(noPosting.not());
        return bar;
    }

    private static String deadlineKey(PostingFilter.DeadlineState d) {
        return switch (d) {
            case ANY -> "postings.filter.deadline.any";
            case HAS_DEADLINE -> "postings.filter.deadline.has";
            case OPEN -> "postings.filter.deadline.open";
            case CLOSED -> "postings.filter.deadline.closed";
        };
    }

    /** Asks the search index in the background; an answer to a query the user typed past is dropped. */
    void search(String q) {
        if (vm.needsSearch()) {
            BackgroundTask.wrap(c -> vm.search(q)).onSuccess(found -> vm.applySearch(q, found))
                    .onFailure(this::fail).run(ctx.executor());
        }
    }

    /** Reads the next page in the background when the list is scrolled near the end of what is loaded. */
    private void loadMoreNear(int index) {
        if (index < vm.visible().size() - 40 || !vm.canLoadMore()) {
            return;
        }
        PostingsViewModel.More asked = vm.startLoadingMore();
        BackgroundTask.wrap(c -> vm.loadMore(asked)).onSuccess(rows -> vm.applyMore(asked, rows))
                .onFailure(e -> {
                    vm.loadMoreFailed();
                    fail(e);
                }).run(ctx.executor());
    }

    /** Reads one posting's line again (its application's status changed) and redraws it. */
    void refreshRow(long postingId) {
        BackgroundTask.wrap(c -> vm.loadRow(postingId)).onSuccess(row -> row.ifPresent(r -> {
            PostingSummary shown = list.getSelectionModel().getSelectedItem();
            vm.replaceRow(r);
            if (shown != null && shown.id() == postingId) {
                list.getSelectionModel().select(r);
            }
        })).onFailure(this::fail).run(ctx.executor());
    }

    /** Reloads the list from the store, selects {@code postingId} if given, then runs {@code then}. */
    void reload(Long postingId, Runnable then) {
        String q = vm.query().get();
        int rows = vm.loaded();
        PostingFilter f = vm.filter().get();
        BackgroundTask.wrap(c -> {
            StartupTrace.mark("list query");
            var loadedRows = vm.load(q, rows, f);
            StartupTrace.mark("list queried");
            return loadedRows;
        }).onSuccess(s -> {
            Long keep = postingId != null ? postingId
                    : vm.selectedSummary().get() == null ? null : vm.selectedSummary().get().id();
            vm.apply(s);
            loaded.set(true);
            if (keep != null) {
                vm.visible().stream().filter(p -> p.id() == keep).findFirst().ifPresent(p -> {
                    list.getSelectionModel().select(p);
                    list.scrollTo(p);
                });
            }
            then.run();
        }).onFailure(this::fail).run(ctx.executor());
    }

    private void fail(Throwable e) {
        Errors.show(ctx.window().get(), e, ctx.messages());
    }

    ObservableBooleanValue loaded() {
        return loaded;
    }

    ListView<PostingSummary> list() {
        return list;
    }

    /** A list line: title, then organisation, deadline and status. */
    private final class PostingCell extends ListCell<PostingSummary> {
        PostingCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(PostingSummary p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            loadMoreNear(getIndex());
            var m = ctx.messages();
            Label t = new Label(p.title() == null ? m.get("posting.untitled") : p.title());
            t.getStyleClass().add("posting-title");
            StringBuilder meta = new StringBuilder(p.organization() == null ? "" : p.organization());
            if (p.deadline() != null) {
                meta.append(meta.length() > 0 ? " · " : "").append(m.get("posting.deadline_short",
                        ctx.formats().date(p.deadline())));
            }
            VBox box = new VBox(2, t);
            if (meta.length() > 0) {
                Label sub = new Label(meta.toString());
                sub.getStyleClass().add("text-muted");
                box.getChildren().add(sub);
            }
            if (p.deadline() != null && p.deadline().isBefore(java.time.LocalDate.now())) {
                // a posting past its deadline says so, tracked or not
                Label closed = new Label(m.get("application.expired"));
                closed.getStyleClass().addAll("flag", "flag-danger");
                box.getChildren().add(closed);
            }
            if (p.status() != null) {
                Label badge = new Label(m.get(p.status().messageKey()));
                badge.getStyleClass().addAll("status-badge", "status-" + p.status().name().toLowerCase(java.util.Locale.ROOT));
                box.getChildren().add(badge);
            }
            setText(null);
            setGraphic(box);
        }
    }
}
