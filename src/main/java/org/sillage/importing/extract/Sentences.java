package org.sillage.importing.extract;

/**
 * Where a posting's sentences start and end, in its normalised text ({@code text}) and its folded copy
 * ({@code fold}): a sentence ends on ". ", "! ", "? ", "; " or a line break that does not only wrap it, and
 * not after an abbreviation ("Approx.", « Mme. »).
 */
final class Sentences {

    private Sentences() {
    }

    /** Start of the sentence holding {@code pos}: after the last ". ", "! ", "? " or line break, at most 400 chars back. */
    static int start(String text, String fold, int pos) {
        int min = Math.max(0, pos - 400);
        for (int i = Math.min(pos, text.length()) - 1; i >= min; i--) {
            char c = text.charAt(i);
            if (c == '\n' && !softWrap(text, fold, i)) {
                return i + 1;
            }
            if ((c == '.' || c == '!' || c == '?' || c == ';') && i + 1 < text.length() && text.charAt(i + 1) == ' '
                    && !abbreviationBefore(text, fold, i)) {
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
    static int end(String text, String fold, int pos) {
        int max = Math.min(text.length(), pos + 400);
        for (int i = Math.max(0, pos); i < max; i++) {
            char c = text.charAt(i);
            if (c == '\n' && !softWrap(text, fold, i)) {
                return i;
            }
            if ((c == '.' || c == '!' || c == '?' || c == ';') && (i + 1 >= text.length() || text.charAt(i + 1) == ' '
                    || text.charAt(i + 1) == '\n') && !abbreviationBefore(text, fold, i)) {
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
    static boolean softWrap(String text, String fold, int nl) {
        if (nl <= 0 || nl + 1 >= text.length()) {
            return false;
        }
        char before = text.charAt(nl - 1);
        char after = text.charAt(nl + 1);
        if ((Character.isLetterOrDigit(before) || before == ',') && Character.isLowerCase(after)) {
            return true;
        }
        if (before == '.' && addressCut(text, nl)) {
            return true;
        }
        // « … in zowel het Nederlands als in het\nEngels »: a line that ends on an article goes on, whatever comes next;
        // "(parts 1 and\n3) downloadable …": so does one that ends on a conjunction or a preposition
        return (Character.isUpperCase(after) || Character.isDigit(after)) && endsOnArticle(text, fold, nl);
    }

    /**
     * Whether the line break at {@code nl} cuts an e-mail address after its domain's first dot (« tech@example.⏎org
     * with a cover letter », a PDF line wrapped there): the line ends on « @name. » and the next opens with two to
     * six small letters before a dot, a blank or a sign, as a top-level domain is written. After a whole address
     * (« jobs@example.fr.⏎fr et nl parlés ») the dot ends a sentence.
     */
    static boolean addressCut(String text, int nl) {
        if (nl < 3 || text.charAt(nl - 1) != '.') {
            return false;
        }
        int i = nl - 2;
        while (i >= 0 && nl - i < 256 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
            i--;
        }
        if (i < 1 || i == nl - 2 || text.charAt(i) != '@' || !Character.isLetterOrDigit(text.charAt(i - 1))) {
            return false;
        }
        int e = nl + 1;
        while (e < text.length() && e - nl <= 7 && text.charAt(e) >= 'a' && text.charAt(e) <= 'z') {
            e++;
        }
        int letters = e - nl - 1;
        return letters >= 2 && letters <= 6 && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e)));
    }

    private static final String[] LINE_END_ARTICLES = {"het", "de", "the", "le", "la", "les", "des", "du", "een", "a",
        "an", "un", "une", "and", "or", "of", "to", "for", "with", "from", "et", "ou", "en", "van", "voor", "met", "pour",
        "avec", "dans", "sur", "par"};

    private static boolean endsOnArticle(String text, String fold, int nl) {
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

    static boolean abbreviationBefore(String text, String fold, int dot) {
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
}
