package org.sillage.ui.postings;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import org.sillage.domain.PostingSummary;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.ImportActions;
import org.sillage.ui.shell.UiContext;

/** The postings screen: a searchable list on the left, the selected posting on the right. */
public final class PostingsView extends SplitPane {
    private final PostingsViewModel vm;
    private final PostingList list;

    public PostingsView(UiContext ctx, PostingsViewModel vm, ImportActions imports) {
        this.vm = vm;
        setId("postingsView");
        list = new PostingList(ctx, vm, imports);
        PostingDetail detail = new PostingDetail(ctx, vm, this, this::reload, () -> {
            list.list().getSelectionModel().clearSelection();
            list.list().requestFocus();
        });
        getItems().addAll(list, detail);
        ctx.dividers().remember("postings", this, 0.36);
        list.list().getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> select(ctx, p));
        vm.query().addListener((obs, old, q) -> list.search(q));
        // a search that no longer matches the posting shown clears the detail
        vm.visible().addListener((ListChangeListener<PostingSummary>) c -> {
            PostingSummary shown = vm.selectedSummary().get();
            if (shown != null && vm.visible().stream().noneMatch(p -> p.id() == shown.id())) {
                list.list().getSelectionModel().clearSelection();
                vm.selectedSummary().set(null);
                vm.selected().set(null);
            }
        });
    }

    /** Reads the posting chosen in the list in the background, and shows it. */
    private void select(UiContext ctx, PostingSummary p) {
        vm.selectedSummary().set(p);
        if (p == null) {
            vm.selected().set(null);
            return;
        }
        BackgroundTask.wrap(c -> vm.loadPosting(p.id()))
                .onSuccess(posting -> vm.selected().set(posting))
                .onFailure(e -> Errors.show(ctx.window().get(), e, ctx.messages())).run(ctx.executor());
    }

    /** Reads one posting's line again (its application's status changed) and redraws it. */
    public void refreshRow(long postingId) {
        list.refreshRow(postingId);
    }

    /** Reloads the list from the store, then selects {@code postingId} if given. */
    public void reload(Long postingId) {
        list.reload(postingId, () -> { });
    }

    /** As {@link #reload(Long)}, then runs {@code then} once the list shows the new data. */
    public void reload(Long postingId, Runnable then) {
        list.reload(postingId, then);
    }

    /** True once the list has been loaded from the store. */
    public ObservableBooleanValue loaded() {
        return list.loaded();
    }

    /** Focuses the list (after an import, for instance). */
    public ListView<PostingSummary> list() {
        return list.list();
    }
}
