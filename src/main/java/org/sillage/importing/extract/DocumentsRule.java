package org.sillage.importing.extract;

import static org.sillage.importing.extract.DocumentWords.CATCH_ALL;
import static org.sillage.importing.extract.DocumentWords.FOLLOWING;
import static org.sillage.importing.extract.DocumentWords.OPTIONAL;
import static org.sillage.importing.extract.DocumentWords.TERMS;
import static org.sillage.importing.extract.DocumentWords.WAIVE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sillage.domain.DocumentRequirement;
import org.sillage.domain.Field;
import org.sillage.domain.Necessity;
import org.sillage.importing.extract.DocumentWords.Term;

/**
 * The documents to send. A mention counts in a sentence about applying, in a section about applying, or
 * in a list introduced by such a sentence. « nul besoin de lettre de motivation » waives, « vous pouvez
 * également », "optional", « un plus » make optional. « LinkedIn, CV ou GitHub » are alternatives: only the
 * most usual one is kept. Format (PDF), length (« un A4 recto verso maximum ») and language
 * (« traduction dans la deuxième langue ») are kept as constraints.
 */
final class DocumentsRule implements Rule {

    /** Where a document is named, and its kind. */
    record Mention(int start, int end, String kind) {
    }

    /** A motivation named alone: the letter only beside a CV or when sent (« jouw motivatie en CV », « stuur een motivatie »). */
    static final java.util.Set<String> MOTIVATIONS = java.util.Set.of("motivatie", "motivations", "your motivation",
        "votre motivation", "motivation for applying", "ta motivation", "page motivation", "motivation");
    /** A sending verb right before a motivation: « stuur een motivatie », "send a motivation". */
    static final String[] SEND_BEFORE = {"stuur", "send", "envoy", "mail je", "mail ons", "e-mail je", "email je"};
    /** What may part a bare letter from the CV it goes with. */
    static final Pattern BESIDE_CV = Pattern.compile("\\s*(?:\\+|&|,|/|\\bet\\b|\\band\\b|\\ben\\b)\\s*(?:(?:un|une|votre|le|la|a|an|your|je|een|uw)\\s+)?");
    private static final List<String> PRIORITY = List.of("cv", "cover_letter", "portfolio", "references", "diploma",
        "writing_sample", "translation", "id_document", "other:linkedin_profile", "other:github_profile");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(
            "[\\s,;:()*_-]*(?:un |une |des |le |la |les |a |an |your |votre |ton |vos |tes |the )?[\\p{L}' ]{0,40}");
    private static final Pattern FORMAT = Pattern.compile("(?<![a-z])(pdf|docx?|odt|word)(?![a-z])");
    private static final Pattern LENGTH = Pattern.compile(
            "(?:(?:de |d')?(?:maximum|max\\.?|au maximum|pas plus de|no more than|at most|up to|maximaal) ?)?(?:un|une|one|\\d{1,4}) "
            + "(?:a4|pages?|mots|words|caracteres|characters|woorden)(?: recto[- ]verso)?(?: maximum| max(?![a-z]))?");
    private static final Pattern LANGUAGE = Pattern.compile(
            "(?:traduction|translation|redigee?s?|written|ecrite?s?|opgesteld) (?:dans|en|in|into|vers) [^,;.()\\n]{3,60}?(?= de maximum| maximum| et en format| en format| au format| in [a-z]+ format|[,;.()\\n]|$)");

    /** Words {@link #FORMAT}, {@link #LENGTH} and {@link #LANGUAGE} cannot match without. */
    private static final String[] FORMAT_WORDS = {"pdf", "doc", "odt", "word"};
    private static final String[] LENGTH_WORDS = {"a4", "page", "mots", "words", "caracteres", "characters", "woorden"};
    private static final String[] LANGUAGE_WORDS = {"traduction", "translation", "redige", "written", "ecrit", "opgesteld"};

    static String[] words() {
        String[] w = new String[TERMS.length + FOLLOWING.length + UPLOAD_WORDS.length];
        for (int i = 0; i < TERMS.length; i++) {
            w[i] = TERMS[i].words();
        }
        System.arraycopy(FOLLOWING, 0, w, TERMS.length, FOLLOWING.length);
        System.arraycopy(UPLOAD_WORDS, 0, w, TERMS.length + FOLLOWING.length, UPLOAD_WORDS.length);
        return w;
    }

    @Override
    public String name() {
        return "documents";
    }

