package org.sillage.importing.extract;

import java.text.Normalizer;
import java.util.Arrays;

import static org.sillage.importing.extract.TextMarkup.BLOCK;
import static org.sillage.importing.extract.TextMarkup.BULLET;
import static org.sillage.importing.extract.TextMarkup.CELL;
import static org.sillage.importing.extract.TextMarkup.EMPTY;
import static org.sillage.importing.extract.TextMarkup.ITEM;
import static org.sillage.importing.extract.TextMarkup.NEW_BULLET;
import static org.sillage.importing.extract.TextMarkup.NEW_LINE;
import static org.sillage.importing.extract.TextMarkup.SPACE_ONLY;
import static org.sillage.importing.extract.TextMarkup.STRUCK;
import static org.sillage.importing.extract.TextMarkup.closingTag;
import static org.sillage.importing.extract.TextMarkup.escapedBreak;
import static org.sillage.importing.extract.TextMarkup.struckEnd;
import static org.sillage.importing.extract.TextMarkup.tagEnd;
import static org.sillage.importing.extract.TextMarkup.tagKind;

/**
 * Cleans a posting's text before the rules read it, keeping a map back to the original offsets.
 *
 * <p>In one pass over the characters: NFKC (ligatures, full-width forms, a letter and its combining accent
 * composed), non-breaking and narrow spaces to plain spaces, zero-width characters and soft hyphens
 * dropped, curly apostrophes and quotes made straight, Unicode hyphens made ASCII, bullet glyphs at line
 * start made {@code -}, {@code \r\n} made {@code \n}, and line breaks in the middle of a sentence (text
 * extracted from PDF) joined into a space. The folded copy (lower case, no accents) is written alongside.
 */
final class TextNormalizer {

    /** What to do with a char: copy it, or one of the special cases below. */
    private static final byte COPY = 0;
    private static final byte SPACE = 1;
    private static final byte DROP = 2;
    private static final byte APOSTROPHE = 3;
    private static final byte QUOTE = 4;
    private static final byte HYPHEN = 5;
    private static final byte CR = 6;
    private static final byte LF = 7;
    private static final byte CHECK = 8;
    /** A backslash: a literal {@code \\r\\n} or {@code \\n} left by a bad export is a line break. */
    private static final byte ESCAPE = 9;
    /** A {@code <}: maybe an HTML tag left in markdown or text (« <li> Lieu : Lyon</li> »), see {@link TextMarkup#tagEnd}. */
    private static final byte TAG = 10;
    /** A {@code ~}: maybe markdown's strikethrough (« avant le ~~2~~ 6 septembre », « ~~Stage~~ CDD »). */
    private static final byte TILDE = 11;
    private static final byte[] ACTION = buildActions();

    /** Work arrays of the current thread (output, folded output, input), reused from one posting to the next. */
    private static final ThreadLocal<char[][]> BUFFERS = ThreadLocal.withInitial(() -> new char[3][0]);

    private static char[][] buffers(int size) {
        if (size > 1_000_000) {
            // a huge text: do not keep its buffers alive
            return new char[][] {new char[size], new char[size], new char[size]};
        }
        char[][] b = BUFFERS.get();
        if (b[0].length < size) {
            b[0] = new char[size];
            b[1] = new char[size];
        }
        if (b[2].length < size) {
            b[2] = new char[size];
        }
        return b;
    }

    private TextNormalizer() {
    }

    private static byte[] buildActions() {
        byte[] a = new byte[65536];
        for (int c = 0x80; c < 65536; c++) {
            a[c] = CHECK;
        }
        for (int c = 0; c < 0x20; c++) {
            a[c] = DROP;
        }
        a['\t'] = SPACE;
        a['\u000B'] = SPACE;
        a['\u000C'] = SPACE;
        a['\r'] = CR;
        a['\n'] = LF;
        a[0x7F] = DROP;
        for (char c : new char[] {'\u00A0', '\u202F', '\u2007', '\u3000', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004',
            '\u2005', '\u2006', '\u2008', '\u2009', '\u200A'}) {
            a[c] = SPACE;
        }
        for (char c : new char[] {'\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD', '\u2060'}) {
            a[c] = DROP;
        }
        for (char c : new char[] {'\u2019', '\u2018', '\u02BC', '\u2032', '\u00B4'}) {
            a[c] = APOSTROPHE;
        }
        for (char c : new char[] {'\u201C', '\u201D', '\u201E', '\u2033'}) {
            a[c] = QUOTE;
        }
        // letters of Latin scripts (« é », « ç », « œ », « ø ») and the dashes and euro sign of French text stay as they
        // are: copied in the fast loop, not checked one by one
        for (int c = 0xC0; c < 0x250; c++) {
            if (!CharKinds.isBullet((char) c) && Normalizer.isNormalized(String.valueOf((char) c), Normalizer.Form.NFKC)) {
                a[c] = COPY;
            }
        }
        for (char c : new char[] {'\u2013', '\u2014', '\u20AC'}) {
            a[c] = COPY;
        }
        a['\\'] = ESCAPE;
        a['<'] = TAG;
        a['~'] = TILDE;
        a['\u2010'] = HYPHEN;
        a['\u2011'] = HYPHEN;
        return a;
    }

