package org.sillage.importing.extract;

import org.sillage.domain.Field;

/**
 * Remote work, verbatim: the clause holding « télétravail », « travail à distance », "remote work",
 * "work remotely", « thuiswerk ». A clause that says how much (a number of days) wins. "remote-first
 * team" describes a team, not the job, and does not count.
 */
final class RemoteRule implements Rule {
    static final String[] TRIGGERS = {"teletravail", "travail a distance", "remote work", "work remotely",
        "remote working", "remote possible", "remote authorized", "remote allowed", "full remote", "fully remote",
        "remote-friendly", "remote friendly", "occasional remote", "partial remote", "home office", "homeoffice",
        "thuiswerk", "hybride", "hybrid", "a distance", "en remote", "100% remote", "remote position", "remote job",
        "travailler a distance", "thuis werken", "werken op afstand", "remote :", "remote:", "remote candidates",
        "remote applicants", "remote is possible", "remote option", "telecommut", "telework", "work from home",
        "working from home", "vanuit huis", "distanciel", "home-based", "home based", "depuis chez vous",
        "depuis votre domicile", "(remote)"};
    /** « une expérience de travail à distance », "experience of remote work": what the person has done, not how the job is done. */
    private static final String[] EXPERIENCE = {"experience de", "experience d'", "experience of", "experience with",
        "experience in", "ervaring met"};

    /** Words that make « hybride », "hybrid" a way of working: the work, the job, the days, the office, a label. */
    private static final String[] HYBRID_WORK = {"travail", "work", "poste", "position", "role", "job", "emploi", "en mode",
        "mode de", "schedule", "arrangement", "office", "bureau", "on-site", "sur site", "presentiel", "remote", "distance",
        "home", "domicile", "thuis", "kantoor", "werk", "jours", "days", "dagen", "par semaine", "per week", "a week",
        "location", "lieu", "locatie", "flexib"};

    @Override
    public String name() {
        return "remote";
    }

    @Override
    public void apply(PostingText t) {
        if (t.isSet(Field.REMOTE_TEXT)) {
            return;
        }
        String f = t.fold;
        int bestScore = -1;
        int bs = 0;
        int be = 0;
        for (String trig : TRIGGERS) {
            for (int i : t.hits.of(trig)) {
                if (i < t.bodyStart) {
                    continue;
                }
                int from = i + trig.length();
                if (i > 0 && Character.isLetter(f.charAt(i - 1))) {
                    continue;
                }
                if (trig.equals("a distance") && !Keywords.regionContainsAny(f, t.sentenceStart(i), i, new String[] {"travail", "work"})) {
                    continue;
                }
                if (trig.equals("home office") && t.text.startsWith("Home Office", i) && i > t.sentenceStart(i)) {
                    continue; // "in accordance with Home Office requirements": the British ministry
                }
                if (trig.startsWith("hybrid") && !Keywords.regionContainsAny(f, Math.max(t.sentenceStart(i), i - 60),
                        Math.min(t.sentenceEnd(i), from + 60), HYBRID_WORK)) {
                    continue; // "a Preference-based Hybrid Algorithm", « des véhicules hybrides »: no way of working
                }
                if (Keywords.regionContainsAny(f, Math.max(t.sentenceStart(i), i - 25), i, EXPERIENCE)
                        || f.startsWith("vergoeding", from)
                        || Keywords.regionContainsAny(f, t.sentenceStart(i), i, StartRule.INTERVIEW_WORDS)) {
                    // (« thuiswerkvergoeding »: an allowance for working at home; « l'entretien aura lieu en distanciel »)
                    continue;
                }
                int ls = t.lineStart(i);
                if (t.headingBefore(i + 1) != null && t.headingBefore(i + 1).start() == ls
                        && Keywords.letters(f, ls, t.lineEnd(i)) <= Keywords.letters(trig, 0, trig.length()) + 4) {
                    // "#### Travail à distance" is a heading, the text comes below (but "**This is a remote
                    // position**", a sentence set in bold, says it)
                    continue;
                }
                int[] c = clause(t, i);
                int score = 0;
                for (int k = c[0]; k < c[1]; k++) {
                    if (Character.isDigit(f.charAt(k))) {
                        score += 2;
                        break;
                    }
                }
                int colon = Keywords.indexIn(f, ":", c[0], i);
                if (colon > c[0] && colon - c[0] <= 30 && Keywords.onlyChars(f, ls, c[0], "-*_ #")
                        && Keywords.onlyChars(f, c[0], colon, "abcdefghijklmnopqrstuvwxyz '-_*")) {
                    // "Location: On-Site and Remote Hybrid", « Télétravail : 2 jours par semaine »: the label's value
                    c[0] = colon + 1;
                    while (c[0] < c[1] && " *_".indexOf(f.charAt(c[0])) >= 0) {
                        c[0]++;
                    }
                    score += 1;
                } else if (c[0] == i || Keywords.onlyChars(f, ls, i, "-*_ ")) {
                    score += 1;
                }
                if (score > bestScore) {
                    bestScore = score;
                    bs = c[0];
                    be = c[1];
                }
            }
        }
        if (bestScore >= 0) {
            String v = Clean.value(t.slice(bs, be));
            if (v != null) {
                t.out().remoteText(v);
                t.set(Field.REMOTE_TEXT);
                t.evidence(Field.REMOTE_TEXT, bs, be, "remote.clause");
            }
        }
    }

    /** The sentence around {@code i}, cut at the commas around the trigger. */
    private static int[] clause(PostingText t, int i) {
        String s = t.text;
        int start = t.sentenceStart(i);
        int end = t.sentenceEnd(i);
        for (int k = i - 1; k > start; k--) {
            if (s.charAt(k) == ',' || s.charAt(k) == ';') {
                start = k + 1;
                break;
            }
        }
        for (int k = i; k < end; k++) {
            if (s.charAt(k) == ',' || s.charAt(k) == ';') {
                end = k;
                break;
            }
        }
        // "Ability to work in Pasadena, CA (remote work is possible)": the brackets hold the clause
        int open = s.lastIndexOf('(', i);
        if (open >= start) {
            int close = s.indexOf(')', i);
            String before = t.fold.substring(start, open);
            // (not "Virtual (100% Remote)": the words before the brackets say it too)
            if (close > i && close <= end && s.indexOf(')', open) == close
                    && !Keywords.containsAny(before, new String[] {"virtual", "remote", "teletravail", "hybrid", "distance"})) {
                start = open + 1;
                end = close;
            }
        }
        while (start < end && s.charAt(start) == ' ') {
            start++;
        }
        return new int[] {start, end};
    }
}
