package org.sillage.ui.postings;

import java.util.function.LongConsumer;
import java.util.stream.Stream;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.domain.Field;
import org.sillage.domain.Labels;
import org.sillage.domain.Posting;
import org.sillage.domain.PostingFields;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.EarlierApplicationsText;
import org.sillage.ui.common.Errors;
import org.sillage.ui.labels.LabelsBar;
import org.sillage.ui.labels.LabelsModel;
import org.sillage.ui.shell.UiContext;

/**
 * The right of the postings screen: the posting selected, its fields as read (each one corrected in place) above
 * its text with the evidence marked, or a hint to select one.
 */
final class PostingDetail extends StackPane {
    private final UiContext ctx;
    private final PostingsViewModel vm;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    /** "Did I already apply?": earlier applications to this organisation for a similar title. */
    private final Label alreadyApplied = new Label();
    private final LabelsModel labels = new LabelsModel();
    private final PostingActions actions;
    private final FieldsGrid fields;
    private final EvidenceText text;
    /** The fields' scroll pane: another posting opens at its first field, a correction keeps the place. */
    private final ScrollPane fieldsScroll;
    private final CorrectionFocus focus = new CorrectionFocus();
    /** Reads the list again and selects a posting: after a correction, or to show a previous version. */
    private final LongConsumer reload;
    private final Parent screen;
    private long shownId = -1;

    /**
     * @param screen the whole postings screen: where the keyboard may have fallen after a correction
     * @param deleted what the list does once the posting shown is deleted
     */
    PostingDetail(UiContext ctx, PostingsViewModel vm, Parent screen, LongConsumer reload, Runnable deleted) {
        this.ctx = ctx;
        this.vm = vm;
        this.screen = screen;
        this.reload = reload;
        var m = ctx.messages();
        title.setId("postingTitle");
        title.getStyleClass().add("title-2");
        subtitle.setId("postingSubtitle");
        subtitle.getStyleClass().add("text-muted");
        for (Label l : new Label[] {title, subtitle}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        actions = new PostingActions(ctx, vm, reload, deleted);
        text = new EvidenceText(m);
        fields = new FieldsGrid(ctx, this::reveal, this::edit);
        fieldsScroll = new ScrollPane(fields);
        fieldsScroll.setFitToWidth(true);
        fieldsScroll.getStyleClass().add("edge-to-edge");
        SplitPane fieldsAndText = new SplitPane(fieldsScroll, textBox());
        fieldsAndText.setOrientation(Orientation.VERTICAL);
        ctx.dividers().remember("posting.text", fieldsAndText, 0.42);
        fieldsAndText.getStyleClass().add("fields-and-text");
        VBox.setVgrow(fieldsAndText, Priority.ALWAYS);
        alreadyApplied.setId("alreadyApplied");
        alreadyApplied.getStyleClass().addAll("already-applied");
        alreadyApplied.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        alreadyApplied.setWrapText(true);
        alreadyApplied.setMinHeight(Region.USE_PREF_SIZE);
        alreadyApplied.setMaxWidth(Double.MAX_VALUE);
        alreadyApplied.setVisible(false);
        alreadyApplied.managedProperty().bind(alreadyApplied.visibleProperty());
        var labelsBar = new LabelsBar(ctx, labels, new LabelsModel.Source() {
            @Override
            public Labels setPriority(long id, int priority) {
                return ctx.services().labels().setPostingPriority(id, priority);
            }

            @Override
            public Labels setTags(long id, java.util.List<String> tags) {
                return ctx.services().labels().setPostingTags(id, tags);
            }
        }, "posting");
        VBox detail = new VBox(10, title, subtitle, alreadyApplied, labelsBar, actions, fieldsAndText);
        detail.setPadding(new Insets(16));
        detail.setId("postingDetail");
        Label noSelection = new Label(m.get("postings.select_hint"));
        noSelection.getStyleClass().add("text-muted");
        getChildren().addAll(noSelection, detail);
        detail.visibleProperty().bind(vm.selected().isNotNull());
        noSelection.visibleProperty().bind(vm.selected().isNull());
        setMinWidth(320);
        vm.selected().addListener((obs, old, p) -> show(p));
    }

    /** The posting's text under its heading and the legend of its marks. */
    private VBox textBox() {
        var m = ctx.messages();
        VBox.setVgrow(text, Priority.ALWAYS);
        Label textHeading = new Label(m.get("posting.text"));
        textHeading.getStyleClass().add("title-4");
        textHeading.setMinWidth(Region.USE_PREF_SIZE);
        Label legend = new Label(m.get("posting.text_legend"));
        legend.getStyleClass().add("text-muted");
        legend.setWrapText(true);
        legend.setMinHeight(Region.USE_PREF_SIZE);
        VBox textBox = new VBox(4, textHeading, legend, text);
        textBox.setPadding(new Insets(8, 0, 0, 0));
        return textBox;
    }

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
        subtitle.setText(String.join(" · ", Stream.of(f.organization(), f.location(), p.sourceName())
                .filter(s -> s != null && !s.isBlank()).toList()));
        fields.show(p);
        focus.restore(p.id(), fields, screen);
        text.show(p.originalText(), p.extracted().evidence());
        alreadyApplied.setVisible(false);
        labels.show(p.id(), Labels.NONE);
        BackgroundTask.wrap(c -> vm.labelsAndEarlier(p.id())).onSuccess(found -> {
            if (vm.selected().get() != null && vm.selected().get().id() == p.id()) {
                labels.show(p.id(), found.labels());
                alreadyApplied.setText(EarlierApplicationsText.describe(found.earlier(), m, ctx.formats()));
                alreadyApplied.setVisible(!found.earlier().isEmpty());
            }
        }).onFailure(e -> Errors.show(ctx.window().get(), e, m)).run(ctx.executor());
        actions.show(p);
    }

    private void reveal(Field field) {
        if (!text.reveal(field)) {
            ctx.taskBar().say(ctx.messages().get("posting.no_evidence"));
        }
    }

    private void edit(Field field, String current) {
        Posting p = vm.selected().get();
        if (p == null) {
            return;
        }
        focus.expect(p.id(), "edit-" + field.key());
        FieldEditor.ask(ctx.window().get(), ctx.messages(), field, current, p.isCorrected(field)).ifPresent(r ->
                BackgroundTask.wrap(c -> r.reset() ? vm.resetCorrection(p.id(), field) : vm.correct(p.id(), field, r.value()))
                        .onSuccess(updated -> {
                            vm.selected().set(updated);
                            ctx.taskBar().say(ctx.messages().get("posting.correction_saved"));
                            reload.accept(p.id());
                        })
                        .onFailure(e -> Errors.show(ctx.window().get(), e, ctx.messages()))
                        .run(ctx.executor()));
    }
}