    @Override
    public void apply(PostingText t) {
        List<Mention> all = DocumentMentions.find(t);
        List<Mention> mentions = slashPairsOnce(t, all);
        Map<String, DocumentRequirement> docs = new LinkedHashMap<>();
        List<Mention> kept = new ArrayList<>();
        int k = 0;
        while (k < mentions.size()) {
            // group the mentions of one sentence that are alternatives (« A, B ou C »)
            int g = k;
            boolean alternatives = false;
            while (g + 1 < mentions.size() && sameSentence(t, mentions.get(g), mentions.get(g + 1))) {
                String sep = t.fold.substring(mentions.get(g).end(), mentions.get(g + 1).start());
                // "of" is Dutch for "or", and English for nothing of the kind ("a list of publications")
                boolean or = orBetween(sep)
                        || sep.strip().equals("/") && !cvAndLetter(mentions.get(g), mentions.get(g + 1))
                        || sep.contains(" of ") && "nl".equals(t.language);
                boolean and = sep.contains(" et ") || sep.contains(" and ") || sep.contains("+") || sep.contains(" avec ")
                        || sep.contains(" en ") || sep.contains(" with ");
                if (and && !or) {
                    break;
                }
                if (or && !and) {
                    alternatives = true;
                } else if (!LIST_SEPARATOR.matcher(sep).matches()) {
                    break;
                }
                g++;
            }
            if (alternatives && !catchAllAfter(t, mentions.get(g))) {
                Mention best = mentions.get(k);
                for (int x = k; x <= g; x++) {
                    if (rank(mentions.get(x).kind()) < rank(best.kind())) {
                        best = mentions.get(x);
                    }
                }
                kept.add(best);
            } else {
                for (int x = k; x <= g; x++) {
                    kept.add(mentions.get(x));
                }
            }
            k = g + 1;
        }
        for (Mention m : kept) {
            Necessity n = necessity(t, m);
            DocumentRequirement prev = docs.get(m.kind());
            if (prev != null && !stronger(n, prev.necessity())) {
                continue;
            }
            docs.put(m.kind(), constraints(t, m, n));
            t.evidence(Field.REQUIRED_DOCUMENTS, m.start(), m.end(), "documents." + n.name().toLowerCase());
        }
        formFields(t, docs);
        uploadFields(t, docs);
        DocumentListItems.read(t, kept, docs);
        DocumentEnumerations.enumerated(t, kept, all, docs);
        DocumentListItems.tidyOthers(docs);
        if (!docs.isEmpty()) {
            t.out().requiredDocuments(new ArrayList<>(docs.values()));
            t.set(Field.REQUIRED_DOCUMENTS);
        }
    }

    /**
     * An application form's file fields that the page's front matter defines (« title: Motivatiebrief … type: file »):
     * each field whose label names a document asks for it (the form is the way to apply; the page's text may not
     * name the documents again).
     */
    private static void formFields(PostingText t, Map<String, DocumentRequirement> docs) {
        for (int[] label : FrontMatter.fileFieldLabels(t)) {
            Term best = null;
            int at = -1;
            for (Term term : TERMS) {
                if (term.kind().startsWith("other:") || best != null && term.words().length() <= best.words().length()) {
                    continue;
                }
                for (int i = Keywords.indexIn(t.fold, term.words(), label[0], label[1]); i >= 0;
                     i = Keywords.indexIn(t.fold, term.words(), i + 1, label[1])) {
                    if (Keywords.wordAt(t.fold, i, term.words()) && i + term.words().length() <= label[1]) {
                        best = term;
                        at = i;
                        break;
                    }
                }
            }
            if (best != null && !docs.containsKey(best.kind())) {
                Mention m = new Mention(at, at + best.words().length(), best.kind());
                docs.put(best.kind(), constraints(t, m, Necessity.REQUIRED));
                t.evidence(Field.REQUIRED_DOCUMENTS, m.start(), m.end(), "documents.required");
            }
        }
    }

    /** What a web form prints after a file field's label: its size limit or its button. */
    private static final Pattern UPLOAD_FIELD = Pattern.compile(
            "(?:filesize|file size|max(?:imum|\\.)? (?:file )?size|bestandsgrootte|taille (?:max|maximale)|poids max"
            + "|\\(max\\.? ?\\d+ ?[mk]o?b?\\)|choose file|choisir (?:un|le) fichier|bestand kiezen|browse|parcourir)");

    /** Words one of which every {@link #UPLOAD_FIELD} holds. */
    private static final String[] UPLOAD_WORDS = {"size", "bestandsgrootte", "taille max", "poids max", "(max",
        "choose file", "choisir", "bestand kiezen", "browse", "parcourir"};

