package org.sillage.importing.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The first lines of a posting's body, where its title, its employer and often its place are written: markup,
 * images and rules skipped, and a page's cookie banner and menus left out when the page was copied whole.
 */
final class TopLines {
    /** A line of markup only: an HTML comment or tag, a template's shortcode ({{< x >}}, {% x %}). */
    private static final java.util.regex.Pattern MARKUP_LINE = java.util.regex.Pattern.compile(
            "(?:<!--.*?-->|\\{\\{.*?}}|\\{%.*?%}|</?[a-zA-Z][^<>]*>|\\s)+");
    private static final java.util.regex.Pattern RULE_LINE = java.util.regex.Pattern.compile("[-=*_#]{3,}");

    /** The first non-empty lines of the body, as {start, end} (images and rules skipped). */
    static List<int[]> of(PostingText t, int max) {
        if (t.topLines == null) {
            t.topLines = find(t, 10);
        }
        return t.topLines.subList(0, Math.min(max, t.topLines.size()));
    }

    private static List<int[]> find(PostingText t, int max) {
        List<int[]> result = new ArrayList<>();
        String s = t.text;
        int i = t.bodyStart;
        int guard = 0;
        java.util.regex.Matcher rule = RULE_LINE.matcher(s);
        java.util.regex.Matcher markup = MARKUP_LINE.matcher(s);
        int menuRun = 0;
        int lines = 0;
        while (i < s.length() && (result.size() < max || menuRun > 0) && guard++ < 200) {
            int e = t.lineEnd(i);
            int a = i;
            while (a < e && (s.charAt(a) == ' ' || s.charAt(a) == '\t')) {
                a++;
            }
            int b = e;
            while (b > a && s.charAt(b - 1) == ' ') {
                b--;
            }
            // (the line is read where it stands, not copied: a "line" may be a whole paragraph)
            if (a < b && !opens(s, a, b, "[image") && !opens(s, a, b, "<img") && !rule.region(a, b).matches()
                    && !opens(s, a, b, "![") && !markup.region(a, b).matches()) {
                lines++;
                if (menuLike(s, a, b) && lines - menuRun <= 20) {
                    menuRun++;
                } else {
                    if (menuRun >= 8) {
                        // a page copied whole: its cookie banner's buttons and its menus, one short line each, then the offer
                        result.clear();
                    }
                    menuRun = 0;
                }
                result.add(new int[] {a, b});
            }
            i = e + 1;
        }
        return result.size() > max ? new ArrayList<>(result.subList(0, max)) : result;
    }

    /** A menu's or a button's line: three words at most, no sentence's or label's punctuation. */
    private static boolean menuLike(String s, int a, int b) {
        if (b - a > 30) {
            return false;
        }
        int words = 1;
        for (int k = a; k < b; k++) {
            char c = s.charAt(k);
            if (c == '.' || c == ':' || c == '?' || c == '!' || c == ',') {
                return false;
            }
            if (c == ' ' && ++words > 3) {
                return false;
            }
        }
        return true;
    }

    /** The text of a markdown link that is the whole of {@code s[a, b)} (past heading marks), or null. */
    static int[] wholeLineLink(String s, int a, int b) {
        int i = a;
        while (i < b && " \t#*_>".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        if (i >= b || s.charAt(i) != '[') {
            return null;
        }
        int close = s.indexOf("](", i + 1);
        if (close < 0 || close >= b || close - i < 4) {
            return null;
        }
        int end = s.indexOf(')', close + 2);
        if (end < 0 || end >= b) {
            return null;
        }
        for (int k = end + 1; k < b; k++) {
            if (" \t*_".indexOf(s.charAt(k)) < 0) {
                return null;
            }
        }
        String target = s.substring(close + 2, end);
        if (!target.startsWith("http") && !target.startsWith("/") && !target.startsWith(".")) {
            return null;
        }
        int ts = i + 1;
        int te = close;
        while (ts < te && s.charAt(ts) == ' ') {
            ts++;
        }
        while (te > ts && s.charAt(te - 1) == ' ') {
            te--;
        }
        // an icon's shortcode and a "back to the list" link are not titles
        return te - ts < 3 || s.charAt(ts) == ':' || s.charAt(ts) == '!' ? null : new int[] {ts, te};
    }

    /** Whether {@code s[a, b)} starts with {@code prefix}. */
    private static boolean opens(String s, int a, int b, String prefix) {
        return b - a >= prefix.length() && s.startsWith(prefix, a);
    }

    private TopLines() {
    }
}
