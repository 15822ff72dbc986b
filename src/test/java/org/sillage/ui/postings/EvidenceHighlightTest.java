package org.sillage.ui.postings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.sillage.domain.Evidence;
import org.sillage.domain.Field;
import org.sillage.domain.PostingFields;
import org.sillage.i18n.Messages;
import org.sillage.service.AppServices;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The highlights are the product's promise: under every mark lie exactly the characters of the
 * evidence, for every field of every sample posting, after a correction redraws the text, after a value
 * is clicked, and in a very long posting. The characters under a mark are read back from the laid-out
 * text with hit tests, independently of how the mark was drawn.
 */
class EvidenceHighlightTest {
    private final FxRobot robot = new FxRobot();
    private EvidenceText view;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static Stream<Path> seeds() throws Exception {
        return Files.list(Path.of("seeds")).sorted();
    }

    private void open() throws Exception {
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            view = new EvidenceText(Messages.forLocale(Locale.ENGLISH));
            Scene scene = new Scene(view, 760, 560);
            scene.getStylesheets().add(getClass().getResource("/org/sillage/ui/sillage.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void show(String text, PostingFields fields) {
        robot.interact(() -> view.show(text, fields.evidence()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void every_mark_covers_exactly_its_evidence_before_and_after_a_correction_and_a_click(Path seed) throws Exception {
        open();
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        PostingFields fields = AppServices.defaultExtractor().extract(text);
        show(text, fields);
        assertMarksCoverTheirEvidence(text);

        // saving a correction shows the same text again with new nodes: nothing changes size
        show(text, fields);
        assertMarksCoverTheirEvidence(text);

        for (Field f : Field.values()) {
            if (view.hasSpan(f)) {
                robot.interact(() -> view.reveal(f));
                WaitForAsyncUtils.waitForFxEvents();
                assertMarksCoverTheirEvidence(text);
            }
        }
    }

    @Test
    void the_marks_do_not_drift_in_a_300_kb_posting() throws Exception {
        open();
        StringBuilder big = new StringBuilder();
        String seed = Files.readString(Path.of("seeds").resolve(Files.list(Path.of("seeds")).sorted().toList().get(0)
                .getFileName()), StandardCharsets.UTF_8);
        String filler = "Une ligne de texte ordinaire, avec des accents : é, è, à, œ, et une tabulation\tici.\n";
        while (big.length() < 300_000) {
            big.append(filler);
        }
        String text = big + seed;
        show(text, AppServices.defaultExtractor().extract(text));
        assertThat(view.marks()).isNotEmpty();
        assertMarksCoverTheirEvidence(text);
    }

    /** For each mark: the characters hit at its left and right ends, line by line, are the span's first and last. */
    private void assertMarksCoverTheirEvidence(String text) {
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            for (EvidenceText.Mark mark : view.marks()) {
                List<Bounds> lines = rectangles(mark.path());
                if (lines.isEmpty()) {
                    problems.add("no shape for " + mark.field());
                    continue;
                }
                Bounds first = lines.get(0);
                Bounds last = lines.get(lines.size() - 1);
                int from = view.charAt(new Point2D(first.getMinX() + 1, first.getCenterY()));
                int to = view.charAt(new Point2D(last.getMaxX() - 1, last.getCenterY()));
                // a line break at either end of a span has no width to mark
                int start = mark.start();
                int end = mark.end();
                while (start < end && text.charAt(start) == '\n') {
                    start++;
                }
                while (end > start && text.charAt(end - 1) == '\n') {
                    end--;
                }
                if (from != start || to != end - 1) {
                    problems.add(mark.field() + ": marked «" + safe(text, from, to + 1) + "» instead of «"
                            + text.substring(mark.start(), mark.end()) + "»");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    private static String safe(String text, int from, int to) {
        return from < 0 || to > text.length() || from >= to ? "?" : text.substring(from, to);
    }

    /** The rectangles of a range shape, one per line, from its MoveTo/LineTo elements. */
    private static List<Bounds> rectangles(javafx.scene.shape.Path path) {
        List<Bounds> out = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        for (PathElement e : path.getElements()) {
            if (e instanceof MoveTo m) {
                flush(points, out);
                points.add(new double[] {m.getX(), m.getY()});
            } else if (e instanceof LineTo l) {
                points.add(new double[] {l.getX(), l.getY()});
            }
        }
        flush(points, out);
        return out;
    }

    private static void flush(List<double[]> points, List<Bounds> out) {
        if (points.isEmpty()) {
            return;
        }
        double minX = points.stream().mapToDouble(p -> p[0]).min().orElseThrow();
        double maxX = points.stream().mapToDouble(p -> p[0]).max().orElseThrow();
        double minY = points.stream().mapToDouble(p -> p[1]).min().orElseThrow();
        double maxY = points.stream().mapToDouble(p -> p[1]).max().orElseThrow();
        if (maxX - minX > 0.5) {
            out.add(new javafx.geometry.BoundingBox(minX, minY, maxX - minX, maxY - minY));
        }
        points.clear();
    }
}
