package org.sillage.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.sillage.domain.Highlighted;

/**
 * The words a query matched, marked in a text, as the index matched them (ADR 0020): the text is read by
 * the index's own analyser, so "educ" marks "Éducation" and "oeuvre" marks "Œuvre". A long text is cut to
 * a window around its first match. Done on the few results shown, from the text in the database (the
 * index stores no text), so no highlighter module is needed.
 */
public final class Snippets {
    private static final Analyzer ANALYZER = new SearchQueries.FoldingAnalyzer();
    /** Past this, a text is not read further for a match (a posting is a few kilobytes). */
    private static final int READ_AT_MOST = 200_000;

    private Snippets() {
    }

    /** {@code text} cut to about {@code width} characters around the first word of {@code query} it holds, marked. */
    public static Highlighted of(String text, String query, int width) {
        String flat = flatten(text == null ? "" : text.length() > READ_AT_MOST ? text.substring(0, READ_AT_MOST) : text);
        // the window ends at most width + 20 characters after its start, which is at or before the first
        // match: the analyser stops there rather than reading the whole text (a posting, 50 per search)
        List<Highlighted.Mark> all = marks(flat, SearchQueries.words(query), width + 20);
        int start = 0;
        if (!all.isEmpty()) {
            start = Math.max(0, all.get(0).start() - width / 4);
            while (start > 0 && !Character.isWhitespace(flat.charAt(start - 1))) {
                start--;
            }
        }
        int end = Math.min(flat.length(), start + width);
        while (end < flat.length() && end > start && !Character.isWhitespace(flat.charAt(end - 1)) && end - start < width + 20) {
            end++;
        }
        String prefix = start > 0 ? "…" : "";
        String suffix = end < flat.length() ? "…" : "";
        List<Highlighted.Mark> inside = new ArrayList<>();
        for (Highlighted.Mark m : all) {
            if (m.start() >= start && m.end() <= end) {
                inside.add(new Highlighted.Mark(m.start() - start + prefix.length(), m.end() - start + prefix.length()));
            }
        }
        return new Highlighted(prefix + flat.substring(start, end) + suffix, inside);
    }

    /** The whole of a short text (a title), marked. */
    public static Highlighted whole(String text, String query) {
        String flat = flatten(text == null ? "" : text);
        return new Highlighted(flat, marks(flat, SearchQueries.words(query), Integer.MAX_VALUE));
    }

    /** Line breaks and tabs become spaces (one for one, so offsets stay), runs of spaces stay. */
    private static String flatten(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (Character.isWhitespace(c[i]) || Character.isISOControl(c[i])) {
                c[i] = ' ';
            }
        }
        String flat = new String(c);
        return flat.isBlank() ? "" : flat;
    }

    /** The matches in {@code text}, up to {@code after} characters past the first one (every one: MAX_VALUE). */
    private static List<Highlighted.Mark> marks(String text, List<String> words, int after) {
        List<Highlighted.Mark> marks = new ArrayList<>();
        if (words.isEmpty() || text.isEmpty()) {
            return marks;
        }
        try (TokenStream ts = ANALYZER.tokenStream("all", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            long stopAt = Long.MAX_VALUE;
            while (ts.incrementToken()) {
                if (offset.startOffset() > stopAt) {
                    break;
                }
                String t = term.toString();
                for (String w : words) {
                    if (t.equals(w) || (w.length() >= 2 && t.startsWith(w))) {
                        marks.add(new Highlighted.Mark(offset.startOffset(), offset.endOffset()));
                        if (marks.size() == 1) {
                            stopAt = (long) offset.startOffset() + after;
                        }
                        break;
                    }
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return marks;
    }
}
