package org.sillage.ui.postings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.sillage.domain.Evidence;
import org.sillage.domain.Field;
import org.sillage.i18n.Messages;

/**
 * The original text of a posting with every span the rules read highlighted. Hovering a span names the
 * field it gave; {@link #reveal} scrolls to a field's spans and marks them.
 */
final class EvidenceText extends ScrollPane {
    /**
     * The marks are drawn after every layout of the text, from the very layout that placed the words:
     * drawn earlier, they would follow the fonts before the style sheet applies, or an older layout
     * when a correction shows the same text again and nothing changes size.
     */
    private final TextFlow flow = new TextFlow() {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            drawMarks();
        }
    };
    /** Highlight shapes drawn behind the text (a Text node has no background of its own). */
    private final Pane marks = new Pane();
    private final Messages messages;
    /** The text node of each span, by field key. */
    private final Map<String, List<Text>> spans = new TreeMap<>();
    private final List<Span> shown = new ArrayList<>();
    private String focused;

    EvidenceText(Messages messages) {
        this.messages = messages;
        setId("postingText");
        getStyleClass().add("evidence-text");
        flow.getStyleClass().add("evidence-flow");
        marks.setMouseTransparent(true);
        marks.setManaged(false);
        // the marks sit exactly over the text, wherever the layout places it
        marks.layoutXProperty().bind(flow.layoutXProperty());
        marks.layoutYProperty().bind(flow.layoutYProperty());
        StackPane stack = new StackPane(marks, flow);
        stack.setAlignment(Pos.TOP_LEFT);
        stack.setPadding(new Insets(10));
        setContent(stack);
        setFitToWidth(true);
    }

    private record Span(int start, int end, String field, String rule) {
    }

    /** Redraws the highlight behind each span; the flow's character offsets are the text's. */
    private void drawMarks() {
        marks.getChildren().clear();
        for (Span s : shown) {
            Path path = new Path(flow.rangeShape(s.start(), s.end()));
            path.getStyleClass().add("evidence-mark");
            if (s.field().equals(focused)) {
                path.getStyleClass().add("focus");
            }
            marks.getChildren().add(path);
        }
    }

    /** Shows {@code text} with the evidence of each field highlighted. */
    void show(String text, Map<String, List<Evidence>> evidence) {
        spans.clear();
        shown.clear();
        focused = null;
        List<Span> all = new ArrayList<>();
        evidence.forEach((field, list) -> list.forEach(e -> {
            if (e.end() > e.start() && e.end() <= text.length()) {
                all.add(new Span(e.start(), e.end(), field, e.rule()));
            }
        }));
        all.sort(Comparator.comparingInt(Span::start).thenComparingInt(s -> -s.end()));
        List<Text> nodes = new ArrayList<>();
        int pos = 0;
        for (Span s : all) {
            if (s.start() < pos) {
                continue; // overlaps a span already shown; its field still lists it in the grid
            }
            if (s.start() > pos) {
                nodes.add(new Text(text.substring(pos, s.start())));
            }
            Text t = new Text(text.substring(s.start(), s.end()));
            t.getStyleClass().addAll("evidence", "evidence-" + s.field());
            String fieldName = Field.fromKey(s.field()).map(f -> messages.get(f.messageKey())).orElse(s.field());
            Tooltip.install(t, new Tooltip(messages.get("posting.evidence_tooltip", fieldName, s.rule())));
            spans.computeIfAbsent(s.field(), k -> new ArrayList<>()).add(t);
            shown.add(s);
            nodes.add(t);
            pos = s.end();
        }
        if (pos < text.length()) {
            nodes.add(new Text(text.substring(pos)));
        }
        marks.getChildren().clear();
        flow.getChildren().setAll(nodes);
        setVvalue(0);
    }

    /** Marks the spans of {@code field} and scrolls to the first; false when it has none in the text. */
    boolean reveal(Field field) {
        spans.values().forEach(list -> list.forEach(t -> t.getStyleClass().remove("evidence-focus")));
        List<Text> list = spans.get(field.key());
        if (list == null || list.isEmpty()) {
            focused = null;
            drawMarks();
            return false;
        }
        list.forEach(t -> t.getStyleClass().add("evidence-focus"));
        focused = field.key();
        applyCss();
        layout();
        drawMarks();
        Bounds b = list.get(0).getBoundsInParent();
        double contentHeight = flow.getBoundsInLocal().getHeight();
        double viewport = getViewportBounds().getHeight();
        if (contentHeight > viewport) {
            setVvalue(Math.max(0, Math.min(1, (b.getMinY() - viewport / 3) / (contentHeight - viewport))));
        }
        return true;
    }

    /** A highlight as drawn: its shape and the span it stands for (for tests). */
    record Mark(javafx.scene.shape.Path path, int start, int end, String field) {
    }

    /** The highlights drawn now, in the text's coordinates. */
    List<Mark> marks() {
        List<Mark> out = new ArrayList<>();
        for (int i = 0; i < marks.getChildren().size() && i < shown.size(); i++) {
            Span s = shown.get(i);
            out.add(new Mark((Path) marks.getChildren().get(i), s.start(), s.end(), s.field()));
        }
        return out;
    }

    /** The character of the laid-out text at a point of the text's coordinates. */
    int charAt(javafx.geometry.Point2D point) {
        return flow.hitTest(point).getCharIndex();
    }

    /** Whether a field has a highlighted span. */
    boolean hasSpan(Field field) {
        return spans.containsKey(field.key());
    }
}
