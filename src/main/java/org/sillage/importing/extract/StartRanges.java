package org.sillage.importing.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contract or a length, then the range it runs over (« CDD de 14 semaines, du 16 mai au 19 août 2022 »): its
 * opening day is the start, for {@link StartRule}; found by trying the pattern only where it can open.
 */
final class StartRanges {
    private StartRanges() {
    }

    /** A contract or a length, then the range it runs over: « 14 semaines, du 16 mai au 19 août 2022 ». */
    private static final Pattern RANGE = Pattern.compile(
            "(?<![a-z0-9])(?:(?:contrat|mission|stage|remplacement|cdd)(?![a-z])[^.\\n(]{0,40}?|\\d{1,2} (?:semaines|mois)(?![a-z]))"
            + "[ ,:(]{1,3}du ");
    private static final String[] NOT_START = {"candidat", "postul", "inscri", "entretien", "dossier", "envoy"};

    /** The words {@link #RANGE} opens on; its other opening is a number before " semaines" or " mois". */
    static final String[] RANGE_WORDS = {"contrat", "mission", "stage", "remplacement", "cdd"};
    /** The units after {@link #RANGE}'s other opening, a number. */
    static final String[] NUMBER_UNITS = {" semaines", " mois"};

    /**
     * Where {@link #RANGE} may match, ascending: where one of its opening words is written, and one or two chars
     * before " semaines" or " mois" (its number). Trying the pattern only there finds what a search of the whole
     * text finds, in the same order, without running the pattern at every char.
     */
    private static int[] rangeStarts(PostingText t, int from) {
        int[] at = new int[16];
        int n = 0;
        for (String w : RANGE_WORDS) {
            for (int i : t.hits.of(w)) { // (found in the one pass over the text)
                if (i >= from) {
                    at = add(at, n++, i);
                }
            }
        }
        for (String w : NUMBER_UNITS) {
            for (int i : t.hits.of(w)) {
                if (i < from) {
                    continue;
                }
                for (int s = i - 2; s < i; s++) {
                    if (s >= from) {
                        at = add(at, n++, s);
                    }
                }
            }
        }
        int[] sorted = java.util.Arrays.copyOf(at, n);
        java.util.Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || sorted[i] != sorted[distinct - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return java.util.Arrays.copyOf(sorted, distinct);
    }

    private static int[] add(int[] at, int n, int value) {
        int[] a = n == at.length ? java.util.Arrays.copyOf(at, n * 2) : at;
        a[n] = value;
        return a;
    }

    /**
     * The next match of {@link #RANGE} at or after {@code from} (the search of the body from {@code bodyStart}),
     * tried at {@code starts} only; {@code m} then holds it. The look-behind sees the text before each start as a
     * search would, and nothing before the body's start.
     */
    private static boolean nextRange(Matcher m, String f, int bodyStart, int[] starts, int from) {
        int k = java.util.Arrays.binarySearch(starts, from);
        for (k = k >= 0 ? k : -k - 1; k < starts.length; k++) {
            m.region(starts[k], f.length());
            m.useTransparentBounds(starts[k] > bodyStart);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Where the text says the range a contract runs over, from its opening word to its last day; null if nowhere. */
    static int[] find(PostingText t) {
        String f = t.fold;
        Matcher m = RANGE.matcher(f);
        int[] starts = rangeStarts(t, t.bodyStart);
        for (int guard = 0, from = t.bodyStart; guard < 10 && nextRange(m, f, t.bodyStart, starts, from); guard++, from = m.end()) {
            if (Keywords.regionContainsAny(f, Math.max(t.sentenceStart(m.start()), m.start() - 120), m.end(), NOT_START)) {
                continue;
            }
            DateGrammar.DateMatch a = DateGrammar.parseAt(f, m.end(), t::numericOrder);
            if (a == null || !a.hasDay() || !f.startsWith(" au ", a.end())) {
                continue;
            }
            DateGrammar.DateMatch b = DateGrammar.parseAt(f, a.end() + 4, t::numericOrder);
            if (b == null) {
                continue;
            }
            int e = b.end();
            if (m.group().contains("(") && e < f.length() && f.charAt(e) == ')') {
                e++;
            }
            return new int[] {m.start(), e};
        }
        return null;
    }
}
