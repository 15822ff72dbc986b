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
        "salarisschaal", "pay range", "salary range", "rate of pay", "pay rate", "hourly rate", "bareme", "forfait",
        "honorering", "inschaling",
        // « au taux horaire de 23$ », "at a rate of 25-40$/hour": a rate with its amount
        "taux horaire", "a rate of", "per hour", "/hour", "de l'heure", "uurloon",
        // a freelancer's day rate: "Fees: £200 day rate", "an upper limit of £160 per day", « 350 € par jour »
        "day rate", "daily rate", "per day", "/day", "par jour", "dagtarief",
        // an amount said gross by the month or the year needs no label: « 2800 € brut mensuel sur 13 mois »
        "brut mensuel", "brute mensuelle", "bruts mensuels", "brut annuel", "brute annuelle", "bruts annuels",
        // the same in Dutch (« € 2.550 bruto per maand », « € 3.200 – € 3.800 bruto p/m »), by the hour in figures
        // (« À partir de 13 €/h »), and by the year in English ("£31,000 per annum")
        "bruto per maand", "bruto per jaar", "bruto per uur", "bruto p/m", "bruto p.m.", "per maand bruto", "€/h",
        "€ / h", "eur/h", "per annum",
        // a Belgian pay scale: « Échelle barémique selon la CP 329.02 »
        "echelle baremique"};
    /** Front-matter keys that hold the pay. */
    private static final String[] META = {"salary", "salary_range", "salaryrange", "salary range", "pay", "pay_range",
        "compensation", "remuneration", "rémunération", "salaire", "wage", "salaris", "gratification"};
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
        PostingText.Meta m = t.meta(META);
        if (m != null && m.value().chars().anyMatch(Character::isDigit)) {
            String v = Clean.value(t.slice(m.start(), m.end()));
            if (v != null) {
                // salary = "$25 per hour", salary_range = "$75,000 - $85,000": the page's own field, as the page
                // writes it when it does (« pays $65,000-70,000 » for salary = "65,000-70,000")
                int[] shown = inBody(t, v);
                int s = shown == null ? m.start() : shown[0];
                int e = shown == null ? m.end() : shown[1];
                String value = shown == null ? v : Clean.value(t.slice(s, e));
                t.out().salaryText(value == null ? v : value);
                t.set(Field.SALARY_TEXT);
                t.evidence(Field.SALARY_TEXT, s, e, "salary.front-matter");
                return;
            }
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
        if (bestScore == 3) {
            int[] trimmed = amountPhrase(f, bs, be);
            bs = trimmed[0];
            be = trimmed[1];
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

    private static final java.util.regex.Pattern DASH = java.util.regex.Pattern.compile("\\s*[-\u2013\u2014]\\s*");

    /**
     * Where the body writes a front matter's pay with its currency sign in front or other spaces around its
     * dash (« $65,000 – $75,000 » for "$65,000-$75,000"), or null when it does not.
     */
    private static int[] inBody(PostingText t, String value) {
        if (value.length() > 60) {
            return null;
        }
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\d$£€])[$£€]?");
        java.util.regex.Matcher dash = DASH.matcher(value);
        int at = 0;
        while (dash.find()) {
            regex.append(java.util.regex.Pattern.quote(value.substring(at, dash.start()))).append("\\s*[-\u2013\u2014]\\s*");
            at = dash.end();
        }
        regex.append(java.util.regex.Pattern.quote(value.substring(at))).append("(?![\\d])");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex.toString()).matcher(t.text);
        if (!m.find(t.bodyStart)) {
            return null;
        }
        String found = t.text.substring(m.start(), m.end());
        return found.equals(value) ? null : new int[] {m.start(), m.end()};
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
        boolean aloneOnItsLine = k >= le && Keywords.onlyChars(f, t.lineStart(i), i, " \t*_#>-");
        if (k >= le && (t.headingBefore(i + 1) != null && t.headingBefore(i + 1).start() == t.lineStart(i) || aloneOnItsLine)) {
            // a heading, or a label alone on its line as a page's definition list writes it ("Salary" / "£23,000 …")
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

    private static final String SPACE = "(?:[\\s\u00a0\u202f]|&nbsp;)";
    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile(
            "(?:(?:us|usd ?)?\\$|€|£|(?:eur|chf|usd) )" + SPACE + "?\\d|\\d(?:[\\d.,'\u2019]|" + SPACE + ")*k?" + SPACE
            // a symbol that leads the next number ("Grade 7 £27,578") does not end this one
            + "?(?:k€|€|\\$|£|euros?\\b|eur\\b|chf\\b)(?![\\s\u00a0\u202f]?\\d)");
    /** Verbs that link a sentence's subject to its amount: "the salary is $X", « la rémunération est de X € ». */
    private static final String[] LINKS = {" is ", " is: ", " est de ", " est ", " sera ", " will be ", " are ",
        " bedraagt ", " range of ", " a ", " s'eleve a ", " of "};
    /** Words that open the amount itself: "between X and Y", « entre X et Y », "up to X". */
    private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern.compile(
            "(?:(?:between|entre|tussen|van|from|up to|jusqu'a|approx\\.?|approximately|environ|around)\\s+|gs-\\d+ step \\d+ - )$");
    private static final java.util.regex.Pattern RANGE_HEAD = java.util.regex.Pattern.compile(
            "(?:[$€£]\\s?)?\\d[\\d.,'\u2019\u00a0 ]*\\s*(?:k€|€|\\$|k)?\\s*(?:and|et|-|\u2013|to|a|en|tot)\\s*$");
    /** Where an amount's phrase ends: what follows is a condition or another benefit. */
    private static final String[] ENDS = {", depending", " depending on", " plus a ", " plus ", " + ", ", commensurate",
        " commensurate", ", as ", " pour les ", " for the ", ". ", " est ", " sont ", " is ", " will ", " wordt ", ".**", ".__"};

    /**
     * The amount's phrase within a sentence: from the amount (or the word opening it) when a verb links it
     * to the sentence's subject, to before a condition or another benefit ("…, depending on experience",
     * " plus a health plan", " + tickets restaurant") or a long aside in brackets. An amount inside brackets
     * (« groupe D (environ 1600 € brut) ») keeps the whole value.
     */
    static int[] amountPhrase(String f, int s, int e) {
        java.util.regex.Matcher m = AMOUNT.matcher(f).region(s, e);
        if (!m.find()) {
            return new int[] {s, e};
        }
        int a = m.start();
        if (f.lastIndexOf('(', a) >= s && f.lastIndexOf('(', a) > f.lastIndexOf(')', a)) {
            return new int[] {s, e};
        }
        int start = s;
        String before = f.substring(s, a);
        int link = -1;
        for (String l : LINKS) {
            int k = before.lastIndexOf(l);
            if (k >= 0 && before.indexOf(':', k + l.length()) < 0) {
                link = Math.max(link, k);
            }
        }
        if (link >= 0) {
            start = a;
            java.util.regex.Matcher r = RANGE_HEAD.matcher(f).region(Math.max(s, a - 30), a);
            if (!OPENING.matcher(f).region(Math.max(s, a - 30), a).find() && r.find()) {
                start = r.start(); // "between 1700 and 3000 €": the range's first amount
            }
            java.util.regex.Matcher o = OPENING.matcher(f).region(Math.max(s, start - 30), start);
            if (o.find()) {
                start = o.start();
            }
        }
        int end = e;
        for (String w : ENDS) {
            int k = f.indexOf(w, m.end());
            if (k >= 0 && k < end) {
                end = k;
            }
        }
        for (int c = f.indexOf(", ", m.end()); c >= 0 && c < end; c = f.indexOf(", ", c + 2)) {
            if (!AMOUNT.matcher(f).region(c, end).find()) {
                end = c; // "…, full benefits": no amount after the comma
                break;
            }
        }
        int paren = f.indexOf(" (", m.end());
        if (paren >= 0 && paren < end) {
            int close = f.indexOf(')', paren);
            if (close < 0 || close > end || close - paren > 18) {
                end = paren;
            }
        }
        while (end > start && (f.charAt(end - 1) == ',' || f.charAt(end - 1) == ' ')) {
            end--;
        }
        return new int[] {start, end};
    }

    private static final java.util.regex.Pattern GRADE = java.util.regex.Pattern.compile(
            "\\b(?:groupe|group|classe|class|categorie|category|niveau|level|functieklasse|grade|echelle|schaal|coefficient|coeff)\\.? [a-z0-9]\\b");

    private static final java.util.regex.Pattern SCALE_NUMBER = java.util.regex.Pattern.compile(
            "(?:indice|echelon|grille|barem|schaal|scale|grade|paritaire|coeff|cp|tjm|journalier)[^0-9\n]{0,25}\\d");

    /**
     * A scale the reader can look up: a number (« indice 375 », "CP 329.02"), a grade (« groupe D »), a
     * collective agreement or a daily rate. « Selon profil et grille », "our pay scales" and « gratification
     * conventionnelle » name none.
     */
    private static boolean namedScale(String seg, boolean digit) {
        return digit && SCALE_NUMBER.matcher(seg).find() || GRADE.matcher(seg).find() || Keywords.containsAny(seg, new String[] {"convention collective",
            "taux journalier", "tjm", "cao", "barem", "paritaire"});
    }

    /** Two digits or more, or a number of thousands ("35k"), not an item's number (« 6° », "6)"). */
    private static final java.util.regex.Pattern AMOUNT_NUMBER = java.util.regex.Pattern.compile("\\d[\\d.,  ]*\\d|\\d\\s?k\\b");

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
            // an amount, not a list's number (« 6° Le montant de la rémunération brute mensuelle »)
            currency = currency || digit && AMOUNT_NUMBER.matcher(seg).find();
        }
        if (digit && currency) {
            return 3;
        }
        if (Keywords.containsAny(seg, SCALE) && namedScale(seg, digit)) {
            return 1;
        }
        return 0;
    }
}
