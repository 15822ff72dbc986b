package org.sillage.importing.extract;

import static org.sillage.importing.extract.DocumentWords.BARE_LETTER;
import static org.sillage.importing.extract.DocumentWords.CONTEXT;
import static org.sillage.importing.extract.DocumentWords.TERMS;
import static org.sillage.importing.extract.DocumentsRule.BESIDE_CV;
import static org.sillage.importing.extract.DocumentsRule.MOTIVATIONS;
import static org.sillage.importing.extract.DocumentsRule.SEND_BEFORE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.sillage.importing.extract.DocumentWords.Term;
import org.sillage.importing.extract.DocumentsRule.Mention;

/**
 * Where the posting names a document the lexicon knows, in a sentence that asks for it: not inside a web address,
 * not a bibliography's "Curriculum", not a word of the job's own work.
 */
final class DocumentMentions {
    private DocumentMentions() {
    }

    /** The terms' keyword ids, read once (in a holder: the lexicon is built from these words). */
    private static final class TermIds {
        static final int[] IDS = Lexicon.ALL.ids(java.util.Arrays.stream(TERMS).map(Term::words).toArray(String[]::new));
    }

    static List<Mention> find(PostingText t) {
        String f = t.fold;
        List<Mention> out = new ArrayList<>();
        java.util.TreeMap<Integer, Integer> taken = new java.util.TreeMap<>();
        Map<Integer, Boolean> contextBySentence = new java.util.HashMap<>();
        int[] termIds = TermIds.IDS;
        for (int n = 0; n < TERMS.length; n++) {
            Term term = TERMS[n];
            for (int i : t.hits.of(termIds[n])) {
                if (i < t.bodyStart) {
                    continue;
                }
                int from = i + term.words().length();
                if (!Keywords.wordAt(f, i, term.words()) && !term.words().endsWith(".")) {
                    continue;
                }
                if (inWebAddress(f, i)) {
                    continue; // « https://x.github.io/portfolio »: a page's address, not a document
                }
                if (overlaps(taken, i, from) || !valid(t, term, i)
                        || !contextBySentence.computeIfAbsent(t.sentenceStart(i), k -> inContext(t, i))
                        && !((DocumentWords.ASKED_KINDS.contains(term.kind()) || translationOfTheFile(f, i, from, term))
                            && askedInItsSentence(t, i))) {
                    continue;
                }
                out.add(new Mention(i, from, term.kind()));
                taken.put(i, from);
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Whether {@code i} of the folded text is inside a web address ("https://…", "www.…"). */
    private static boolean inWebAddress(String f, int i) {
        int b = i;
        while (b > 0 && i - b < 200 && !Character.isWhitespace(f.charAt(b - 1)) && f.charAt(b - 1) != '(') {
            b--;
        }
        if (b == i) {
            return false;
        }
        String before = f.substring(b, i);
        return before.contains("://") || before.startsWith("www.");
    }

    /** True when {@code [s, e)} overlaps a span already taken (start → end). */
    private static boolean overlaps(java.util.TreeMap<Integer, Integer> taken, int s, int e) {
        var before = taken.floorEntry(s);
        if (before != null && before.getValue() > s) {
            return true;
        }
        var after = taken.ceilingEntry(s);
        return after != null && after.getKey() < e;
    }

    private static boolean valid(PostingText t, Term term, int i) {
        String f = t.fold;
        if (BARE_LETTER.contains(term.words())) {
            return ("brief".equals(term.words()) ? "nl".equals(t.language) : !"nl".equals(t.language)) && besideCv(t, i, term.words().length());
        }
        if (term.words().equals("resume")) {
            // (in French a « résumé » is a summary; in Dutch, as in English, a résumé is a CV)
            return ("en".equals(t.language) || "nl".equals(t.language)) && !f.startsWith("resume of", i);
        }
        if (term.kind().equals("references")) {
            String before = f.substring(Math.max(0, i - 8), i);
            int end = i + term.words().length();
            // « les références en matière de prescrits légaux », « des références d'impacts », "the references to the
            // literature": an article and what the word refers to after it; referees are yours, or counted (« deux
            // références d'intervention »)
            boolean aboutSomething = term.words().equals("references")
                    && (before.endsWith(" les ") || before.endsWith(" des ") || before.endsWith(" the "))
                    && (f.startsWith(" en matiere", end) || f.startsWith(" d'", end) || f.startsWith(" du ", end)
                    || f.startsWith(" des ", end) || f.startsWith(" de ", end) || f.startsWith(" to ", end)
                    || f.startsWith(" in ", end) || f.startsWith(" of ", end));
            return !before.endsWith("sous ") && !before.endsWith("la ") && !before.endsWith("de ") && !aboutSomething
                    && !bibliography(t, i, term);
        }
        if (term.kind().equals("other:application_form")) {
            return ApplicationForms.toReturn(t, i);
        }
        if (term.kind().startsWith("other:") && !term.kind().endsWith("_profile")) {
            // "submit a personal statement": a document sent, unless the sentence is about asking questions
            return !Keywords.regionContainsAny(f, t.sentenceStart(i), i, Keywords.INFO_WORDS);
        }
        if (term.kind().startsWith("other:")) {
            String before = f.substring(Math.max(t.sentenceStart(i), i - 30), i);
            return Keywords.containsAny(before, new String[] {"votre", "ton ", "your", "vos ", "tes ", "lien", "link", "compte",
                "profil", "url", "envoy", "send"}) && !Keywords.regionContainsAny(f, t.sentenceStart(i), i, Keywords.INFO_WORDS);
        }
        if (term.kind().equals("translation")) {
            // "Traduire et/ou relire les traductions des documents" is a task, not a document to send; a
            // translation is one of a document the sentence names (« CV et sa traduction en anglais »)
            return !t.fold.startsWith("traductions des", i)
                    && Keywords.regionContainsAny(f, t.sentenceStart(i), t.sentenceEnd(i), TRANSLATED_NOUNS);
        }
        if (Keywords.containsAny(term.words(), WHY)) {
            // a message saying why is the letter only when it is sent: "Tell us why you're the right fit" alone is not
            // or when it is an item of what a list asks to send (« met daarin: … Waarom je bij ons wilt werken »)
            return Keywords.regionContainsAny(f, t.sentenceStart(i), t.sentenceEnd(i), WHY_SENT)
                    || isListItem(t, i) && listOpenedByAsk(t, i);
        }
        if (MOTIVATIONS.contains(term.words())) {
            // « jouw motivatie en CV », "a CV, grades and motivations": a motivation sent beside the CV; « Stuur
            // dan meteen een motivatie naar x@y »: a motivation sent
            return Keywords.regionContainsAny(f, Math.max(0, i - 60), Math.min(f.length(), i + 60), new String[] {"cv", "resume", "curriculum"})
                    || Keywords.regionContainsAny(f, Math.max(t.sentenceStart(i), i - 30), i, SEND_BEFORE);
        }
        return true;
    }


    /**
     * Whether the bare letter at {@code [i, i + len)} is joined to a CV right before or after it (« lettre + CV »,
     * « CV et lettre »), and is not qualified after (« lettre d'engagement », "letter of support").
     */
    private static boolean besideCv(PostingText t, int i, int len) {
        String f = t.fold;
        int end = i + len;
        String next = f.substring(end, Math.min(f.length(), end + 4));
        if (next.startsWith(" de") || next.startsWith(" d'") || next.startsWith(" of") || next.startsWith(" from")
                || next.startsWith(" van") || next.startsWith(" du")) {
            return false;
        }
        Matcher after = BESIDE_CV.matcher(f).region(end, Math.min(f.length(), end + 20));
        if (after.lookingAt() && cvAt(f, after.end())) {
            return true;
        }
        for (String cv : CV_WORDS) {
            int s = Math.max(0, i - cv.length() - 14);
            for (int k = f.indexOf(cv, s); k >= 0 && k + cv.length() <= i; k = f.indexOf(cv, k + 1)) {
                Matcher between = BESIDE_CV.matcher(f).region(k + cv.length(), i);
                boolean word = cv.endsWith(".") ? k == 0 || !Character.isLetterOrDigit(f.charAt(k - 1)) : Keywords.wordAt(f, k, cv);
                if (word && between.matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How a CV is written, for a bare letter beside it. */
    private static final String[] CV_WORDS = {"cv", "c.v.", "curriculum vitae", "resume"};

    private static boolean cvAt(String f, int k) {
        for (String cv : CV_WORDS) {
            if (f.startsWith(cv, k) && (cv.endsWith(".") || Keywords.wordAt(f, k, cv))) {
                return true;
            }
        }
        return false;
    }

    /** The words of a message saying why (« parlez-nous de ce qui vous donne envie », "tell us why"). */
    private static final String[] WHY = {"why", "pourquoi", "waarom", "parlez", "raisons", "reasons"};
    private static final String[] WHY_SENT = {"send", "envoy", "stuur", "e-mail", "email", "courriel", "mail je", "mail ons",
        "ecrivez", "ecrivez-nous", "write to us", "schrijf ons", "@"};


    /** « Références » heading a paper's list of works cited ("[Lee, 1999] …", "Lee, D. D. (1999)"): no document asked. */
    private static boolean bibliography(PostingText t, int i, Term term) {
        String f = t.fold;
        int ls = t.lineStart(i);
        int le = t.lineEnd(i);
        if (!Keywords.onlyChars(f, ls, i, " #*_0123456789.") || !Keywords.onlyChars(f, i + term.words().length(), le, " :*_")) {
            return false;
        }
        int next = le + 1;
        while (next < f.length() && Character.isWhitespace(f.charAt(next))) {
            next++;
        }
        if (next >= f.length()) {
            return false;
        }
        String line = t.text.substring(next, t.lineEnd(next));
        return References.CITATION.matcher(line).find();
    }

    /** Whether the sentence at {@code s} is an item of a list run into a paragraph: a dash or bullet after « : » or « ; ». */
    private static boolean listItemAfter(String f, int s) {
        int k = s;
        while (k < f.length() && f.charAt(k) == ' ') {
            k++;
        }
        boolean mark = k < f.length() && "-•*–".indexOf(f.charAt(k)) >= 0;
        int b = s - 1;
        while (b >= 0 && Character.isWhitespace(f.charAt(b))) {
            b--;
        }
        if (b >= 0 && "-•*–".indexOf(f.charAt(b)) >= 0) {
            mark = true; // the sentence began after the dash
            b--;
            while (b >= 0 && Character.isWhitespace(f.charAt(b))) {
                b--;
            }
        }
        return mark && b >= 0 && (f.charAt(b) == ':' || f.charAt(b) == ';');
    }

    private static final String[] TRANSLATED_NOUNS = {"cv", "curriculum", "lettre", "letter", "diplom", "degree", "document",
        "releve", "transcript", "certificat", "certificate", "brief", "getuig", "resume"};

    /** A question about whether a document is needed (« Heb ik een cv nodig? »), from a page of questions. */
    private static final String[] NEED_WORDS = {"nodig", "need", "besoin", "required", "obligatoire", "verplicht", "necessaire"};

    /** Recruiters working for a fee, and what a notice to them says of the CVs they send. */
    private static final String[] AGENCIES = {"agency", "agencies", "third-party recruiter", "third party recruiter",
        "recruitment firm", "search firm", "cabinet de recrutement", "cabinets de recrutement", "wervingsbureau",
        "recruitmentbureau"};
    private static final String[] REFUSED = {"unsolicited", "not accept", "property of", "fee", "non sollicit",
        "ne seront pas", "niet op prijs", "does so"};

    /** « avec traduction dans la deuxième langue »: a translation of what is sent, not a skill (« compétences en traduction »). */
    private static boolean translationOfTheFile(String f, int i, int from, Term term) {
        return term.kind().equals("translation") && (f.startsWith(" dans ", from) || f.startsWith(" into ", from)
                || f.startsWith(" naar het ", from) || f.startsWith(" in het ", from)
                || i >= 5 && f.startsWith("avec ", i - 5));
    }

    /** « Un CV et une lettre de motivation sont demandés »: the sentence asks for it in the passive. */
    private static boolean askedInItsSentence(PostingText t, int i) {
        int s = t.sentenceStart(i);
        int e = t.sentenceEnd(i);
        return Keywords.regionContainsAny(t.fold, s, e, DocumentWords.ASKED) && !noticeToAgencies(t.fold, s, e)
                && !(e < t.fold.length() && t.fold.charAt(e) == '?');
    }

    /**
     * "Any employment agency who submits a CV does so …", "no unsolicited resumes from agencies": a notice to
     * recruiters, whatever its heading.
     */
    private static boolean noticeToAgencies(String f, int s, int e) {
        return Keywords.regionContainsAny(f, s, e, AGENCIES) && Keywords.regionContainsAny(f, s, e, REFUSED);
    }

    private static boolean inContext(PostingText t, int i) {
        String f = t.fold;
        int s = t.sentenceStart(i);
        int e = t.sentenceEnd(i);
        // « must include: a motivation letter; a CV; copies of diplomas »: items parted by semicolons share the
        // sentence that asks for them
        for (int more = 0, b = s; more < 4 && b > 0; more++) {
            int k = b - 1;
            while (k > 0 && f.charAt(k) == ' ') {
                k--;
            }
            if (f.charAt(k) != ';' || i - t.sentenceStart(k) > 400) {
                break;
            }
            b = t.sentenceStart(k);
            s = b;
        }
        if (e < f.length() && f.charAt(e) == '?' && Keywords.regionContainsAny(f, s, e, NEED_WORDS)) {
            return false; // "Do I need a CV to apply?": a question, whatever its heading
        }
        if (noticeToAgencies(f, s, e)) {
            return false;
        }
        if (Keywords.regionContainsAny(f, s, e, CONTEXT) || t.inApplicationSection(i)) {
            return true;
        }
        if (listItemAfter(f, s)) {
            // "include the following: - cover letter; - CV and list of publications": the item's own sentence
            // holds no verb; the one that opens the list does
            int back = Math.max(0, s - 300);
            if (Keywords.regionContainsAny(f, t.sentenceStart(back), s, CONTEXT)) {
                return true;
            }
        }
        // « CV et lettre de motivation à rh@asso.fr »: documents addressed to an e-mail in the same sentence
        int at = -1;
        for (int k = i; k < Math.min(e, i + 120); k++) {
            if (f.charAt(k) == '@') {
                at = k;
                break;
            }
        }
        if (at > 0) {
            int local = at;
            while (local > i && !Character.isWhitespace(f.charAt(local - 1))) {
                local--;
            }
            String before = f.substring(Math.max(i, local - 12), local);
            if (before.endsWith(" a ") || before.endsWith(" to ") || before.endsWith(" at ") || before.endsWith(" naar ")
                    || before.endsWith(": ")) {
                return true;
            }
        }
        return listOpenedByAsk(t, i);
    }

    /**
     * Whether the line at {@code i} is an item of a list whose opening line asks for something to be sent (« stuur
     * ons een e-mail naar … met daarin: »): items that lost their marks (a page's list items become lines of their
     * own) are short lines that end no sentence, and the walk back to the opening line goes over them too.
     */
    private static boolean listOpenedByAsk(PostingText t, int i) {
        int ls = t.lineStart(i);
        boolean bare = bareItem(t.fold.substring(ls, t.lineEnd(i)).strip());
        int guard = 0;
        int items = 0;
        int p = ls - 1;
        while (p > 0 && guard++ < 16) {
            int pls = t.lineStart(p);
            String line = t.fold.substring(pls, p).strip();
            if (!line.isEmpty() && !line.startsWith("-") && !line.startsWith("*")) {
                if (bare && bareItem(line) && items++ < 6) {
                    p = pls - 1;
                    continue;
                }
                return line.endsWith(":") && Keywords.containsAny(line, CONTEXT);
            }
            p = pls - 1;
        }
        return false;
    }

    /** Whether the line at {@code i} is a list item, with its mark or without (a few words that end no sentence). */
    private static boolean isListItem(PostingText t, int i) {
        String line = t.fold.substring(t.lineStart(i), t.lineEnd(i)).strip();
        return !line.isEmpty() && ("-*•–".indexOf(line.charAt(0)) >= 0 || bareItem(line));
    }

    /**
     * A line that could be a list item without its mark: a few words that begin with a letter or digit (a line that
     * begins with another sign is an item with its mark, « ○ », « ● »), end no sentence and open no list.
     */
    private static boolean bareItem(String line) {
        return !line.isEmpty() && line.length() <= 60 && Character.isLetterOrDigit(line.charAt(0))
                && ".!?:;".indexOf(line.charAt(line.length() - 1)) < 0;
    }
}
