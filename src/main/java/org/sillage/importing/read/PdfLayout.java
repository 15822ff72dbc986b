package org.sillage.importing.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What the layout of a PDF's first page says: its title, the text set larger than the body at the top of the
 * page, or else a first line set in bold above a body that is not. Read with PDFBox's text positions (font
 * size and weight of each glyph), apart from the text Tika extracts; a PDF PDFBox cannot lay out gives no
 * title, never an error.
 */
final class PdfLayout {
    /** Lines of the top of page 1 looked at: a title further down is a section heading. */
    private static final int TOP_LINES = 6;
    /** Larger than the body by this factor: set as a title. */
    private static final float LARGER = 1.15f;

    private PdfLayout() {
    }

    /**
     * One line of page 1: its words, its largest font size, whether most of its letters are bold, how many letters
     * it has, where its letters start and end across the page, and where its first word ends.
     */
    record Line(String text, float size, boolean bold, int chars, float left, float right, float firstWordEnd) {
        float width() {
            return right - left;
        }
    }

    /**
     * The bytes to read the text from (see {@link UnmappedLigatures}), the title's lines, and whether page 1 is set
     * in columns ({@link PdfColumns}), from one load.
     */
    record Prepared(byte[] bytes, List<String> titleLines, boolean columns) {
    }

    /** What is done with a PDF once its layout is read: with the loaded document, or null when PDFBox could not lay it out. */
    interface Then<T> {
        T read(Prepared layout, PDDocument loaded);
    }

    /**
     * Loads the PDF once: completes the mapping of ligature glyphs that have none (the bytes saved anew only then)
     * and reads the title's lines and the columns from the layout. A PDF PDFBox cannot read gives its own bytes, no
     * title and no columns.
     */
    static Prepared prepare(byte[] bytes) {
        return read(bytes, (layout, loaded) -> layout);
    }

    /**
     * {@link #prepare}, then {@code then} with the document still loaded (the bytes it holds are the layout's), so
     * that the text is read from it without loading the file and its fonts again; with null when the layout could
     * not be read. What {@code then} throws is thrown.
     */
    static <T> T read(byte[] bytes, Then<T> then) {
        PDDocument doc = null;
        PDDocument again = null;
        PDDocument used;
        Prepared layout;
        try {
            doc = Loader.loadPDF(bytes);
            byte[] read;
            try {
                read = UnmappedLigatures.repaired(doc, bytes);
            } catch (IOException | RuntimeException | StackOverflowError e) {
                read = bytes;
            }
            used = doc;
            if (read != bytes) {
                again = Loader.loadPDF(read);
                used = again;
            }
            layout = prepared(read, used);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            close(again);
            close(doc);
            return then.read(new Prepared(bytes, List.of(), false), null);
        }
        try {
            return then.read(layout, used);
        } finally {
            close(again);
            close(doc);
        }
    }

    private static void close(PDDocument doc) {
        if (doc != null) {
            try {
                doc.close();
            } catch (IOException | RuntimeException ignored) {
                // (a document read from memory holds nothing that a failed close would leak)
            }
        }
    }

    private static Prepared prepared(byte[] bytes, PDDocument doc) throws IOException {
        Collector page = firstPage(doc);
        return page == null ? new Prepared(bytes, List.of(), false)
                : new Prepared(bytes, title(page.lines), PdfColumns.present(page.boxes));
    }

    static List<String> title(List<Line> lines) {
        List<Line> top = new ArrayList<>();
        for (Line l : lines) {
            if (!l.text().isBlank() && top.size() < TOP_LINES) {
                top.add(l);
            }
        }
        if (top.isEmpty()) {
            return List.of();
        }
        float body = bodySize(lines);
        float max = 0;
        for (Line l : top) {
            max = Math.max(max, l.size());
        }
        List<Line> run = new ArrayList<>();
        if (max >= body * LARGER) {
            for (Line l : top) {
                if (l.size() >= max * 0.95f) {
                    run.add(l);
                } else if (!run.isEmpty()) {
                    break;
                }
            }
        } else if (top.get(0).bold() && !mostlyBold(lines)) {
            for (Line l : top) {
                if (!l.bold() || l.size() < top.get(0).size() * 0.95f) {
                    break;
                }
                run.add(l);
            }
        }
        return join(run, columnWidth(lines));
    }

    /** How wide the page's text runs: from the leftmost to the rightmost letter of its lines of some length. */
    private static float columnWidth(List<Line> lines) {
        float left = Float.MAX_VALUE;
        float right = 0;
        for (Line l : lines) {
            if (l.chars() >= 20) {
                left = Math.min(left, l.left());
                right = Math.max(right, l.right());
            }
        }
        return right > left ? right - left : 0;
    }

    /**
     * Whether {@code line} is where the title above was wrapped: the line above and this line's first word would
     * not have fitted side by side in the page's column (as a layout engine decides where to break a line).
     */
    private static boolean wrapped(Line above, Line line, float column) {
        float firstWord = line.firstWordEnd() - line.left();
        return column > 0 && above.width() > 0 && firstWord > 0
                && above.width() + above.size() * 0.25f + firstWord > column * 0.97f;
    }

