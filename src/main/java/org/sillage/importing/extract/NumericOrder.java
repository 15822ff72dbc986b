package org.sillage.importing.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a posting's all-numeric dates (« 04/06/2023 ») are written day first or month first: as its unambiguous
 * numeric dates show, else by its language and the way it writes its other dates, else by the country of its first
 * e-mail address.
 */
final class NumericOrder {
    private NumericOrder() {
    }

    private static final Pattern NUMERIC_DATE =
            Pattern.compile("(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})[/.-](?:\\d{4}|\\d{2})(?![\\d])");

    /** The order shown by the unambiguous numeric dates of {@code fold}, or null when they show none. */
    static DateGrammar.Order shown(String fold) {
        int dayFirst = 0;
        int monthFirst = 0;
        int guard = 0;
        int n = fold.length();
        for (int i = 1; i + 1 < n && guard < 1000; i++) {
            char c = fold.charAt(i);
            if ((c != '/' && c != '-' && c != '.') || !Character.isDigit(fold.charAt(i - 1)) || !Character.isDigit(fold.charAt(i + 1))) {
                continue;
            }
            int s = i - 1;
            while (s > 0 && Character.isDigit(fold.charAt(s - 1)) && i - s < 3) {
                s--;
            }
            if (s > 0 && (Character.isDigit(fold.charAt(s - 1)) || "/.-".indexOf(fold.charAt(s - 1)) >= 0)) {
                continue;
            }
            Matcher m = NUMERIC_DATE.matcher(fold).region(s, Math.min(n, s + 12));
            i += 2;
            if (!m.lookingAt()) {
                continue;
            }
            guard++;
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (a > 12 && b <= 12) {
                dayFirst++;
            } else if (b > 12 && a <= 12) {
                monthFirst++;
            }
        }
        return dayFirst > monthFirst ? DateGrammar.Order.DAY_FIRST
                : monthFirst > dayFirst ? DateGrammar.Order.MONTH_FIRST : null;
    }

    /**
     * Month-first for English, unless the text writes its other dates day first ("Approved: 31st March 2023",
     * British and Canadian use): then « 04/06/2023 » is the 4th of June. Day-first for French and Dutch.
     */
    static DateGrammar.Order byLanguage(String fold, String language) {
        if (!"en".equals(language)) {
            return DateGrammar.Order.DAY_FIRST;
        }
        int dayFirst = 0;
        int monthFirst = 0;
        int n = fold.length();
        // each month's name found by indexOf, not a regular expression over the whole text: this runs per posting
        for (String month : ENGLISH_MONTHS) {
            for (int k = fold.indexOf(month), seen = 0; k >= 0 && seen < 20; k = fold.indexOf(month, k + 1), seen++) {
                int e = k + month.length();
                if (k > 0 && Character.isLetter(fold.charAt(k - 1)) || e < n && Character.isLetter(fold.charAt(e))) {
                    continue;
                }
                if (dayBefore(fold, k)) {
                    dayFirst++;
                } else if (e + 1 < n && fold.charAt(e) == ' ' && Character.isDigit(fold.charAt(e + 1))
                        && (e + 2 >= n || !Character.isDigit(fold.charAt(e + 2)) || e + 3 >= n || !Character.isDigit(fold.charAt(e + 3)))) {
                    monthFirst++; // "March 31", not "March 2023"
                }
            }
        }
        if (dayFirst == 0 && monthFirst == 0 && nonUsAddress(fold)) {
            return DateGrammar.Order.DAY_FIRST; // « ceit@upng.ac.pg before COB on 11/12/2019 »: the 11th of December
        }
        return dayFirst > monthFirst ? DateGrammar.Order.DAY_FIRST : DateGrammar.Order.MONTH_FIRST;
    }

    /** The countries whose dates are written month first (or either way), by their internet code. */
    private static final java.util.Set<String> MONTH_FIRST_COUNTRIES = java.util.Set.of("us", "ca", "ph", "fm", "pw", "mh");
    private static final Pattern ADDRESS_COUNTRY = Pattern.compile(
            "@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.([a-z]{2})(?![a-z0-9.-])");

    /** Whether the first e-mail address the text writes belongs to a country that writes the day first. */
    private static boolean nonUsAddress(String fold) {
        int at = fold.indexOf('@');
        if (at < 0) {
            return false;
        }
        Matcher m = ADDRESS_COUNTRY.matcher(fold).region(at, Math.min(fold.length(), at + 80));
        return m.lookingAt() && !MONTH_FIRST_COUNTRIES.contains(m.group(1));
    }

    /** "may" is left out: a verb far more often than a month. */
    private static final String[] ENGLISH_MONTHS = {"january", "february", "march", "april", "june", "july", "august",
        "september", "october", "november", "december"};

    /** Whether a day is written before the month's name at {@code k}: "31st March", "4 of June", "4 June". */
    private static boolean dayBefore(String fold, int k) {
        int p = k - 1;
        if (p < 1 || fold.charAt(p) != ' ') {
            return false;
        }
        p--;
        if (p >= 2 && fold.startsWith("of", p - 1) && fold.charAt(p - 2) == ' ') {
            p -= 3; // "4 of June"
        }
        if (p >= 1 && Character.isLetter(fold.charAt(p))) {
            String suffix = fold.substring(Math.max(0, p - 1), p + 1);
            if (!suffix.equals("st") && !suffix.equals("nd") && !suffix.equals("rd") && !suffix.equals("th")) {
                return false;
            }
            p -= 2;
        }
        if (p < 0 || !Character.isDigit(fold.charAt(p))) {
            return false;
        }
        int digits = 0;
        while (p >= 0 && Character.isDigit(fold.charAt(p))) {
            digits++;
            p--;
        }
        return digits <= 2 && (p < 0 || !(Character.isLetterOrDigit(fold.charAt(p)) || fold.charAt(p) == '.' || fold.charAt(p) == ','));
    }
}