    /**
     * A web form copied with its page: "Resume * Filesize cannot exceed 7MB." A file field whose label names a
     * document and is marked required (an asterisk, « obligatoire », "verplicht") asks for it; one left unmarked
     * ("Cover letter Filesize cannot exceed 5MB.") does not.
     */
    private static void uploadFields(PostingText t, Map<String, DocumentRequirement> docs) {
        String f = t.fold;
        // the pattern searched only on the lines that hold one of its words (searched over the whole text, it took
        // half of the reading time), found among the lexicon's hits (ten searches of the text took 4 % of it)
        java.util.TreeSet<Integer> lines = new java.util.TreeSet<>();
        for (String w : UPLOAD_WORDS) {
            int last = -1;
            for (int i : t.hits.of(w)) {
                if (lines.size() >= 60) {
                    break;
                }
                if (i >= t.bodyStart && i >= last) {
                    lines.add(t.lineStart(i));
                    last = i + w.length();
                }
            }
        }
        Matcher m = UPLOAD_FIELD.matcher(f);
        for (int line : lines) {
            m.region(line, t.lineEnd(line));
            if (!m.find()) {
                continue;
            }
            int ls = line;
            String label = f.substring(ls, m.start());
            int star = label.indexOf('*');
            boolean required = star >= 0 || label.contains("obligatoire") || label.contains("verplicht")
                    || label.contains("required");
            if (!required || m.start() - ls > 40 || m.start() - ls < 2) {
                continue;
            }
            int end = star >= 0 ? ls + star : m.start();
            for (Term term : TERMS) {
                if (term.kind().startsWith("other:") || docs.containsKey(term.kind())) {
                    continue;
                }
                int i = Keywords.indexIn(f, term.words(), ls, end);
                if (i >= 0 && Keywords.wordAt(f, i, term.words())) {
                    Mention mention = new Mention(i, i + term.words().length(), term.kind());
                    docs.put(term.kind(), constraints(t, mention, Necessity.REQUIRED));
                    t.evidence(Field.REQUIRED_DOCUMENTS, mention.start(), mention.end(), "documents.required");
                    break;
                }
            }
        }
    }

    /**
     * Whether an « ou » / "or" between two mentions joins them: not when a comma or semicolon comes after it
     * ("portfolio or professional links, writing samples": the « or » joins the portfolio to the links, and the list
     * goes on).
     */
    private static boolean orBetween(String sep) {
        int or = Math.max(sep.lastIndexOf(" ou "), sep.lastIndexOf(" or "));
        if (or < 0) {
            return false;
        }
        String after = sep.substring(or + 4);
        return after.indexOf(',') < 0 && after.indexOf(';') < 0;
    }