    /**
     * Lines that continue the one above (a lower-case or digit start, a line ending open, or a line the title was
     * wrapped onto) are joined.
     */
    private static List<String> join(List<Line> run, float column) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Line above = null;
        for (Line l : run) {
            String t = l.text().strip();
            boolean joins = current.length() > 0 && (continues(current, t) || wrapped(above, l, column));
            above = l;
            if (joins) {
                current.append(' ').append(t);
            } else {
                if (current.length() > 0) {
                    result.add(current.toString());
                }
                current.setLength(0);
                current.append(t);
            }
        }
        if (current.length() > 0) {
            result.add(current.toString());
        }
        result.removeIf(s -> s.length() > 250 || s.codePoints().filter(Character::isLetter).count() < 3);
        return result.size() > 3 ? result.subList(0, 3) : result;
    }

    private static boolean continues(CharSequence above, String line) {
        char first = line.charAt(0);
        if (Character.isLowerCase(first) || Character.isDigit(first) || first == '(') {
            return true;
        }
        String a = above.toString().toLowerCase(Locale.ROOT);
        char last = a.charAt(a.length() - 1);
        if (last == ':' || last == '-' || last == '–' || last == ',' || last == '&' || last == '/') {
            return true;
        }
        for (String w : new String[] {" de", " du", " des", " d'", " d’", " la", " le", " les", " et", " of", " the",
            " and", " for", " a", " an", " au", " en", " in", " on", " van", " voor", " pour", " dans", " sur", " aux",
            " à", " l'", " l’", " with", " avec"}) {
            if (a.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** The size most of the page's letters are set in. */
    private static float bodySize(List<Line> lines) {
        Map<Float, Integer> bySize = new HashMap<>();
        for (Line l : lines) {
            bySize.merge(Math.round(l.size() * 2) / 2f, l.chars(), Integer::sum);
        }
        float body = 0;
        int most = -1;
        for (Map.Entry<Float, Integer> e : bySize.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                body = e.getKey();
            }
        }
        return body;
    }

    private static boolean mostlyBold(List<Line> lines) {
        int bold = 0;
        int all = 0;
        for (Line l : lines) {
            all += l.chars();
            if (l.bold()) {
                bold += l.chars();
            }
        }
        return bold * 2 > all;
    }

    /** Page 1 read with its glyphs' positions; null when its text may not be extracted. */
    private static Collector firstPage(PDDocument doc) throws IOException {
        if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
            return null;
        }
        Collector collector = new Collector();
        collector.setSortByPosition(true);
        collector.setStartPage(1);
        collector.setEndPage(1);
        collector.getText(doc);
        collector.flush();
        return collector;
    }

    private static final class Collector extends PDFTextStripper {
        private final List<Line> lines = new ArrayList<>();
        /** Every glyph that is not blank, as {x0, x1, baseline}, for {@link PdfColumns}. */
        private final List<float[]> boxes = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final Map<PDFont, Boolean> boldFonts = new HashMap<>();
        private float size;
        private int letters;
        private int boldLetters;
        private float left = Float.MAX_VALUE;
        private float right;
        private float firstWordEnd;
        /** Whether the line's first word is still being read (no blank after its letters yet). */
        private boolean inFirstWord = true;

        Collector() throws IOException {
            super();
        }

        @Override
        protected void writeString(String words, List<TextPosition> positions) {
            if (text.length() > 0) {
                text.append(' ');
                inFirstWord &= letters == 0; // (a word separator ends the first word)
            }
            text.append(words);
            for (TextPosition p : positions) {
                String u = p.getUnicode();
                if (u == null || u.isBlank()) {
                    inFirstWord &= letters == 0;
                    continue;
                }
                if (boxes.size() < 20_000) {
                    boxes.add(new float[] {p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj(), p.getYDirAdj()});
                }
                left = Math.min(left, p.getXDirAdj());
                right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                if (inFirstWord) {
                    firstWordEnd = right;
                }
                size = Math.max(size, p.getFontSizeInPt());
                letters++;
                if (p.getFont() != null && boldFonts.computeIfAbsent(p.getFont(), Collector::isBold)) {
                    boldLetters++;
                }
            }
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        @Override
        protected void writeParagraphEnd() {
            flush();
        }

        void flush() {
            if (text.length() > 0 || letters > 0) {
                if (lines.size() < 400) {
                    lines.add(new Line(text.toString(), size, letters > 0 && boldLetters * 2 > letters, letters,
                            letters > 0 ? left : 0, right, firstWordEnd));
                }
                text.setLength(0);
                left = Float.MAX_VALUE;
                right = 0;
                firstWordEnd = 0;
                inFirstWord = true;
                size = 0;
                letters = 0;
                boldLetters = 0;
            }
        }

        private static boolean isBold(PDFont font) {
            String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
            if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold")
                    || name.contains("demi") || name.contains("cmbx")) {
                return true;
            }
            PDFontDescriptor d = font.getFontDescriptor();
            return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
        }
    }
}
