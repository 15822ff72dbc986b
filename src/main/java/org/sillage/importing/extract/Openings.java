package org.sillage.importing.extract;

import java.util.regex.Matcher;

/**
 * A pattern's search tried only where it can open. A search over a whole posting tries every alternative of a
 * pattern at every char, which for the long alternations of the rules costs more than the rest of the rule; a test
 * on the char where a match would start (a necessary condition: its first chars, a word's start) skips the rest.
 * Each try is the pattern matched from that char with the text around it visible, so it finds what the search
 * finds there: the first try that matches is the search's match. For patterns without {@code ^} or {@code $}.
 */
final class Openings {
    /** Where a pattern can open: a necessary condition on the char at a place and the one before it. */
    static final class Opens {
        private final boolean[] first = new boolean[128];
        private final boolean digitsBefore;

        private Opens(String firsts, boolean digitsBefore) {
            for (char c : firsts.toCharArray()) {
                first[c] = true;
            }
            this.digitsBefore = digitsBefore;
        }

        /** The first place from {@code p} on, before {@code n}, where the pattern can open; or {@code n}. */
        int next(String s, int p, int n) {
            for (; p < n; p++) {
                char c = s.charAt(p);
                if (c < 128 && first[c]) {
                    char b = p == 0 ? ' ' : s.charAt(p - 1);
                    if (!Character.isLetter(b) && !(digitsBefore && b >= '0' && b <= '9')) {
                        return p;
                    }
                }
            }
            return n;
        }
    }

    private Openings() {
    }

    /**
     * {@code m.region(regionStart, s.length())} then {@code find()} from {@code from} on: true, with {@code m} on the
     * match, when a match starts at a place {@code opens} accepts (and no match starts at another place, as
     * {@code opens} promises).
     */
    static boolean find(Matcher m, String s, int regionStart, int from, Opens opens) {
        int n = s.length();
        int p = Math.max(from, regionStart);
        if (p == regionStart && p > 0 && p < n) {
            // at the region's start nothing before it is seen: the test on the char before does not hold there
            if (tryAt(m, p, n, regionStart)) {
                return true;
            }
            p++;
        }
        for (p = opens.next(s, p, n); p < n; p = opens.next(s, p + 1, n)) {
            if (tryAt(m, p, n, regionStart)) {
                return true;
            }
        }
        return false;
    }

    private static boolean tryAt(Matcher m, int p, int n, int regionStart) {
        // (the text before the region stays out of sight, as in a search of the region)
        m.region(p, n).useTransparentBounds(p > regionStart).useAnchoringBounds(p == regionStart);
        return m.lookingAt();
    }

    /**
     * A word's start (no letter before it) on one of {@code firsts}: for a pattern that opens with
     * {@code (?<![\p{L}])} and one of those chars.
     */
    static Opens wordStartOn(String firsts) {
        return new Opens(firsts, false);
    }

    /** A number's start: for a pattern that opens with {@code (?<![\p{L}\d])\d}. */
    static final Opens NUMBER_START = new Opens("0123456789", true);
}
