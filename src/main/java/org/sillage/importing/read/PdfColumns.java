package org.sillage.importing.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Whether a PDF sets its text in columns side by side: two columns of prose, a sidebar beside the body (a web page
 * printed), a bilingual page (French left, English right). Read line by line across the page, such a page mixes
 * the columns' sentences (« Envoie nous ton CV par email à l'adresse » and the address land in different lines);
 * read in the order the text was written, each column stays whole.
 *
 * <p>A page has columns when a vertical gutter runs through a band of its lines: an x that no line of the band
 * crosses, with at least {@link #MIN_SIDE} lines on each side of it. Words of one line are never that far apart;
 * only the first page is looked at (its glyphs are read once, with its title: {@link PdfLayout}).
 */
final class PdfColumns {
    /** Lines each side of the gutter needs, within one band, for the page to count as set in columns. */
    static final int MIN_SIDE = 8;
    /** Glyphs closer than this (points) belong to one run of words: a gutter is wider. */
    private static final float WORD_GAP = 8f;
    /** How far (points) from a glyph a gutter must pass. */
    private static final int CLEARANCE = 3;
    /** Baselines past which a page is not looked at (a page of text has a few hundred at most). */
    private static final int MAX_ROWS = 1000;

    private PdfColumns() {
    }

    /** Whether the page whose glyphs are {@code boxes} ({x0, x1, baseline} each) is set in columns. */
    static boolean present(List<float[]> boxes) {
        return gutterBand(boxes) >= MIN_SIDE;
    }

    /**
     * The most lines found on both sides of one gutter (the smaller side), over the bands of consecutive lines
     * that a vertical line through the page's middle half crosses no word of. Boxes are {x0, x1, baseline}.
     */
    static int gutterBand(List<float[]> boxes) {
        if (boxes.size() < 100) {
            return 0;
        }
        TreeMap<Integer, List<float[]>> rows = new TreeMap<>();
        float minX = Float.MAX_VALUE;
        float maxX = 0;
        for (float[] b : boxes) {
            rows.computeIfAbsent(Math.round(b[2]), k -> new ArrayList<>()).add(b);
            minX = Math.min(minX, b[0]);
            maxX = Math.max(maxX, b[1]);
        }
        float width = maxX - minX;
        if (width < 200 || rows.size() > MAX_ROWS) {
            return 0; // (a page of a thousand baselines or more is no page of text lines: not looked at)
        }
        // each line as its runs of words {start, end, start, end, …}: glyphs less than WORD_GAP apart join one run
        List<float[]> runs = new ArrayList<>(rows.size());
        for (List<float[]> row : rows.values()) {
            row.sort((u, v) -> Float.compare(u[0], v[0]));
            float[] r = new float[row.size() * 2];
            int n = 0;
            for (float[] g : row) {
                if (n > 0 && g[0] - r[n - 1] < WORD_GAP) {
                    r[n - 1] = Math.max(r[n - 1], g[1]);
                } else {
                    r[n++] = g[0];
                    r[n++] = g[1];
                }
            }
            runs.add(Arrays.copyOf(r, n));
        }
        int best = 0;
        for (int x = (int) (width * 0.25f); x < (int) (width * 0.75f); x += 2) {
            int left = 0;
            int right = 0;
            for (float[] r : runs) {
                if (covers(r, minX, x) || covers(r, minX, x - CLEARANCE) || covers(r, minX, x + CLEARANCE)) {
                    left = 0;
                    right = 0;
                    continue;
                }
                if (r[0] - minX < x) {
                    left++;
                }
                if (r[r.length - 1] - minX > x) {
                    right++;
                }
                best = Math.max(best, Math.min(left, right));
            }
        }
        return best;
    }

    /** Whether a run of the line covers the point {@code x} (in whole points from the page's leftmost glyph). */
    private static boolean covers(float[] runs, float minX, int x) {
        for (int k = 0; k < runs.length; k += 2) {
            if ((int) (runs[k] - minX) <= x && x <= (int) (runs[k + 1] - minX)) {
                return true;
            }
        }
        return false;
    }
}
