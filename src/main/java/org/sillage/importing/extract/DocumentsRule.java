package org.sillage.importing.extract;

import static org.sillage.importing.extract.DocumentWords.BARE_LETTER;
import static org.sillage.importing.extract.DocumentWords.CATCH_ALL;
import static org.sillage.importing.extract.DocumentWords.CONTEXT;
import static org.sillage.importing.extract.DocumentWords.FOLLOWING;
import static org.sillage.importing.extract.DocumentWords.OPTIONAL;
import static org.sillage.importing.extract.DocumentWords.REFERENCE_WORDS;
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
    private static final java.util.Set<String> MOTIVATIONS = java.util.Set.of("motivatie", "motivations", "your motivation",
        "votre motivation", "motivation for applying", "ta motivation", "page motivation", "motivation");
    /** A sending verb right before a motivation: « stuur een motivatie », "send a motivation". */
    private static final String[] SEND_BEFORE = {"stuur", "send", "envoy", "mail je", "mail ons", "e-mail je", "email je"};
    /** What may part a bare letter from the CV it goes with. */
    private static final Pattern BESIDE_CV = Pattern.compile("\\s*(?:\\+|&|,|/|\\bet\\b|\\band\\b|\\ben\\b)\\s*(?:(?:un|une|votre|le|la|a|an|your|je|een|uw)\\s+)?");
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
        String[] w = new String[TERMS.length + FOLLOWING.length];
        for (int i = 0; i < TERMS.length; i++) {
            w[i] = TERMS[i].words();
        }
        System.arraycopy(FOLLOWING, 0, w, TERMS.length, FOLLOWING.length);
        return w;
    }

    @Override
    public String name() {
        return "documents";
    }

    @Override
    public void apply(PostingText t) {
        List<Mention> all = find(t);
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
        DocumentListItems.read(t, kept, docs);
        enumerated(t, kept, all, docs);
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

    private static final Pattern ALTERNATIVE_SEP = Pattern.compile("^\\s*(?:/|\\bou\\b|\\bor\\b)\\s*");
    /**
     * What goes between two items of a list; in Dutch « cv met foto » adds one too. (English "with" and French
     * « avec » were tried: on postings never tuned on they added wrong items, "a CV with …" qualifies it.)
     */
    private static final Pattern ENUM_SEP = Pattern.compile("^\\s*(?:,|;|\\+|&|\\band\\b|\\bet\\b|\\ben\\b|as well as|ainsi que|plus"
            + "|\\bmet\\b)\\s*(?:(?:and|et|en)\\s+)?(?:[-–•]\\s+|\\(?\\d\\)\\s+)?");
    private static final String ENUM_ITEM_START =
            "^(?:(?:a|an|your|the|one|two|three|four|un|une|des|le|la|les|vos|votre|ton|tes|deux|trois|quatre|\\d|\\d[- ]pages?|copy of the|copies of the|copy of|copies of|copie des|copies des|copie de|copies de|copie du|copie d'|een|je|jouw|uw|twee|drie|latest|last|recent|most recent|dernier|derniers|derniere|dernieres|recents|recentes|their|his|her|his/her|leur|leurs|son|sa|ses"
            // « faites-nous part de votre CV, de votre compte github et d'une lettre attrayante »: each item's « de »
            + "|de|du|d'une|d'un"
            + "|short|detailed|full|complete|updated|concise|court|courte|detaille|detaillee|korte)\\s+)*"
            + "([\\p{L}][\\p{L}'’ -]{2,50}?)(?=\\s*(?:[,;:().!?\\n/]|$| - | – |\\+| and | et | en | or | ou |";
    private static final String ENUM_ITEM_END = " to | a | à | by | par | avant | before | naar | via | at | in | on | from | for | pour | with | avec | including | describing | dans | sur | au | aux | per | in one | as | en un | sous | under | uniquement | only | \\d| (?:de|of|van) \\p{L}{0,3}\\d))";
    /** An enumerated item; in Dutch "of" ("or") ends it, elsewhere it is part of it ("list of publications"). */
    private static final Pattern ENUM_ITEM_NL = Pattern.compile(ENUM_ITEM_START + " of |" + ENUM_ITEM_END);
    private static final Pattern ENUM_ITEM = Pattern.compile(ENUM_ITEM_START + ENUM_ITEM_END);
    /** The nouns a document's name is built on: an enumerated item without one is not a document. */
    private static final String[] DOCUMENT_NOUNS = {"letter", "lettre", "brief", "transcript", "releve", "notes",
        "grades", "certificat", "certificate", "attestation", "copy", "copie", "proof", "preuve", "justificatif",
        "statement", "list", "liste", "project", "projet", "proposal", "plan", "essay", "thesis", "these", "memoire",
        "draft", "sample", "exemple", "echantillon", "report", "rapport", "recommend", "referen", "referee",
        "diplom", "degree", "publication", "portfolio", "dossier", "cijferlijst", "getuigschrift", "verklaring",
        "bewijs", "scriptie", "photo", "foto", "bulletin", "pretention", "expectation", "casier"};

    /** Words that only qualify the document named after them ("a brief cover letter", "a short CV"). */
    private static final Pattern ITEM_ADJECTIVES = Pattern.compile(
            "(?:(?:a|an|your|the|brief|short|detailed|full|complete|updated|up-to-date|concise)\\s+)+"
            // « copie de la carte d'identité », "a copy of your passport": a copy of a known document is that document
            + "|(?:(?:a|une|la|les|een)\\s+)?(?:copie|copies|photocopie|photocopies|copy|copies|scan|kopie)"
            + "(?:\\s+(?:de la|de l'|de|du|des|d'|of|of the|of your|van|van de|van het|van je|van uw))?\\s*");

    /** An item starting with a preposition is a phrase about the documents (« sous référence X »), not one. */
    private static final java.util.Set<String> ITEM_NOT_START = java.util.Set.of("sous", "under", "with", "avec", "par",
        "by", "to", "in", "en", "for", "pour", "de", "dans", "via", "au", "aux", "sur", "on", "at", "als", "met", "onder",
        "including", "y", "compris", "mentioning", "mentionnant", "indiquant", "quoting", "stating");

    private static final java.util.Set<String> NOT_ITEMS = java.util.Set.of("other", "autres", "etc", "so on", "more",
        "contact", "contacts", "details", "information", "informations", "documents", "pieces", "piece", "application",
        "candidature", "e-mail", "email", "mail", "courriel", "attachment", "attachments", "pdf", "file", "files",
        "fichier", "fichiers", "format", "single pdf", "subject", "objet", "name", "nom", "prenom", "date");

    /**
     * « CV, relevés de notes et lettres de recommandation », "CV and application letter": the other items of
     * an enumeration that names a document to send are documents too; outside the lexicon, a letter of
     * application or motivation is a cover letter, a recommendation or referee is a reference, anything
     * else is {@code other:<its words>}.
     */
    private static void enumerated(PostingText t, List<Mention> kept, List<Mention> all, Map<String, DocumentRequirement> docs) {
        String f = t.fold;
        int guard = 0;
        for (Mention m : kept) {
            DocumentRequirement d = docs.get(m.kind());
            if (d == null || d.necessity() != Necessity.REQUIRED || guard++ > 40) {
                continue;
            }
            int sentenceEnd = t.sentenceEnd(m.end());
            // « CV ; lettre de motivation ; relevés de notes »: a list goes on past its semicolons
            for (int more = 0; more < 4 && sentenceEnd + 1 < f.length() && f.charAt(sentenceEnd) == ';'; more++) {
                sentenceEnd = t.sentenceEnd(sentenceEnd + 1);
            }
            int p = m.end();
            for (int steps = 0; steps < 6 && p < sentenceEnd; steps++) {
                // "cover letter / statement of purpose; - research statement": past the alternative, the list goes on
                Matcher alt = ALTERNATIVE_SEP.matcher(f).region(p, sentenceEnd);
                if (alt.lookingAt()) {
                    Mention next = null;
                    for (Mention other : all) {
                        if (other.start() == alt.end()) {
                            next = other;
                        }
                    }
                    if (next != null) {
                        p = next.end();
                        continue;
                    }
                }
                Matcher sep = ENUM_SEP.matcher(f).region(p, sentenceEnd);
                if (!sep.lookingAt()) {
                    break;
                }
                int is = sep.end();
                Mention known = null;
                for (Mention other : kept) {
                    if (other.start() >= is && other.start() <= is + 25 && other.start() >= p) {
                        known = other;
                        break;
                    }
                }
                if (known != null && Keywords.onlyChars(f, is, known.start(), " abcdefghijklmnopqrstuvwxyz0123456789-")
                        && f.substring(is, known.start()).split(" ").length <= 3
                        // "a detailed CV, transcripts and cover letter": an item of its own comes before the known one;
                        // "a brief cover letter": an adjective is not one (in Dutch, a "brief" is a letter)
                        && (!Keywords.containsAny(f.substring(is, known.start()), DOCUMENT_NOUNS)
                            || ITEM_ADJECTIVES.matcher(f.substring(is, known.start())).matches())) {
                    p = known.end();
                    continue;
                }
                Matcher item = ("nl".equals(t.language) ? ENUM_ITEM_NL : ENUM_ITEM).matcher(f).region(is, sentenceEnd);
                if (!item.lookingAt()) {
                    break;
                }
                String words = item.group(1).strip();
                int n = words.split(" +").length;
                // « copie du permis de conduire »: the copy the item starts with makes it a document
                boolean aCopy = f.substring(is, item.start(1)).contains("cop");
                if (n > 5 || NOT_ITEMS.contains(words) || words.contains("@") || words.startsWith("http")
                        || !aCopy && !Keywords.containsAny(words, DOCUMENT_NOUNS) || ITEM_NOT_START.contains(words.split(" +")[0])) {
                    break;
                }
                Matcher itemEnd = ITEM_END.matcher(f).region(item.end(1), sentenceEnd);
                String clause = f.substring(is, itemEnd.find() ? itemEnd.start() : sentenceEnd);
                if (Keywords.containsAny(clause, OPTIONAL) || Keywords.containsAny(words, WAIVE)) {
                    // « justificatif RQTH le cas échéant », "a portfolio is a plus": asked of some only, the list goes on
                    p = item.end(1);
                    continue;
                }
                String kind;
                if (words.contains("recommend") || words.contains("referen") || words.contains("referee")
                        || words.startsWith("list") && clause.contains("name")
                            && Keywords.regionContainsAny(f, is, sentenceEnd, REFERENCE_WORDS)) {
                    // ("a list of 2-3 names and contact information for people who … serve as a reference")
                    kind = "references";
                } else if (DocumentListItems.namesDiplomas(words)) {
                    kind = "diploma";
                } else if ((words.contains("letter") || words.contains("lettre") || words.contains("brief"))
                        && (words.contains("applic") || words.contains("motiv") || words.contains("intent")
                            || words.contains("candidat") || words.contains("presentation") || words.contains("interest")
                            || words.contains("explaining") || words.contains("why"))) {
                    kind = "cover_letter";
                } else if ((words.startsWith("lettre") || words.startsWith("letter") || "nl".equals(t.language) && words.startsWith("brief"))
                        && !words.contains(" de ") && !words.contains(" d'") && !words.contains(" of ") && !words.contains(" van ")
                        && !words.contains(" from ")) {
                    kind = "cover_letter"; // « d'une lettre attrayante » beside the CV: a letter qualified by no other purpose
                } else if ((words.contains("sample") || words.contains("echantillon") || words.contains("exemple"))
                        && (words.contains("writ") || words.contains("text") || words.contains("redaction"))) {
                    kind = "writing_sample";
                } else {
                    kind = "other:" + Clean.value(t.slice(item.start(1), item.end(1)));
                }
                if (!docs.containsKey(kind)) {
                    docs.put(kind, new DocumentRequirement(kind, Necessity.REQUIRED, null, null, null));
                    t.evidence(Field.REQUIRED_DOCUMENTS, item.start(1), item.end(1), "documents.enumerated");
                }
                p = item.end(1);
            }
        }
    }

    private static boolean stronger(Necessity n, Necessity old) {
        return n == Necessity.WAIVED && old != Necessity.WAIVED || n == Necessity.REQUIRED && old == Necessity.OPTIONAL;
    }

    private static int rank(String kind) {
        int i = PRIORITY.indexOf(kind);
        return i < 0 ? 99 : i;
    }

    private List<Mention> find(PostingText t) {
        String f = t.fold;
        List<Mention> out = new ArrayList<>();
        java.util.TreeMap<Integer, Integer> taken = new java.util.TreeMap<>();
        Map<Integer, Boolean> contextBySentence = new java.util.HashMap<>();
        for (Term term : TERMS) {
            for (int i : t.hits.of(term.words())) {
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
                        || !contextBySentence.computeIfAbsent(t.sentenceStart(i), k -> inContext(t, i))) {
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
            return !before.endsWith("sous ") && !before.endsWith("la ") && !before.endsWith("de ") && !bibliography(t, i, term);
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
            return Keywords.regionContainsAny(f, t.sentenceStart(i), t.sentenceEnd(i), WHY_SENT);
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
        return PostingText.CITATION.matcher(line).find();
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
        int ls = t.lineStart(i);
        // a list item: look at the line introducing the list
        int guard = 0;
        int p = ls - 1;
        while (p > 0 && guard++ < 8) {
            int pls = t.lineStart(p);
            String line = t.fold.substring(pls, p).strip();
            if (!line.isEmpty() && !line.startsWith("-") && !line.startsWith("*")) {
                return line.endsWith(":") && Keywords.containsAny(line, CONTEXT);
            }
            p = pls - 1;
        }
        return false;
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

    /** What closes a list's item: a comma, a semicolon, a plus, « et », "and", « en ». */
    private static final Pattern ITEM_END = Pattern.compile("[,;+]| (?:et|and|en|und) ");

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
