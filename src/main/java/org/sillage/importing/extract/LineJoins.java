package org.sillage.importing.extract;

/**
 * Which line breaks of a PDF's text fall in the middle of a sentence, for {@link TextNormalizer} to join: the line
 * does not end a sentence and the next one goes on with a lower-case word, or a date goes on with its year
 * (« 19 février\n2021 »), or a month's name hyphenated at the line's end goes on with its end (« Febru-\nary »).
 */
final class LineJoins {

    private LineJoins() {
    }

    /**
     * Where the next line starts when the line break at {@code i} falls in the middle of a sentence, or -1:
     * the line written so far does not end a sentence, the next non-blank line (at most one blank line
     * between, and then only after a long line) starts with a lower-case letter and is not a list item.
     */
    static int joinTarget(String s, int i, char[] out, int len) {
        int k = len - 1;
        while (k >= 0 && out[k] == ' ') {
            k--;
        }
        if (k < 0 || out[k] == '\n' || !continues(out[k])) {
            return -1;
        }
        int n = s.length();
        int j = i + 1;
        int newlines = 1;
        while (j < n && newlines <= 2) {
            char d = s.charAt(j);
            if (d == '\n') {
                newlines++;
            } else if (d != ' ' && d != '\r' && d != '\t' && d != '\u00A0') {
                break;
            }
            j++;
        }
        if (j >= n || newlines > 2 || startsList(s, j)) {
            return -1;
        }
        if (!Character.isLowerCase(s.charAt(j)) && !(newlines == 1 && Character.isDigit(s.charAt(j)) && endsWithMonth(out, k))) {
            return -1; // « 19 février\n2021 à 12h00 »: a date split from its year is joined too
        }
        if (newlines == 2 && lineLength(out, k) < 50) {
            return -1;
        }
        return j;
    }

    /** Whether the text written so far ends on a month's name ("février", "March", "mei"). */
    private static boolean endsWithMonth(char[] out, int k) {
        int b = k;
        while (b >= 0 && Character.isLetter(out[b]) && k - b < 12) {
            b--;
        }
        if (b == k || k - b < 3) {
            return false;
        }
        StringBuilder w = new StringBuilder(k - b);
        for (int x = b + 1; x <= k; x++) {
            w.append(NormalizedText.fold(out[x]));
        }
        return DateGrammar.month(w.toString()) != null;
    }

    /** Whether the word before the hyphen at {@code hyphen} and the one at {@code next} in {@code s} make a month's name. */
    static boolean splitMonth(char[] fold, int hyphen, CharSequence s, int next) {
        int a = hyphen;
        while (a > 0 && Character.isLetter(fold[a - 1]) && hyphen - a < 10) {
            a--;
        }
        if (a == hyphen || a > 0 && Character.isLetter(fold[a - 1])) {
            return false;
        }
        StringBuilder w = new StringBuilder(12).append(fold, a, hyphen - a);
        for (int j = next; j < s.length() && Character.isLetter(s.charAt(j)) && w.length() <= 10; j++) {
            w.append(NormalizedText.fold(s.charAt(j)));
        }
        // a month's whole name (five letters or more: « janv », "mar" are not cut at a line's end)
        return w.length() >= 5 && DateGrammar.month(w.toString()) != null;
    }

    /** Length of the line of {@code out} that ends at {@code k} (a short line before a blank line is a heading). */
    private static int lineLength(char[] out, int k) {
        int s = k;
        while (s > 0 && out[s - 1] != '\n' && k - s < 80) {
            s--;
        }
        return k - s + 1;
    }

    private static boolean continues(char last) {
        return Character.isLetterOrDigit(last) || last == ',' || last == '\'' || last == '-' || last == '('
                || last == '/' || last == '&' || last == '«' || last == '+';
    }

    private static boolean startsList(String s, int j) {
        // "a) item" or "i. item"
        int n = s.length();
        return j + 1 < n && (s.charAt(j + 1) == ')' || (s.charAt(j + 1) == '.' && j + 2 < n && s.charAt(j + 2) == ' '));
    }
}