    /** The normalised text and, for each of its chars, the offset of the original char it came from. */
    static NormalizedText normalize(String original) {
        String s = original == null ? "" : original;
        NormalizedText same = unchanged(s);
        if (same != null) {
            return same;
        }
        int n = s.length();
        char[][] buffers = buffers(n + 16);
        char[] out = buffers[0];
        char[] fold = buffers[1];
        Runs runs = new Runs(); // the offset map back to the original
        int len = 0;
        boolean lineStart = true;
        int frontMatterEnd = FrontMatterLines.blockEnd(s);
        char[] in = buffers[2];
        s.getChars(0, n, in, 0);
        final byte[] actions = ACTION;
        for (int i = 0; i < n; i++) {
            char c = in[i];
            byte action = actions[c];
            if (action == COPY && len + 1 < out.length) {
                // the common case: a run of plain ASCII, copied in a tight loop (the offset does not move inside it)
                runs.mark(i, len);
                int limit = Math.min(n, i + (out.length - 1 - len));
                boolean text = false;
                int j = i;
                while (j < limit) {
                    char d = in[j];
                    if (actions[d] != COPY) {
                        break;
                    }
                    out[len] = d;
                    fold[len] = NormalizedText.fold(d);
                    len++;
                    text |= d != ' ' && d != '-';
                    j++;
                }
                if (text) {
                    lineStart = false;
                }
                i = j - 1;
                continue;
            }
            if (action == ESCAPE) {
                int skip = escapedBreak(in, i, n);
                if (skip > 0) {
                    i += skip; // the break's last char: what follows is read as after a line break
                    action = LF;
                } else {
                    action = COPY;
                }
            }
            if (action == TILDE) {
                int close = i > frontMatterEnd ? struckEnd(in, i, n) : -1;
                if (close > 0) {
                    i = close; // struck-through words are no longer meant: gone with their marks
                    continue;
                }
                action = COPY;
            }
            if (action == TAG) {
                int end = i > frontMatterEnd ? tagEnd(in, i, n) : -1;
                if (end < 0) {
                    action = COPY;
                } else {
                    // an HTML tag is markup, not text: inline tags go, block tags break the line, a list item is a
                    // bullet, struck-through text goes with its tags (« <del>Stage</del> CDD »)
                    int kind = tagKind(in, i, end);
                    if (kind == ITEM && in[i + 1] == '/') {
                        kind = BLOCK; // « </li> »: the item ends, the next one is a bullet of its own
                    }
                    if (kind == STRUCK && in[i + 1] != '/') {
                        int close = closingTag(in, end + 1, n, i + 1);
                        if (close > 0) {
                            i = close;
                            continue;
                        }
                    }
                    char[] emit = EMPTY;
                    int back = len;
                    while (back > 0 && out[back - 1] == ' ') {
                        back--;
                    }
                    boolean atLineStart = back == 0 || out[back - 1] == '\n';
                    int after = end + 1;
                    while (after < n && in[after] == ' ') {
                        after++;
                    }
                    boolean breakFollows = after >= n || in[after] == '\n' || in[after] == '\r';
                    if (kind == ITEM) {
                        emit = atLineStart ? BULLET : NEW_BULLET;
                        if (atLineStart && back < len) {
                            // « \t<li> »: the bullet starts the line, as a bullet glyph would
                            len = back;
                            runs.truncate(len);
                        }
                    } else if (kind == BLOCK && !atLineStart && !breakFollows) {
                        emit = NEW_LINE;
                    } else if (kind == CELL && !atLineStart) {
                        emit = SPACE_ONLY;
                    }
                    if (len + emit.length + 1 >= out.length) {
                        int size = Math.max(out.length * 2, len + emit.length + 16);
                        out = Arrays.copyOf(out, size);
                        fold = Arrays.copyOf(fold, size);
                    }
                    for (int k = 0; k < emit.length; k++) {
                        // what stands for the tag maps to the text after it: a value that starts on the bullet
                        // starts there in the original too (never inside the tag)
                        int from = Math.min(n, end + 1);
                        out[len] = emit[k];
                        fold[len] = emit[k];
                        runs.mark(from, len);
                        len++;
                        if (emit[k] == '\n') {
                            lineStart = true;
                        }
                    }
                    i = end;
                    continue;
                }
            }
            char r = c;
            String repl = null;
            switch (action) {
                case COPY -> {
                }
                case SPACE -> r = ' ';
                case DROP -> {
                    continue;
                }
                case APOSTROPHE -> r = '\'';
                case QUOTE -> r = '"';
                case HYPHEN -> r = '-';
                case CR, LF -> {
                    if (action == CR && i + 1 < n && in[i + 1] == '\n') {
                        continue;
                    }
                    r = '\n';
                    if (i > frontMatterEnd) {
                        int next = LineJoins.joinTarget(s, i, out, len);
                        if (next > 0) {
                            // a sentence broken over lines: one space (none after a hyphen ending a word)
                            int k = len - 1;
                            while (k >= 0 && out[k] == ' ') {
                                k--;
                            }
                            // "by Febru-\nary 28": a month's name hyphenated at the line's end is whole again
                            boolean month = k > 0 && out[k] == '-' && LineJoins.splitMonth(fold, k, s, next);
                            len = month ? k : k + 1;
                            runs.truncate(len);
                            if (!month && (out[k] != '-' || k == 0 || !Character.isLetter(out[k - 1]))) {
                                out[len] = ' ';
                                fold[len] = ' ';
                                runs.mark(i, len);
                                len++;
                            }
                            i = next - 1;
                            lineStart = false;
                            continue;
                        }
                    }
                }
                default -> {
                    if (lineStart && CharKinds.isBullet(c)) {
                        r = '-';
                    } else if (c >= 0x300 && c <= 0x36F && len > 0) {
                        // a combining accent after its letter: compose them
                        String composed = Normalizer.normalize(new String(new char[] {out[len - 1], c}), Normalizer.Form.NFC);
                        if (composed.length() == 1) {
                            out[len - 1] = composed.charAt(0);
                            fold[len - 1] = NormalizedText.fold(composed.charAt(0));
                            continue;
                        }
                    } else if (!Character.isSurrogate(c) && !CharKinds.nfkcStable(c)) {
                        repl = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                    }
                }
            }
            if (repl != null) {
                if (len + repl.length() + 1 >= out.length) {
                    int size = Math.max(out.length * 2, len + repl.length() + 16);
                    out = Arrays.copyOf(out, size);
                    fold = Arrays.copyOf(fold, size);
                }
                for (int k = 0; k < repl.length(); k++) {
                    out[len] = repl.charAt(k);
                    fold[len] = NormalizedText.fold(repl.charAt(k));
                    runs.mark(i, len);
                    len++;
                }
            } else {
                if (len + 1 >= out.length) {
                    int size = out.length * 2;
                    out = Arrays.copyOf(out, size);
                    fold = Arrays.copyOf(fold, size);
                }
                out[len] = r;
                fold[len] = NormalizedText.fold(r);
                runs.mark(i, len);
                len++;
            }
            if (r == '\n') {
                lineStart = true;
            } else if (r != ' ' && r != '-') {
                lineStart = false;
            }
        }
        if (out != buffers[0]) {
            buffers[0] = out;
            buffers[1] = fold;
        }
        return new NormalizedText(new String(out, 0, len), new String(fold, 0, len),
                Arrays.copyOf(runs.start, runs.count), Arrays.copyOf(runs.delta, runs.count), n);
    }

