package org.sillage.importing.extract;

import org.sillage.domain.Field;

/**
 * The pay, verbatim: the value after a label (« Rémunération : », « Indemnité : », "Salary"), the line
 * under such a heading, or the sentence holding « le salaire ... ». A value with an amount wins over one
 * naming only a scale or a daily rate; « négociable selon l'expérience » (no amount, no scale) is nothing.
 */
final class SalaryRule implements Rule {
    static final String[] TRIGGERS = {"remuneration", "salaire", "salary", "indemnite", "gratification",
        "taux journalier", "tjm", "traitement", "compensation", "pay:", "pay :", "salaris", "loon", "vergoeding",
        "bezoldiging", "brutoloon", "wage", "maandloon", "jaarloon", "verloning", "barema", "loonschaal", "weddeschaal",
        "salarisschaal", "pay range", "salary range"};
    private static final String[] SCALE = {"taux journalier", "tjm", "grille", "indice", "echelon", "convention", "groupe",
        "barem", "schaal", "scale", "grade"};

    @Override
    public String name() {
        return "salary";
    }

    @Override
    public void apply(PostingText t) {
        if (t.isSet(Field.SALARY_TEXT)) {
            return;
        }
        String f = t.fold;
        int bestScore = 0;
        int bs = -1;
        int be = -1;
        int bestPos = Integer.MAX_VALUE;
        for (String trig : TRIGGERS) {
            for (int i : t.hits.of(trig)) {
                if (i < t.bodyStart) {
                    continue;
                }
                int from = i + trig.length();
                if (i > 0 && Character.isLetter(f.charAt(i - 1)) || from < f.length() && Character.isLetter(f.charAt(from))
                        && !trig.equals("remuneration") && !trig.equals("salaire")) {
                    continue;
                }
                int[] span = valueSpan(t, i, from);
                if (span == null) {
                    continue;
                }
                int score = score(f, span[0], span[1]);
                if (score > bestScore || score == bestScore && score > 0 && i < bestPos) {
                    bestScore = score;
                    bs = span[0];
                    be = span[1];
                    bestPos = i;
                }
            }
        }
        if (bestScore > 0) {
            String v = Clean.value(t.slice(bs, be));
            if (v != null) {
                t.out().salaryText(v);
                t.set(Field.SALARY_TEXT);
                t.evidence(Field.SALARY_TEXT, bs, be, "salary.amount");
            }
        }
    }

    /** The value of a label, the line under a heading, or the sentence. */
    private static int[] valueSpan(PostingText t, int i, int after) {
        String f = t.fold;
        int le = t.lineEnd(i);
        int k = after;
        while (k < le && (f.charAt(k) == ' ' || f.charAt(k) == '*' || f.charAt(k) == '_')) {
            k++;
        }
        if (k < le && f.charAt(k) == ':') {
            int vs = k + 1;
            int ve = le;
            int bold = t.text.indexOf("**", vs + 1);
            if (bold > 0 && bold < ve) {
                ve = bold;
            }
            return new int[] {vs, ve};
        }
        if (k >= le && t.headingBefore(i + 1) != null && t.headingBefore(i + 1).start() == t.lineStart(i)) {
            int n = le + 1;
            while (n < f.length() && (f.charAt(n) == '\n' || f.charAt(n) == ' ')) {
                n++;
            }
            return n < f.length() ? new int[] {n, t.lineEnd(n)} : null;
        }
        int s = t.sentenceStart(i);
        int e = t.sentenceEnd(i);
        return new int[] {s, e};
    }

    private static int score(String f, int s, int e) {
        boolean digit = false;
        boolean currency = false;
        for (int k = s; k < e; k++) {
            char c = f.charAt(k);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (c == '€' || c == '$' || c == '£') {
                currency = true;
            }
        }
        String seg = f.substring(s, e);
        if (seg.contains("euro") || seg.contains(" eur") || seg.contains("k€") || seg.contains("chf") || seg.contains("dollar")
                || seg.contains("brut") || seg.contains("net")) {
            currency = currency || digit;
        }
        if (digit && currency) {
            return 3;
        }
        if (Keywords.containsAny(seg, SCALE)) {
            return 1;
        }
        return 0;
    }
}
