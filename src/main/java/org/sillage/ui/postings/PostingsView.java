package org.sillage.ui.postings;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sillage.domain.Field;
import org.sillage.domain.Posting;
import org.sillage.domain.PostingFields;
import org.sillage.domain.PostingSummary;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.ImportActions;
import org.sillage.ui.shell.UiContext;

/** The postings screen: a searchable list on the left, the selected posting on the right. */
public final class PostingsView extends SplitPane {
    private final UiContext ctx;
    private final PostingsViewModel vm;
    private final ListView<PostingSummary> list = new ListView<>();
    private final VBox emptyState;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Button track = new Button();
    private final Button previous = new Button();
    private final FieldsGrid fields;
    private final EvidenceText text;
    private final VBox detail;
    /** "Did I already apply?": earlier applications to this organisation for a similar title. */
    private final Label alreadyApplied = new Label();
    private final org.sillage.ui.labels.LabelsModel labels = new org.sillage.ui.labels.LabelsModel();
    private final javafx.beans.property.BooleanProperty loaded = new javafx.beans.property.SimpleBooleanProperty();
    /** No posting at all, once the list has been read. */
    private javafx.beans.binding.BooleanBinding noPosting;

    public PostingsView(UiContext ctx, PostingsViewModel vm, ImportActions imports) {
        this.ctx = ctx;
        this.vm = vm;
        setId("postingsView");
        var m = ctx.messages();

        list.setId("postingList");
        list.setAccessibleText(m.get("nav.postings"));
        list.setItems(vm.visible());
        list.setCellFactory(v -> new PostingCell());
        // before the first rows come, the list says nothing: not that nothing matches
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(loaded).then(m.get("postings.no_match")).otherwise(""));
        list.setPlaceholder(placeholder);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> select(p));

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
        samples.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        importFiles.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        emptyState = new VBox(12, emptyTitle, emptyText, new javafx.scene.layout.FlowPane(8, 8, samples, importFiles));
        emptyState.setId("emptyState");
        emptyState.getStyleClass().add("empty-state");
        emptyState.setAlignment(Pos.CENTER_LEFT);
        emptyState.setPadding(new Insets(24));
        // "no posting yet" only once the list has been read: not while the first rows are on their way
        noPosting = vm.empty().and(loaded);
        emptyState.visibleProperty().bind(noPosting);
        emptyState.managedProperty().bind(noPosting);
        list.visibleProperty().bind(noPosting.not());

        title.setId("postingTitle");
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        subtitle.setId("postingSubtitle");
        subtitle.getStyleClass().add("text-muted");
        subtitle.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        subtitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        track.setId("trackButton");
        track.getStyleClass().add("accent");
        track.setOnAction(e -> trackSelected());
        Button original = new Button(m.get("posting.open_original"));
        original.setId("openOriginal");
        original.setOnAction(e -> openOriginal());
        Button delete = new Button(m.get("posting.delete"));
        delete.setId("deletePosting");
        delete.getStyleClass().addAll("danger", "flat");
        delete.setOnAction(e -> deleteSelected());
        previous.setId("previousVersion");
        previous.getStyleClass().add("flat");
        javafx.scene.layout.Region grow = new javafx.scene.layout.Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        // the actions wrap onto a second line on a narrow window rather than shrink to "Track this …"
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 8, track, original, previous, delete);
        actions.getChildren().add(1, org.sillage.ui.caseload.ProposeAction.button(ctx, vm.selected()));
        for (var b : java.util.List.of(track, original, previous, delete)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        text = new EvidenceText(m);
        fields = new FieldsGrid(ctx, this::reveal, this::edit);
        VBox.setVgrow(text, Priority.ALWAYS);
        Label textHeading = new Label(m.get("posting.text"));
        textHeading.getStyleClass().add("title-4");
        Label legend = new Label(m.get("posting.text_legend"));
        legend.getStyleClass().add("text-muted");
        legend.setWrapText(true);
        textHeading.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        fieldsScroll = new ScrollPane(fields);
        fieldsScroll.setFitToWidth(true);
        fieldsScroll.getStyleClass().add("edge-to-edge");
        legend.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox textBox = new VBox(4, textHeading, legend, text);
        textBox.setPadding(new Insets(8, 0, 0, 0));
        SplitPane fieldsAndText = new SplitPane(fieldsScroll, textBox);
        fieldsAndText.setOrientation(javafx.geometry.Orientation.VERTICAL);
        ctx.dividers().remember("posting.text", fieldsAndText, 0.42);
        fieldsAndText.getStyleClass().add("fields-and-text");
        VBox.setVgrow(fieldsAndText, Priority.ALWAYS);
        alreadyApplied.setId("alreadyApplied");
        alreadyApplied.getStyleClass().addAll("already-applied");
        alreadyApplied.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.ALERT_TRIANGLE));
        alreadyApplied.setWrapText(true);
        alreadyApplied.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alreadyApplied.setMaxWidth(Double.MAX_VALUE);
        alreadyApplied.setVisible(false);
        alreadyApplied.managedProperty().bind(alreadyApplied.visibleProperty());
        var labelsBar = new org.sillage.ui.labels.LabelsBar(ctx, labels, new org.sillage.ui.labels.LabelsModel.Source() {
            @Override
            public org.sillage.domain.Labels setPriority(long id, int priority) {
                return ctx.services().labels().setPostingPriority(id, priority);
            }

            @Override
            public org.sillage.domain.Labels setTags(long id, java.util.List<String> tags) {
                return ctx.services().labels().setPostingTags(id, tags);
            }
        }, "posting");
        detail = new VBox(10, title, subtitle, alreadyApplied, labelsBar, actions, fieldsAndText);
        detail.setPadding(new Insets(16));
        detail.setId("postingDetail");
        Label noSelection = new Label(m.get("postings.select_hint"));
        noSelection.getStyleClass().add("text-muted");
        StackPane right = new StackPane(noSelection, detail);
        detail.visibleProperty().bind(vm.selected().isNotNull());
        noSelection.visibleProperty().bind(vm.selected().isNull());

        StackPane listOrEmpty = new StackPane(list, emptyState);
        VBox.setVgrow(listOrEmpty, Priority.ALWAYS);
        VBox left = new VBox(sortAndFilter(), listOrEmpty);
        left.setMinWidth(200);
        right.setMinWidth(320);
        getItems().addAll(left, right);
        ctx.dividers().remember("postings", this, 0.36);
        vm.selected().addListener((obs, old, p) -> show(p));
        vm.query().addListener((obs, old, q) -> search(q));
        // a search that no longer matches the posting shown clears the detail
        vm.visible().addListener((javafx.collections.ListChangeListener<PostingSummary>) c -> {
            PostingSummary shown = vm.selectedSummary().get();
            if (shown != null && vm.visible().stream().noneMatch(p -> p.id() == shown.id())) {
                list.getSelectionModel().clearSelection();
                vm.selectedSummary().set(null);
                vm.selected().set(null);
            }
        });
    }

    /**
     * The list's order and criteria, and how many postings they keep; a search shows its hits best first,
     * so they wait while one is typed.
     */
    private javafx.scene.layout.Pane sortAndFilter() {
        var m = ctx.messages();
        javafx.scene.control.ComboBox<org.sillage.domain.PostingFilter.Order> order = new javafx.scene.control.ComboBox<>();
        order.setId("postingSort");
        order.getItems().setAll(org.sillage.domain.PostingFilter.Order.values());
        order.setConverter(org.sillage.ui.common.Converters.showing(o -> m.get("postings.sort." + o.name().toLowerCase(java.util.Locale.ROOT))));
        order.setValue(vm.filter().get().order());
        order.setAccessibleText(m.get("postings.sort"));
        order.setTooltip(new javafx.scene.control.Tooltip(m.get("postings.sort")));
        javafx.scene.control.ComboBox<org.sillage.domain.PostingFilter.DeadlineState> deadline = new javafx.scene.control.ComboBox<>();
        deadline.setId("postingDeadlineFilter");
        deadline.getItems().setAll(org.sillage.domain.PostingFilter.DeadlineState.values());
        deadline.setConverter(org.sillage.ui.common.Converters.showing(d -> m.get(deadlineKey(d))));
        deadline.setValue(vm.filter().get().deadline());
        deadline.setAccessibleText(m.get("table.column.deadline"));
        javafx.scene.control.CheckBox notTracked = new javafx.scene.control.CheckBox(m.get("postings.filter.not_tracked"));
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
            vm.filter().set(new org.sillage.domain.PostingFilter(order.getValue(), notTracked.isSelected(), deadline.getValue()));
            reload(null);
        };
        order.setOnAction(e -> changed.run());
        deadline.setOnAction(e -> changed.run());
        notTracked.setOnAction(e -> changed.run());
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 6, order, deadline, notTracked, count);
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

    private static String deadlineKey(org.sillage.domain.PostingFilter.DeadlineState d) {
        return switch (d) {
            case ANY -> "postings.filter.deadline.any";
            case HAS_DEADLINE -> "postings.filter.deadline.has";
            case OPEN -> "postings.filter.deadline.open";
            case CLOSED -> "postings.filter.deadline.closed";
        };
    }

    /** Asks the search index in the background; an answer to a query the user typed past is dropped. */
    private void search(String q) {
        if (vm.needsSearch()) {
            BackgroundTask.wrap(c -> vm.search(q)).onSuccess(found -> vm.applySearch(q, found))
                    .onFailure(e -> Errors.show(ctx.window().get(), e, ctx.messages())).run(ctx.executor());
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
                    Errors.show(ctx.window().get(), e, ctx.messages());
                }).run(ctx.executor());
    }

    /** Reads one posting's line again (its application's status changed) and redraws it. */
    public void refreshRow(long postingId) {
        BackgroundTask.wrap(c -> vm.loadRow(postingId)).onSuccess(row -> row.ifPresent(r -> {
            PostingSummary shown = list.getSelectionModel().getSelectedItem();
            vm.replaceRow(r);
            if (shown != null && shown.id() == postingId) {
                list.getSelectionModel().select(r);
            }
        })).onFailure(e -> Errors.show(ctx.window().get(), e, ctx.messages())).run(ctx.executor());
    }

    /** Reloads the list from the store, then selects {@code postingId} if given. */
    public void reload(Long postingId) {
        reload(postingId, () -> { });
    }

    /** As {@link #reload(Long)}, then runs {@code then} once the list shows the new data. */
    public void reload(Long postingId, Runnable then) {
        String q = vm.query().get();
        int rows = vm.loaded();
        org.sillage.domain.PostingFilter f = vm.filter().get();
        BackgroundTask.wrap(c -> {
            org.sillage.service.StartupTrace.mark("list query");
            var loadedRows = vm.load(q, rows, f);
            org.sillage.service.StartupTrace.mark("list queried");
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
        }).onFailure(e -> Errors.show(ctx.window().get(), e, ctx.messages())).run(ctx.executor());
    }

    private void select(PostingSummary p) {
        vm.selectedSummary().set(p);
        if (p == null) {
            vm.selected().set(null);
            return;
        }
        BackgroundTask.wrap(c -> vm.loadPosting(p.id()))
                .onSuccess(posting -> vm.selected().set(posting))
                .onFailure(e -> Errors.show(ctx.window().get(), e, ctx.messages())).run(ctx.executor());
    }

    /** The fields' scroll pane: another posting opens at its first field, a correction keeps the place. */
    private ScrollPane fieldsScroll;
    private long shownId = -1;

    private void show(Posting p) {
        if (p == null) {
            return;
        }
        if (p.id() != shownId) {
            fieldsScroll.setVvalue(0);
            shownId = p.id();
        }
        var m = ctx.messages();
        PostingFields f = p.effective();
        title.setText(f.title() == null ? m.get("posting.untitled") : f.title());
        subtitle.setText(String.join(" · ", java.util.stream.Stream.of(f.organization(), f.location(),
                p.sourceName()).filter(s -> s != null && !s.isBlank()).toList()));
        PostingSummary s = vm.selectedSummary().get();
        boolean tracked = s != null && s.isTracked();
        track.setText(tracked ? m.get("posting.open_application", m.get(s.status().messageKey()))
                : m.get("posting.track"));
        fields.show(p);
        refocusAfterCorrection(p.id());
        text.show(p.originalText(), p.extracted().evidence());
        previous.setVisible(false);
        previous.setManaged(false);
        alreadyApplied.setVisible(false);
        labels.show(p.id(), org.sillage.domain.Labels.NONE);
        BackgroundTask.wrap(c -> vm.labelsAndEarlier(p.id())).onSuccess(found -> {
            if (vm.selected().get() != null && vm.selected().get().id() == p.id()) {
                labels.show(p.id(), found.labels());
                alreadyApplied.setText(org.sillage.ui.common.EarlierApplicationsText.describe(found.earlier(), m, ctx.formats()));
                alreadyApplied.setVisible(!found.earlier().isEmpty());
            }
        }).onFailure(e -> Errors.show(ctx.window().get(), e, m)).run(ctx.executor());
        BackgroundTask.wrap(c -> ctx.services().postings().previousVersion(p.id())).onSuccess(prev -> prev.ifPresent(id -> {
            previous.setText(m.get("posting.previous_version") + " #" + id);
            previous.setOnAction(e -> reload(id));
            previous.setVisible(true);
            previous.setManaged(true);
        })).run(ctx.executor());
    }

    /**
     * Asks first, naming what goes with the posting (its application, timeline, dates and checklist),
     * then deletes it; every screen reloads, so no screen keeps showing what is gone.
     */
    private void deleteSelected() {
        PostingSummary s = vm.selectedSummary().get();
        if (s == null) {
            return;
        }
        var m = ctx.messages();
        BackgroundTask.wrap(c -> ctx.services().postings().deletionImpact(s.id())).onSuccess(impact -> {
            String text = impact.map(a -> m.get("posting.delete_tracked", m.get(a.status().messageKey()),
                    a.changes(), a.events(), a.documents())).orElse(m.get("posting.delete_text"));
            String header = m.get("posting.delete_header", s.title() == null ? m.get("posting.untitled") : s.title());
            if (!org.sillage.ui.common.Dialogs.confirmDestructive(ctx.window().get(), m, "deleteConfirm", header, text,
                    m.get("posting.delete"))) {
                return;
            }
            BackgroundTask.wrap(c -> {
                ctx.services().postings().delete(s.id());
                return null;
            }).onSuccess(v -> {
                vm.selected().set(null);
                list.getSelectionModel().clearSelection();
                ctx.taskBar().say(m.get("posting.deleted"));
                ctx.navigator().dataChanged();
                list.requestFocus();
            }).onFailure(e -> Errors.show(ctx.window().get(), e, m)).run(ctx.executor());
        }).onFailure(e -> Errors.show(ctx.window().get(), e, m)).run(ctx.executor());
    }

    private void openOriginal() {
        Posting p = vm.selected().get();
        if (p == null) {
            return;
        }
        var m = ctx.messages();
        BackgroundTask.wrap(c -> ctx.services().postings().originalFile(p.id())).onSuccess(file -> {
            if (file.isEmpty()) {
                ctx.taskBar().say(m.get("posting.no_original"));
            } else {
                ctx.opener().open(file.get(), path -> ctx.taskBar().say(m.get("system.cannot_open", path)));
            }
        }).onFailure(e -> Errors.show(ctx.window().get(), e, m)).run(ctx.executor());
    }

    private void reveal(Field field) {
        if (!text.reveal(field)) {
            ctx.taskBar().say(ctx.messages().get("posting.no_evidence"));
        }
    }

    /** The field button to focus again when the posting is shown after a correction, and until when. */
    private String refocusId;
    private long refocusPosting;
    private long refocusUntil;
    private int refocusLeft;

    /**
     * After a correction the posting is shown again, once at once and once more when the list has reloaded;
     * both times the keyboard goes back to the button of the field that was corrected, unless the user has
     * put it somewhere JavaFX would not have (FocusKeeper alone lost that race on a busy machine).
     */
    private void refocusAfterCorrection(long postingId) {
        if (refocusId == null || refocusPosting != postingId || System.nanoTime() > refocusUntil || refocusLeft <= 0) {
            refocusId = null;
            return;
        }
        refocusLeft--;
        String id = refocusId;
        javafx.application.Platform.runLater(() -> {
            javafx.scene.Scene scene = fields.getScene();
            javafx.scene.Node owner = scene == null ? null : scene.getFocusOwner();
            // where JavaFX puts the keyboard when a focused button goes away: nowhere, the window, or its
            // first control (the seeker menu, the search field); anywhere else in the window was the user's choice
            boolean fallenBack = owner == null || owner == scene.getRoot() || isInside(owner, this)
                    || owner == firstTraversable(scene.getRoot());
            javafx.scene.Node target = fields.lookup("#" + id);
            if (target != null && fallenBack) {
                target.requestFocus();
            }
        });
    }

    /** The first control that can take the keyboard, depth first: where JavaFX puts it when it is lost. */
    private static javafx.scene.Node firstTraversable(javafx.scene.Parent parent) {
        for (javafx.scene.Node n : parent.getChildrenUnmodifiable()) {
            if (!n.isVisible() || n.isDisabled()) {
                continue;
            }
            if (n.isFocusTraversable()) {
                return n;
            }
            if (n instanceof javafx.scene.Parent p) {
                javafx.scene.Node found = firstTraversable(p);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean isInside(javafx.scene.Node n, javafx.scene.Parent parent) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (p == parent) {
                return true;
            }
        }
        return false;
    }

    private void edit(Field field, String current) {
        Posting p = vm.selected().get();
        if (p == null) {
            return;
        }
        refocusId = "edit-" + field.key();
        refocusPosting = p.id();
        refocusUntil = System.nanoTime() + 10_000_000_000L;
        refocusLeft = 2;
        FieldEditor.ask(ctx.window().get(), ctx.messages(), field, current, p.isCorrected(field)).ifPresent(r ->
                BackgroundTask.wrap(c -> r.reset() ? vm.resetCorrection(p.id(), field) : vm.correct(p.id(), field, r.value()))
                        .onSuccess(updated -> {
                            vm.selected().set(updated);
                            ctx.taskBar().say(ctx.messages().get("posting.correction_saved"));
                            reload(p.id());
                        })
                        .onFailure(e -> Errors.show(ctx.window().get(), e, ctx.messages()))
                        .run(ctx.executor()));
    }

    private void trackSelected() {
        PostingSummary s = vm.selectedSummary().get();
        if (s == null) {
            return;
        }
        if (s.isTracked()) {
            ctx.navigator().showApplication(s.applicationId());
            return;
        }
        BackgroundTask.wrap(c -> vm.trackAndWarn(s.id())).onSuccess(t -> {
            var m = ctx.messages();
            // tracking says again what was applied to before at this organisation
            ctx.taskBar().say(t.earlier().isEmpty() ? m.get("posting.tracked")
                    : m.get("posting.tracked") + " " + org.sillage.ui.common.EarlierApplicationsText.describe(t.earlier(), m,
                    ctx.formats()).replace('\n', ' '));
            ctx.navigator().dataChanged();
            ctx.navigator().showApplication(t.applicationId());
        }).onFailure(e -> Errors.show(ctx.window().get(), e, ctx.messages())).run(ctx.executor());
    }

    /** True once the list has been loaded from the store. */
    public javafx.beans.value.ObservableBooleanValue loaded() {
        return loaded;
    }

    /** Focuses the list (after an import, for instance). */
    public ListView<PostingSummary> list() {
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
