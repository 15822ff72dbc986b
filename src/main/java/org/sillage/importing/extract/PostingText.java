package org.sillage.importing.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sillage.domain.Field;
import org.sillage.domain.PostingFields;

/**
 * What every rule reads: the normalised posting with its offset map, its lines, headings, front matter and
 * language. Built once per posting; rules only read it and write into the builder.
 */
final class PostingText {

    /** One {@code key: value} line of the front matter, with the value's span in the normalised text. */
    record Meta(String value, int start, int end) {
    }

    /** A heading line: its span and folded text. */
    record Heading(int start, int end, String fold) {
    }

    final String original;
    final NormalizedText norm;
    final String text;
    final String fold;
    final int bodyStart;
    final Map<String, Meta> frontMatter;
    final String language;
    final List<Heading> headings;
    final Lexicon.Hits hits;
    private final PostingFields.Builder out;

    /** Dates found by earlier rules, used to infer a missing year. */
    /**
     * A page's JSON-LD closing date ("validThrough"), kept for the deadline rule: the listing's expiry, which gives
     * way to a closing date the page's own text states.
     */
    JsonLdDeadline jsonLdDeadline;

    record JsonLdDeadline(java.time.LocalDate date, java.time.LocalTime time, int start, int end) {
    }

    java.time.LocalDate postedDate;
    java.time.LocalDate startDate;
    java.time.YearMonth startMonth;
    String location;
    /** The first lines of the body, as {start, end}, once found (see {@code TopLines.of}). */
    List<int[]> topLines;
    int titleStart = -1;
    int titleEnd = -1;
    /** The organisation's span, once chosen (see {@code OrganizationRule}). */
    int organizationStart = -1;
    int organizationEnd = -1;
    private Integer timelineYear;
    private boolean timelineDone;

    /** A mark of the reader's structure, its span in the normalised text (or -1, -1 when outside it). */
    record Marked(org.sillage.importing.TextStructure.Kind kind, int start, int end, int level, String value) {
    }

    /** What the reader knew of the text's structure, in normalised offsets, in the reader's order. */
    final List<Marked> marks;

    PostingText(String original, PostingFields.Builder out) {
        this(original, org.sillage.importing.TextStructure.NONE, out);
    }

    PostingText(String original, org.sillage.importing.TextStructure structure, PostingFields.Builder out) {
        this.original = original;
        this.norm = TextNormalizer.normalize(original);
        this.text = norm.text;
        this.fold = norm.fold;
        this.hits = Lexicon.ALL.scan(fold);
        this.out = out;
        this.frontMatter = new LinkedHashMap<>();
        this.bodyStart = FrontMatter.parse(this, frontMatter);
        this.language = LanguageDetector.detect(hits, bodyStart);
        this.marks = mapMarks(structure);
        this.headings = HeadingLines.find(text, fold, bodyStart, marks);
        // the day the page says it was published, for the year of a date without one, until the text gives its own
        for (Marked m : marks(org.sillage.importing.TextStructure.Kind.PUBLISHED)) {
            this.postedDate = java.time.LocalDate.parse(m.value());
        }
    }

    private List<Marked> mapMarks(org.sillage.importing.TextStructure structure) {
        if (structure == null || structure.isEmpty()) {
            return List.of();
        }
        List<Marked> result = new ArrayList<>();
        for (org.sillage.importing.TextStructure.Mark m : structure.marks()) {
            if (m.start() < 0) {
                result.add(new Marked(m.kind(), -1, -1, m.level(), m.value()));
            } else if (m.end() <= original.length() && m.start() < m.end()) {
                int s = norm.normalizedOf(m.start());
                int e = Math.max(s, norm.normalizedOf(m.end()));
                result.add(new Marked(m.kind(), s, Math.min(e, text.length()), m.level(), m.value()));
            }
        }
        return result;
    }

    /** The marks of one kind. */
    List<Marked> marks(org.sillage.importing.TextStructure.Kind kind) {
        List<Marked> r = new ArrayList<>();
        for (Marked m : marks) {
            if (m.kind() == kind) {
                r.add(m);
            }
        }
        return r;
    }

    PostingFields.Builder out() {
        return out;
    }

    /** Spans kept per field: enough to show where a value came from. */
    static final int MAX_EVIDENCE = 20;
    private final int[] evidenceCount = new int[Field.values().length];

