package org.sillage.importing.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a posting states the end of this job ("End Date: 11/15/2024", "employment … through February 2023"), for
 * {@link ContractTypeRule}: a job that ends on a stated date is a fixed-term one.
 */
final class ContractEnds {
    private ContractEnds() {
    }

    /**
     * The end of this job: a contract/employment/project word, then within the sentence "through", « jusqu'au »,
     * "until", "tot" and a month or date with its year; or an "End Date:" label.
     */
    private static final Pattern END_DATE = Pattern.compile(
            "(?:end date|date de fin|einddatum|date de fin de contrat)\\s*:\\s*\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}");
    private static final Pattern JOB_WORD = Pattern.compile(
            "(?<![a-z])(?:employment|emploi|position|poste|contrat|contract|project|projet|mission|termijn|interimaire|acting role)(?![a-z])");
    private static final Pattern UNTIL_DATE = Pattern.compile(
            "(?<![a-z])(?:through|until|jusqu'(?:au|a|en)(?: mois de| fin)?|heden tot|tot)"
            + " (?:\\d{1,2}(?:er)? )?[a-z]{3,9},? (?:19|20)\\d\\d(?!\\d)");
    /** Where END_DATE and UNTIL_DATE can start: found among the keywords' hits, far quicker than a pattern tried at every character. */
    static final String[] END_DATE_WORDS = {"end date", "date de fin", "einddatum"};
    static final String[] UNTIL_WORDS = {"through", "until", "jusqu'", "heden tot", "tot "};

    /**
     * The positions from {@code from} on where one of {@code words} starts, in order, without repeats: from the
     * keywords' hits of the text's one scan (a search of the whole text for each word took 4 % of the reading).
     */
    private static java.util.List<Integer> starts(PostingText t, int from, String[] words) {
        java.util.TreeSet<Integer> at = new java.util.TreeSet<>();
        for (String w : words) {
            for (int i : t.hits.of(w)) {
                if (i >= from) {
                    at.add(i);
                }
            }
        }
        return new java.util.ArrayList<>(at);
    }

    /** How far, within its sentence, the word of the job may stand before "until …". */
    private static final int UNTIL_REACH = 140;

    /**
     * The ends of this job stated in {@code f} from {@code from} on, in order, as {start, end} spans: an
     * "End Date:" label, or a contract/employment/project word followed within its sentence (at most
     * {@value #UNTIL_REACH} characters, no full stop or line break between) by "through", « jusqu'au »,
     * "until", "tot" and a month or date with its year. Found from the rarer "until" phrases backwards: one
     * pattern spanning both read up to 140 characters after every « poste » and « mission » of the text, and
     * took a third of the reading time.
     */
    static java.util.List<int[]> jobEnds(PostingText t, int from) {
        String f = t.fold;
        java.util.List<int[]> found = new java.util.ArrayList<>();
        Matcher label = END_DATE.matcher(f).useTransparentBounds(true);
        for (int at : starts(t, from, END_DATE_WORDS)) {
            if (label.region(at, f.length()).lookingAt()) {
                found.add(new int[] {label.start(), label.end()});
            }
        }
        Matcher until = UNTIL_DATE.matcher(f).useTransparentBounds(true);
        Matcher job = JOB_WORD.matcher(f).useTransparentBounds(true);
        int taken = from;
        for (int at : starts(t, from, UNTIL_WORDS)) {
            if (at < taken || !until.region(at, f.length()).lookingAt()) {
                continue;
            }
            int lineStart = Math.max(taken, at - UNTIL_REACH - 20);
            for (int i = at - 1; i >= lineStart; i--) {
                char c = f.charAt(i);
                if (c == '.' || c == '\n') {
                    lineStart = i + 1;
                    break;
                }
            }
            job.region(lineStart, at);
            while (job.find()) {
                if (at - job.end() <= UNTIL_REACH) {
                    found.add(new int[] {job.start(), until.end()});
                    taken = until.end();
                    break;
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(a -> a[0]));
        return found;
    }
}
