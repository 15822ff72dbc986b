package org.sillage.importing.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The headings of a posting's body: the lines its format marks as such (HTML h1–h6, Word's heading styles), and
 * the lines that read as one (markdown's {@code #}, a bold line, a short line ending on a colon, a numbered title,
 * a line in capitals).
 */
final class HeadingLines {

    private HeadingLines() {
    }

    /** The lines of the body that read as headings, in their order. */
    static List<PostingText.Heading> find(String text, String fold, int bodyStart, List<PostingText.Marked> marks) {
        List<PostingText.Heading> result = new ArrayList<>();
        // the lines the format marks as headings (HTML h1–h6, a table's lone header cell, Word's heading styles)
        java.util.Set<Integer> marked = new java.util.HashSet<>();
        for (PostingText.Marked m : marks) {
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
            if (isHeading(text, i, e) || marked.contains(firstNonSpace(text, i, e)) && e - i <= 80) {
                result.add(new PostingText.Heading(i, e, fold.substring(i, e)));
            }
            i = e + 1;
        }
        return result;
    }

    private static int firstNonSpace(String text, int s, int e) {
        while (s < e && text.charAt(s) == ' ') {
            s++;
        }
        return s;
    }

    private static boolean isHeading(String text, int s, int e) {
        s = firstNonSpace(text, s, e);
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
}