    /**
     * The normalised form of a short value (a title, a name) whose every char stays as it is (no line break, no
     * space, quote or hyphen to make plain, no mark to drop or compose, no bullet, nothing NFKC changes): the
     * value itself, folded char by char, at the same offsets; null for any other text, which takes the general
     * path. Most values the rules weigh are such, and are folded many times.
     */
    private static NormalizedText unchanged(String s) {
        int n = s.length();
        if (n > 256) {
            return null;
        }
        char[] fold = new char[n];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            byte action = ACTION[c];
            if (action != COPY && (action != CHECK || CharKinds.isBullet(c) || c >= 0x300 && c <= 0x36F
                    || !Character.isSurrogate(c) && !CharKinds.nfkcStable(c))) {
                return null;
            }
            fold[i] = NormalizedText.fold(c);
        }
        int[] run = n == 0 ? new int[0] : new int[] {0};
        return new NormalizedText(s, new String(fold), run, run.clone(), n);
    }

    /** The offset map being built: from normalised index {@code start[r]} on, original = normalised + {@code delta[r]}. */
    private static final class Runs {
        int[] start = new int[64];
        int[] delta = new int[64];
        int count;
        int last = Integer.MIN_VALUE;

        /** Normalised char {@code len} comes from original char {@code from}. */
        void mark(int from, int len) {
            int d = from - len;
            if (d != last) {
                if (count == start.length) {
                    start = Arrays.copyOf(start, count * 2);
                    delta = Arrays.copyOf(delta, count * 2);
                }
                last = d;
                start[count] = len;
                delta[count++] = d;
            }
        }

        /** The normalised text was cut back to {@code len} chars: the runs past it go. */
        void truncate(int len) {
            while (count > 0 && start[count - 1] >= len) {
                count--;
            }
            last = count == 0 ? Integer.MIN_VALUE : delta[count - 1];
        }
    }
}
