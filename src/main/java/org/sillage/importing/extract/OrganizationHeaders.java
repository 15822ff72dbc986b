package org.sillage.importing.extract;

import java.util.List;

import static org.sillage.importing.extract.OrganizationRule.sectionHeading;
import static org.sillage.importing.extract.OrganizationSpans.nameLike;
import static org.sillage.importing.extract.OrganizationSpans.placeAfterName;
import static org.sillage.importing.extract.OrganizationSpans.write;

/**
 * For {@link OrganizationRule}: the employer read from the lines a job board or a page prints under the title, "Title
 * / Company / Long-term contract / Posted on …", "Product Analyst / at PrizePicks", "Title / Green Futures Network |
 * Brooklyn, NY".
 */
final class OrganizationHeaders {
    private OrganizationHeaders() {
    }

    /** "Title / Company / SSE organization / Long-term contract / Posted on ..." */
    static boolean jobBoardHeader(PostingText t, OrganizationPool pool) {
        List<int[]> lines = TopLines.of(t, 10);
        if (lines.size() < 4) {
            return false;
        }
        boolean header = false;
        String f = t.fold;
        for (int k = 2; k < lines.size(); k++) {
            int s = lines.get(k)[0];
            int e = lines.get(k)[1]; // (the line read where it stands: it may be a whole paragraph)
            if (opens(f, s, e, "posted on") || opens(f, s, e, "publie") || e - s >= 8 && f.startsWith("contract", e - 8)
                    || opens(f, s, e, "localisation") || opens(f, s, e, "location") || opens(f, s, e, "salaire")
                    || opens(f, s, e, "salary") || opens(f, s, e, "experience") || opens(f, s, e, "education")
                    || is(f, s, e, "cdi") || is(f, s, e, "cdd") || is(f, s, e, "stage") || is(f, s, e, "alternance")
                    || is(f, s, e, "freelance") || opens(f, s, e, "teletravail") || opens(f, s, e, "remote")) {
                header = true;
            }
        }
        int[] second = lines.get(1);
        String first = t.text.substring(lines.get(0)[0], lines.get(0)[1]).strip();
        if (first.endsWith(":")) {
            return false; // "Open Position:\nPart-Time Back End Developer": the label's value is the job
        }
        if (t.titleStart >= second[0] && t.titleStart < second[1]) {
            return false; // "Careers at Green Futures / Programme Coordinator – …": the second line is the job
        }
        if (t.titleEnd > t.titleStart && t.titleStart < second[0] && t.titleEnd > second[0]) {
            return false; // a title wrapped on two lines: its second line is no employer under it
        }
        for (String boss : REPORTS_TO) {
            if (opens(f, second[0], second[1], boss)) {
                return false; // "Report to | Head of Operations": whom the job answers to, not who offers it
            }
        }
        if (header && atName(t, pool, second[0], second[1])) {
            return true; // "at PrizePicks": the small word is no part of the name
        }
        return header && second[1] - second[0] < 80 && nameLike(t.text.substring(second[0], second[1]))
                && !sectionHeading(f.substring(second[0], second[1])) // "Overview", then the labels of the offer
                && write(t, pool, second[0], second[1], "organization.job-board-header");
    }

    /** The small word a job board prints before the employer, under the title. */
    private static final String[] AT_WORDS = {"at ", "chez ", "bij ", "@ "};

    /**
     * "Product Analyst" over "at PrizePicks", « Chargé de mission » over « chez Oxfam »: a job board's print, the
     * title then who offers it on a line of its own.
     */
    static boolean titleThenAt(PostingText t, OrganizationPool pool) {
        List<int[]> lines = TopLines.of(t, 4);
        for (int k = 0; k < lines.size(); k++) {
            int[] line = lines.get(k);
            if (t.titleStart < line[0] || t.titleStart >= line[1] || t.titleEnd <= t.titleStart) {
                continue;
            }
            if (t.titleEnd < line[1] && t.text.charAt(t.titleEnd) == ' ') {
                return atName(t, pool, t.titleEnd + 1, line[1]); // the two lines joined by the reader: "Product Analyst at PrizePicks"
            }
            return k + 1 < lines.size() && atName(t, pool, lines.get(k + 1)[0], lines.get(k + 1)[1]);
        }
        return false;
    }

    private static boolean atName(PostingText t, OrganizationPool pool, int s, int e) {
        for (String w : AT_WORDS) {
            if (opens(t.fold, s, e, w) && e - s < 80 && e - s - w.length() >= 2 && nameLike(t.text.substring(s + w.length(), e))) {
                return write(t, pool, s + w.length(), e, "organization.job-board-header");
            }
        }
        return false;
    }

    /** The label of the person a job answers to. */
    private static final String[] REPORTS_TO = {"report", "reporting to", "responsible to", "accountable to",
        "line manager", "supervisor", "rattache", "sous la responsabilite", "n+1"};

    private static boolean opens(String f, int s, int e, String prefix) {
        return e - s >= prefix.length() && f.startsWith(prefix, s);
    }

    private static boolean is(String f, int s, int e, String word) {
        return e - s == word.length() && f.startsWith(word, s);
    }

    /** "Title / Green Futures Network | Brooklyn, NY": a second line that is a name and its place. */
    static boolean namePlaceLine(PostingText t, OrganizationPool pool) {
        List<int[]> lines = TopLines.of(t, 2);
        if (lines.size() < 2) {
            return false;
        }
        int[] l = lines.get(1);
        if (l[1] - l[0] > 80 || ".:!?".indexOf(t.text.charAt(l[1] - 1)) >= 0) {
            return false; // (« Join our team in Lisbon! »: a sentence, not a name and its place)
        }
        if (t.titleStart >= l[0] && t.titleStart < l[1]) {
            return false; // "Job opportunity / Programme Coordinator – Climate Justice": the job's own line
        }
        int k = placeAfterName(t, l[0], l[1]);
        return k < l[1] && Character.isUpperCase(t.text.charAt(l[0])) && write(t, pool, l[0], l[1], "organization.name-place-line");
    }
}
