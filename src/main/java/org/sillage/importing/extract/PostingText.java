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
        this.headings = findHeadings();
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

    private int bibliography = -2;

    /** The headings of a paper's list of works cited. */
    private static final java.util.Set<String> BIBLIOGRAPHY = java.util.Set.of("bibliographie", "bibliography", "references",
        "references bibliographiques", "literatuur", "literature", "works cited", "referenties", "selected references",
        "key references");
    /** A line of a list of works cited: "[1] …", "Lee, D. D. …", "- Zhang, Y., …", "… (1999)". */
    static final java.util.regex.Pattern CITATION = java.util.regex.Pattern.compile(
            "^\\s*(?:\\[|(?:[-•*]\\s+)?\\p{Lu}[\\p{L}'-]+, \\p{Lu}\\.)|\\((?:19|20)\\d\\d\\)");

    /**
     * Where a list of works cited starts (« 4. Bibliographie » over "[1] : The Univalent Foundations Program …"), or
     * the text's length: what follows names papers' authors and publishers, not who is hiring.
     */
    int bibliographyStart() {
        if (bibliography == -2) {
            bibliography = text.length();
            for (int ls = bodyStart; ls < text.length(); ) {
                int le = lineEnd(ls);
                int a = ls;
                int b = le;
                while (a < b && " \t0123456789.#*_".indexOf(fold.charAt(a)) >= 0) {
                    a++;
                }
                while (b > a && " \t:*_".indexOf(fold.charAt(b - 1)) >= 0) {
                    b--;
                }
                if (b - a >= 10 && b - a <= 26 && BIBLIOGRAPHY.contains(fold.substring(a, b))) {
                    int next = le + 1;
                    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                        next++;
                    }
                    if (next < text.length() && CITATION.matcher(text.substring(next, lineEnd(next))).find()) {
                        bibliography = ls;
                        break;
                    }
                }
                ls = le + 1;
            }
        }
        return bibliography;
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

    private int[] breaks() {
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

    /** A line that begins with a label and its colon (« Lieu du stage : », "Contact:"): the posting again after a list. */
    private static final java.util.regex.Pattern LABEL_LINE = java.util.regex.Pattern.compile("\\s*\\p{L}[\\p{L}' ]{2,40}\\s?:");
    private int referencesEnd = -1;

    /**
     * Whether {@code pos} lies in a list of works cited: after its heading ({@link #bibliographyStart}), before the
     * first labelled paragraph below it (« Lieu du stage : … » after the list).
     */
    boolean inReferences(int pos) {
        int start = bibliographyStart();
        if (pos < start) {
            return false;
        }
        if (referencesEnd < 0) {
            referencesEnd = text.length();
            int[] b = breaks();
            int k = java.util.Arrays.binarySearch(b, start);
            for (int j = k >= 0 ? k + 1 : -k - 1; j < b.length; j++) {
                int e = j + 1 < b.length ? b[j + 1] : text.length();
                // a label opens its paragraph; a paper's wrapped title does not ("… Understanding of\nRecommender Results: …")
                int before = b[j] - 1;
                while (before >= 0 && text.charAt(before) == ' ') {
                    before--;
                }
                boolean opens = before < 0 || ".!?:\n".indexOf(text.charAt(before)) >= 0;
                if (opens && LABEL_LINE.matcher(text).region(b[j] + 1, e).lookingAt()) {
                    referencesEnd = b[j] + 1;
                    break;
                }
            }
        }
        return pos < referencesEnd;
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

    /** Start of the sentence holding {@code pos}: after the last ". ", "! ", "? " or line break, at most 400 chars back. */
    int sentenceStart(int pos) {
        int min = Math.max(0, pos - 400);
        for (int i = Math.min(pos, text.length()) - 1; i >= min; i--) {
            char c = text.charAt(i);
            if (c == '\n' && !softWrap(i)) {
                return i + 1;
            }
            if ((c == '.' || c == '!' || c == '?' || c == ';') && i + 1 < text.length() && text.charAt(i + 1) == ' '
                    && !abbreviationBefore(i)) {
                return i + 2;
            }
            if (c == '"' && i > 0 && i + 1 < text.length() && text.charAt(i + 1) == ' ' && text.charAt(i - 1) == '.'
                    && i + 1 < pos) {
                return i + 2; // « with the subject line "PM Candidate." Please … »: the quote closes the sentence
            }
        }
        return min;
    }

    /** End of the sentence holding {@code pos} (exclusive, before its final punctuation), at most 400 chars on. */
    int sentenceEnd(int pos) {
        int max = Math.min(text.length(), pos + 400);
        for (int i = Math.max(0, pos); i < max; i++) {
            char c = text.charAt(i);
            if (c == '\n' && !softWrap(i)) {
                return i;
            }
            if ((c == '.' || c == '!' || c == '?' || c == ';') && (i + 1 >= text.length() || text.charAt(i + 1) == ' '
                    || text.charAt(i + 1) == '\n') && !abbreviationBefore(i)) {
                return i;
            }
            if (c == '.' && i + 2 < text.length() && text.charAt(i + 1) == '"' && text.charAt(i + 2) == ' ' && i > pos) {
                return i + 1; // (the closing quote stays with its sentence)
            }
        }
        return max;
    }

    /**
     * Whether the line break at {@code nl} only wraps a sentence (text hard-wrapped at a width, as markdown
     * sources and PDF lines are): the line before ends inside a sentence (a letter, a digit or a comma, not
     * a colon or a sentence's end) and the next one goes on in lower case, not as a list item.
     */
    boolean softWrap(int nl) {
        if (nl <= 0 || nl + 1 >= text.length()) {
            return false;
        }
        char before = text.charAt(nl - 1);
        char after = text.charAt(nl + 1);
        if ((Character.isLetterOrDigit(before) || before == ',') && Character.isLowerCase(after)) {
            return true;
        }
        // « … in zowel het Nederlands als in het\nEngels »: a line that ends on an article goes on, whatever comes next;
        // "(parts 1 and\n3) downloadable …": so does one that ends on a conjunction or a preposition
        return (Character.isUpperCase(after) || Character.isDigit(after)) && endsOnArticle(nl);
    }

    private static final String[] LINE_END_ARTICLES = {"het", "de", "the", "le", "la", "les", "des", "du", "een", "a",
        "an", "un", "une", "and", "or", "of", "to", "for", "with", "from", "et", "ou", "en", "van", "voor", "met", "pour",
        "avec", "dans", "sur", "par"};

    private boolean endsOnArticle(int nl) {
        int s = nl;
        while (s > 0 && nl - s < 4 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        int len = nl - s;
        if (len == 0 || len > 4 || s > 0 && text.charAt(s - 1) != ' ') {
            return false;
        }
        for (String a : LINE_END_ARTICLES) {
            if (a.length() == len && fold.startsWith(a, s)) {
                return true;
            }
        }
        return false;
    }

    boolean abbreviationBefore(int dot) {
        // "Approx.", "M.", "p.m." and the like do not end a sentence
        int k = dot - 1;
        int letters = 0;
        while (k >= 0 && Character.isLetter(text.charAt(k)) && letters < 20) {
            k--;
            letters++;
        }
        if (letters == 1) {
            return true;
        }
        String w = fold.substring(k + 1, dot);
        return w.equals("approx") || w.equals("env") || w.equals("ex") || w.equals("mr")
                || w.equals("dr") || w.equals("min") || w.equals("max") || w.equals("no") || w.equals("art")
                // « (cf. modèle annexé) », "vs.", « Mme. », « Prof. », Dutch « nr. », « bijv. », « Tél. »
                || w.equals("cf") || w.equals("vs") || w.equals("mme") || w.equals("mlle") || w.equals("prof")
                || w.equals("nr") || w.equals("bijv") || w.equals("tel");
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

    private List<Heading> findHeadings() {
        List<Heading> result = new ArrayList<>();
        // the lines the format marks as headings (HTML h1–h6, a table's lone header cell, Word's heading styles)
        java.util.Set<Integer> marked = new java.util.HashSet<>();
        for (Marked m : marks) {
            if (m.kind() == org.sillage.importing.TextStructure.Kind.HEADING && m.start() >= 0) {
                marked.add(m.start());
            }
        }
        int n = text.length();
        int i = bodyStart;
        while (i < n) {
            int e = text.indexOf('\n', i);
            if (e < 0) {
                e = n;
            }
            if (isHeading(i, e) || marked.contains(firstNonSpace(i, e)) && e - i <= 80) {
                result.add(new Heading(i, e, fold.substring(i, e)));
            }
            i = e + 1;
        }
        return result;
    }

    private int firstNonSpace(int s, int e) {
        while (s < e && text.charAt(s) == ' ') {
            s++;
        }
        return s;
    }

    private boolean isHeading(int s, int e) {
        s = firstNonSpace(s, e);
        int t = e;
        while (t > s && text.charAt(t - 1) == ' ') {
            t--;
        }
        int len = t - s;
        if (len < 2) {
            return false;
        }
        char c = text.charAt(s);
        if (c == '#') {
            return true;
        }
        if (len > 70 || c == '-' || c == '*' && text.charAt(s + 1) == ' ') {
            return false;
        }
        if (text.startsWith("**", s) && text.startsWith("**", t - 2) && len > 4) {
            return Keywords.indexIn(text, "**", s + 2, t) == t - 2;
        }
        char last = text.charAt(t - 1);
        if (last == ':') {
            return len <= 50;
        }
        if (len >= 4 && Character.isDigit(c) && (text.charAt(s + 1) == '.' || text.charAt(s + 1) == ')' || text.charAt(s + 1) == '/')
                && last != '.' && last != ';' && last != ',') {
            return true;
        }
        int letters = 0;
        int upper = 0;
        for (int k = s; k < t; k++) {
            char ch = text.charAt(k);
            if (Character.isLetter(ch)) {
                letters++;
                if (Character.isUpperCase(ch)) {
                    upper++;
                }
            }
        }
        return letters >= 4 && upper == letters && last != '.' && last != ',';
    }

    /** True when the heading above {@code pos} announces how to apply. */
    boolean inApplicationSection(int pos) {
        Heading h = headingBefore(pos);
        return h != null && Keywords.containsAny(h.fold(), Keywords.APPLICATION_HEADINGS);
    }
}