    /**
     * "resume/portfolio, cover letter": two documents joined by a slash are one item of the list, either of them;
     * the better ranked stands for both, so that the list's other items are not taken for alternatives too.
     */
    private static List<Mention> slashPairsOnce(PostingText t, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (i + 1 < mentions.size() && m.end() <= mentions.get(i + 1).start() && !cvAndLetter(m, mentions.get(i + 1))
                    && t.fold.substring(m.end(), mentions.get(i + 1).start()).strip().equals("/")) {
                Mention n = mentions.get(i + 1);
                out.add(rank(n.kind()) < rank(m.kind()) ? n : m);
                i++;
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** « CV/LM », "CV / cover letter": a CV and a letter joined by a slash are both asked, never one or the other. */
    private static boolean cvAndLetter(Mention a, Mention b) {
        return a.kind().equals("cv") && b.kind().equals("cover_letter") || a.kind().equals("cover_letter") && b.kind().equals("cv");
    }

    private static boolean stronger(Necessity n, Necessity old) {
        return n == Necessity.WAIVED && old != Necessity.WAIVED || n == Necessity.REQUIRED && old == Necessity.OPTIONAL;
    }

    private static int rank(String kind) {
        int i = PRIORITY.indexOf(kind);
        return i < 0 ? 99 : i;
    }

    private static boolean sameSentence(PostingText t, Mention a, Mention b) {
        return t.sentenceEnd(a.end()) >= b.start() && b.start() - a.end() < 60;
    }

    private static boolean catchAllAfter(PostingText t, Mention last) {
        int e = Math.min(t.fold.length(), last.end() + 30);
        return Keywords.regionContainsAny(t.fold, last.end(), e, CATCH_ALL);
    }

    private static Necessity necessity(PostingText t, Mention m) {
        String f = t.fold;
        int back = Math.max(t.sentenceStart(m.start()), m.start() - 25);
        String before = f.substring(back, m.start());
        for (String w : WAIVE) {
            if (before.contains(w)) {
                return Necessity.WAIVED;
            }
        }
        int s = t.sentenceStart(m.start());
        int e = t.sentenceEnd(m.start());
        return optionalIn(f, s, e, m) ? Necessity.OPTIONAL : Necessity.REQUIRED;
    }

    /** What a word of choice is about when one of these follows it: the file's form. */
    private static final String[] FORMAT_WORDS_AFTER_CUE = {"pdf", "fichier", "format", " file", "word", "docx",
        "un seul", "single", "one document", "en un document", "page"};

    /** What a word of choice is about when one of these follows it: what the document holds. */
    private static final String[] CONTENT_AFTER_CUE = {"with ", "avec ", "met ", "including ", "containing ", "comprenant ",
        "incluant "};

    /** The first words of brackets that add to a document what it includes. */
    static final String[] INCLUDING = {"including ", "incl", "with ", "y compris ", "notamment ", "avec ", "inclusief ", "met "};

    /** What closes a list's item: a comma, a semicolon, a plus, « et », "and", « en ». */
    static final Pattern ITEM_END = Pattern.compile("[,;+]| (?:et|and|en|und) ");

    private static final String[] TO_APPLY = {"a postuler", "a candidater", "a nous contacter", "a nous ecrire",
        "a envoyer votre candidature", "to apply", "to contact", "to reach out", "to get in touch", "om te solliciteren"};

    /**
     * Whether the sentence makes its documents optional. « N'hésitez pas à postuler en envoyant CV et lettre »
     * invites to apply: the documents it names stay required.
     */
    private static boolean optionalIn(String f, int s, int e, Mention m) {
        for (String w : OPTIONAL) {
            for (int k = Keywords.indexIn(f, w, s, e); k >= 0; k = Keywords.indexIn(f, w, k + 1, e)) {
                if (Keywords.regionContainsAny(f, k + w.length(), Math.min(e, k + w.length() + 25), FORMAT_WORDS_AFTER_CUE)) {
                    continue; // « (si possible en un seul fichier PDF) », "ideally as a PDF": about the file, not the document
                }
                if (k >= m.end() && ITEM_END.matcher(f).region(m.end(), k).find()) {
                    // « CV, lettre de motivation, justificatif RQTH le cas échéant »: the word is about the item it
                    // ends, not about the CV before it (the whole list was left out as optional)
                    continue;
                }
                int open = f.lastIndexOf('(', k);
                if (k >= m.end() && open >= m.end() && Keywords.startsWithAny(f, open + 1, INCLUDING)
                        && f.lastIndexOf(')', k) < open) {
                    continue; // "A CV (including the list of publications if applicable)": about what it includes
                }
                int after = k + w.length();
                String next = f.substring(after, Math.min(e, after + 30)).strip();
                if (Keywords.startsWithAny(next, 0, CONTENT_AFTER_CUE)) {
                    continue; // "one page resume (ideally with links to your pull requests)": what it holds, not whether
                }
                boolean invitation = (w.equals("n'hesitez pas") || w.equals("feel free"))
                        && Keywords.containsAny(next.length() > 28 ? next.substring(0, 28) : next, TO_APPLY)
                        && (next.startsWith("a ") || next.startsWith("to ") || next.startsWith("om "));
                if (!invitation) {
                    return true;
                }
            }
        }
        return false;
    }

    private static DocumentRequirement constraints(PostingText t, Mention m, Necessity n) {
        int e = Math.min(t.lineEnd(m.start()), t.sentenceEnd(m.start()) + 1);
        String seg = t.fold.substring(m.end(), Math.max(m.end(), e));
        String format = null;
        Matcher fm = FORMAT.matcher(seg);
        // (each pattern is tried only when one of the words it must hold is written)
        if (Keywords.containsAny(seg, FORMAT_WORDS) && fm.find()) {
            format = fm.group(1).equals("doc") || fm.group(1).equals("docx") ? "DOCX" : fm.group(1).toUpperCase();
        }
        String length = null;
        Matcher lm = LENGTH.matcher(seg);
        if (Keywords.containsAny(seg, LENGTH_WORDS) && lm.find()) {
            length = t.slice(m.end() + lm.start(), m.end() + lm.end()).strip().replaceFirst("^(?:de |d')", "");
        }
        String language = null;
        Matcher gm = LANGUAGE.matcher(seg);
        if (Keywords.containsAny(seg, LANGUAGE_WORDS) && gm.find()) {
            language = t.slice(m.end() + gm.start(), m.end() + gm.end()).strip();
        }
        return new DocumentRequirement(m.kind(), n, format, length, language);
    }
}