    /** Records evidence for a span of the normalised text, mapped back to the original. */
    void evidence(Field field, int start, int end, String rule) {
        if (evidenceCount[field.ordinal()]++ >= MAX_EVIDENCE) {
            return;
        }
        // a mark never opens or closes on a space: « Rémunération : selon convention … » marks from « selon »
        while (end > start && end <= text.length() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (start < end && start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int s = norm.originalStart(start);
        int e = Math.max(s, norm.originalEnd(end));
        out.evidence(field, s, e, rule);
    }

    /**
     * The original text of a normalised span, as written (curly apostrophes kept), with its spaces and line
     * breaks made plain and ligatures undone.
     */
    String slice(int start, int end) {
        int s = norm.originalStart(start);
        int e = Math.max(s, norm.originalEnd(end));
        String raw = original.substring(s, Math.min(e, original.length()));
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u00AD' || c == '\u200B' || c == '\uFEFF' || c == '\r') {
                continue;
            }
            if (c == '-' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                b.append('-');
                i++;
                while (i + 1 < raw.length() && (raw.charAt(i + 1) == ' ' || raw.charAt(i + 1) == '\n')) {
                    i++;
                }
                continue;
            }
            b.append(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c);
        }
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c >= 0x80 && !Character.isSurrogate(c) && !CharKinds.nfkcStable(c)) {
                return java.text.Normalizer.normalize(b, java.text.Normalizer.Form.NFKC);
            }
        }
        return b.toString();
    }

    /** The list of works cited, if any, read once asked for. */
    private References references;

    private References references() {
        if (references == null) {
            references = new References(this);
        }
        return references;
    }

    /** Where a list of works cited starts, or the text's length: see {@link References#start}. */
    int bibliographyStart() {
        return references().start();
    }

    Meta meta(String... keys) {
        for (String k : keys) {
            Meta m = frontMatter.get(k);
            if (m != null && !m.value().isBlank()) {
                return m;
            }
        }
        return null;
    }

    /**
     * The latest year of the dates written in full (month and year at least) in the posting, or null.
     * Used as the posting's own timeline when neither a posted date nor a start date is known.
     */
    Integer timelineYear() {
        if (!timelineDone) {
            timelineDone = true;
            timelineYear = Timeline.latestYear(this);
        }
        return timelineYear;
    }

    private final java.util.EnumSet<Field> set = java.util.EnumSet.noneOf(Field.class);
    private DateGrammar.Order numericOrder;
    private DateGrammar.Order numericEvidence;

    /** True when {@code pos} lies in the title found, or in the front-matter title or roles. */
    boolean inTitle(int pos) {
        if (pos >= titleStart && pos < titleEnd) {
            return true;
        }
        for (String k : new String[] {"title", "roles"}) {
            Meta m = frontMatter.get(k);
            if (m != null && pos >= m.start() && pos < m.end()) {
                return true;
            }
        }
        return false;
    }

    boolean isSet(Field f) {
        return set.contains(f);
    }

    void set(Field f) {
        set.add(f);
    }

    /**
     * The order shown by the text's unambiguous numeric dates (a first number over 12 means day first, a second one
     * over 12 month first), or null when they show none.
     */
    DateGrammar.Order numericEvidence() {
        numericOrder();
        return numericEvidence;
    }

    /** Day-first or month-first for all-numeric dates: as the text's own numeric dates show, else by the language. */
    DateGrammar.Order numericOrder() {
        if (numericOrder == null) {
            numericEvidence = NumericOrder.shown(fold);
            numericOrder = numericEvidence != null ? numericEvidence : defaultOrder();
        }
        return numericOrder;
    }

    /** The order of all-numeric dates when the text's own show none ({@link NumericOrder#byLanguage}). */
    DateGrammar.Order defaultOrder() {
        return NumericOrder.byLanguage(fold, language);
    }

    /** Longest line the rules look at: past it, a "line" is cut (hostile text with no line breaks). */
    static final int MAX_LINE = 1000;

    /** The offsets of the text's line breaks, ascending, found once (rules ask for line ends thousands of times). */
    private int[] breaks;

    int[] breaks() {
        if (breaks == null) {
            int[] b = new int[64];
            int n = 0;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (n == b.length) {
                    b = java.util.Arrays.copyOf(b, n * 2);
                }
                b[n++] = i;
            }
            breaks = java.util.Arrays.copyOf(b, n);
        }
        return breaks;
    }

    /** Whether {@code pos} lies in a list of works cited: see {@link References#contains}. */
    boolean inReferences(int pos) {
        return references().contains(pos);
    }

    /** Start of the line holding {@code pos}: after the last line break before it, at most {@link #MAX_LINE} back. */
    int lineStart(int pos) {
        int p = Math.max(0, Math.min(pos, text.length()));
        int min = Math.max(0, p - MAX_LINE);
        int[] b = breaks();
        int k = java.util.Arrays.binarySearch(b, p);
        int before = (k >= 0 ? k : -k - 1) - 1; // the last break at an offset under p
        return before >= 0 && b[before] >= min ? b[before] + 1 : min;
    }

    /** End of the line holding {@code pos}: the next line break at or after it, at most {@link #MAX_LINE} on. */
    int lineEnd(int pos) {
        int p = Math.max(0, pos);
        int max = Math.min(text.length(), p + MAX_LINE);
        int[] b = breaks();
        int next = lastNext; // the first break at an offset of p or more: most calls ask for the same line or the next
        if (!(next <= b.length && (next == b.length || b[next] >= p) && (next == 0 || b[next - 1] < p))) {
            next++;
            if (!(next <= b.length && (next == b.length || b[next] >= p) && b[next - 1] < p)) {
                int k = java.util.Arrays.binarySearch(b, p);
                next = k >= 0 ? k : -k - 1;
            }
        }
        lastNext = next;
        return next < b.length && b[next] < max ? b[next] : max;
    }

    /** Where the last {@link #lineEnd} found its break (a hint for the next call). */
    private int lastNext;

    /** Start of the sentence holding {@code pos}: see {@link Sentences#start}. */
    int sentenceStart(int pos) {
        return Sentences.start(text, fold, pos);
    }

    /** End of the sentence holding {@code pos}: see {@link Sentences#end}. */
    int sentenceEnd(int pos) {
        return Sentences.end(text, fold, pos);
    }

    /** Whether the line break at {@code nl} only wraps a sentence: see {@link Sentences#softWrap}. */
    boolean softWrap(int nl) {
        return Sentences.softWrap(text, fold, nl);
    }

    boolean abbreviationBefore(int dot) {
        return Sentences.abbreviationBefore(text, fold, dot);
    }

    /** The heading above {@code pos}, or null. */
    Heading headingBefore(int pos) {
        int lo = 0;
        int hi = headings.size() - 1;
        Heading found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Heading h = headings.get(mid);
            if (h.start() <= pos) {
                found = h;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** True when the heading above {@code pos} announces how to apply. */
    boolean inApplicationSection(int pos) {
        Heading h = headingBefore(pos);
        return h != null && Keywords.containsAny(h.fold(), Keywords.APPLICATION_HEADINGS);
    }
}
