package org.sillage.importing.extract;

/**
 * Whether an address is offered for questions only (« pour toute question », "for requests of further information"),
 * from the words of its sentence and clause: such an address receives no application ({@link EmailRule}).
 */
final class InfoOnlyAddresses {
    private InfoOnlyAddresses() {
    }

    /**
     * "Si tu as des questions ... à x@y", "For requests of further information ... x@y": an info word in the
     * sentence and no word about applying (« avant de postuler » does not count as one).
     */
    static boolean isInfoOnly(PostingText t, int pos) {
        String f = t.fold;
        // "Applications to jobs@x.org, questions to info@x.org": the clause just before the address says its role
        int clause = Math.max(f.lastIndexOf(',', pos - 1), f.lastIndexOf(';', pos - 1));
        if (clause > pos - 40 && clause >= t.sentenceStart(pos) && !addressBetween(f, clause, pos)
                && Keywords.regionContainsAny(f, clause, pos, Keywords.INFO_WORDS)
                && !Keywords.regionContainsAny(f, clause, pos, STRONG_APPLY)) {
            return true;
        }
        int s = Math.max(t.sentenceStart(pos), pos - EmailRule.SENTENCE_BACK);
        if (Keywords.regionContainsAny(f, s, pos, ADJUSTMENTS)) {
            // « Si vous souhaitez postuler et avez besoin de mesures d'adaptation …, écrivez à … », "If you need
            // reasonable adjustments to apply, contact …": the address arranges help; applications go elsewhere
            return true;
        }
        // "Questions? Write to info@...", and the question on its own line above (« Des questions ? Besoin de plus
        // de renseignements ?\n\nN'hésite pas à nous contacter : … »), two at most
        for (int asked = 0; asked < 2; asked++) {
            int q = s - 1;
            int breaks = 0;
            while (q >= 0 && Character.isWhitespace(t.text.charAt(q)) && breaks <= 2) {
                breaks += t.text.charAt(q) == '\n' ? 1 : 0;
                q--;
            }
            if (q < 0 || t.text.charAt(q) != '?' || q <= pos - EmailRule.SENTENCE_BACK || q == s - 1) {
                break;
            }
            s = Math.max(t.sentenceStart(q), pos - EmailRule.SENTENCE_BACK);
        }
        int e = t.sentenceEnd(pos);
        if (Keywords.regionContainsAny(f, s, e, SPONTANEOUS)) {
            return true; // « … envoyer votre candidature spontanée à … »: for another job than this one
        }
        if (!Keywords.regionContainsAny(f, s, e, Keywords.INFO_WORDS)) {
            return false;
        }
        String sentence = f.substring(s, Math.max(s, e)).replaceAll("\\s+", " ").replace("avant de postuler", "").replace("before applying", "")
                .replace("before you apply", "");
        // « Voor vragen over de sollicitatieprocedure … », "questions about submitting your application": the
        // questions are about applying; the address answers them and receives nothing
        sentence = QUESTIONS_ABOUT.matcher(sentence).replaceAll(" ");
        if (!Keywords.containsAny(sentence, STRONG_APPLY)) {
            return true;
        }
        // « Vous pouvez poser vos questions à X et envoyer votre candidature sur notre site », « Envoyez votre
        // candidature à Y et vos questions à X »: the words before the address (since the one before it) ask
        // questions and none applies; the applying is said elsewhere, after it without an address, or to another
        int from = s;
        int previous = f.lastIndexOf('@', pos - 1);
        if (previous >= s) {
            int end = f.indexOf(' ', previous);
            from = end < 0 || end > pos ? pos : end;
        }
        String before = QUESTIONS_ABOUT.matcher(f.substring(from, pos)).replaceAll(" ");
        if (!Keywords.containsAny(before, Keywords.INFO_WORDS) || Keywords.containsAny(before, STRONG_APPLY)) {
            return false;
        }
        if (from > s) {
            return true; // an address before this one, in the same sentence, is where applications go
        }
        String after = f.substring(Math.min(pos, Math.max(s, e)), Math.max(s, e));
        int nextAddress = after.indexOf('@', Math.max(0, after.indexOf(' ')));
        return Keywords.containsAny(after, STRONG_APPLY) && nextAddress < 0;
    }

    /** Help to apply for a candidate with a disability, asked before the address. */
    private static final String[] ADJUSTMENTS = {"accommodat", "mesures d'adaptation", "adjustment", "redelijke aanpassing",
        "besoin d'amenagement", "besoin d'un amenagement", "besoin d'une assistance"};

    /** An unsolicited application: sent for no job in particular. */
    private static final String[] SPONTANEOUS = {"candidature spontanee", "candidatures spontanees", "spontaneous application",
        "unsolicited application", "open sollicitatie"};

    /** Questions about the application itself, and the words they are about. */
    private static final java.util.regex.Pattern QUESTIONS_ABOUT = java.util.regex.Pattern.compile(
            "(?:questions?|queries|vragen|inlichtingen)(?: [a-z]+){0,2} (?:about|over|sur|concernant|regarding|omtrent|on) [^.,;:]{0,40}");

    /** Whether an address ends between {@code from} and {@code to} (then the clause is that address's, not the next one's). */
    private static boolean addressBetween(String f, int from, int to) {
        int at = f.indexOf('@', from);
        return at >= 0 && at < to;
    }

    private static final String[] STRONG_APPLY = {"postul", "candidature", "apply", "application to", "applications to",
        "your application", "send your cv", "envoyer votre cv", "votre cv", "sollicit", "cv ",
        // "Email your materials, or any questions about the role, to x@y"
        "your materials", "application materials",
        // "Application letters and CVs, with the contact information of two referees, to x@y": documents to send
        "application letter", "cvs", "cv,", "cv)", "lettre de motivation", "cover letter", "resume",
        // "Please e-mail x@y and z@y to express interest by …"
        "express interest", "expression of interest",
        // "Applications and informal enquiries to x@y", "Applications as well as informal inquiries … to x@y"
        "applications and ", "applications as well as "};
}
