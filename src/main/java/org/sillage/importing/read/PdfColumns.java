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
        if (width < 200) {
            return 0;
        }
        int bins = (int) width + 1;
        int n = rows.size();
        boolean[][] cover = new boolean[n][bins];
        float[] lo = new float[n];
        float[] hi = new float[n];
        int r = 0;
        for (List<float[]> row : rows.values()) {
            row.sort((u, v) -> Float.compare(u[0], v[0]));
            lo[r] = Float.MAX_VALUE;
            float end = -Float.MAX_VALUE;
            for (float[] b : row) {
                // a run of words covers the blanks between them
                int from = (int) ((b[0] - end < WORD_GAP ? end : b[0]) - minX);
                int to = (int) (b[1] - minX);
                Arrays.fill(cover[r], Math.max(0, from), Math.min(bins, to + 1), true);
                end = Math.max(end, b[1]);
                lo[r] = Math.min(lo[r], b[0]);
            }
            hi[r] = end;
            r++;
        }
        int best = 0;
        for (int x = (int) (width * 0.25f); x < (int) (width * 0.75f); x += 2) {
            int left = 0;
            int right = 0;
            for (int i = 0; i < n; i++) {
                if (cover[i][x] || cover[i][x - CLEARANCE] || cover[i][Math.min(bins - 1, x + CLEARANCE)]) {
                    left = 0;
                    right = 0;
                    continue;
                }
                if (lo[i] - minX < x) {
                    left++;
                }
                if (hi[i] - minX > x) {
                    right++;
                }
                best = Math.max(best, Math.min(left, right));
            }
        }
        return best;
    }
}
