package org.sillage.importing.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sillage.domain.DocumentRequirement;
import org.sillage.domain.Field;
import org.sillage.domain.Necessity;

/**
 * The documents to send. A mention counts in a sentence about applying, in a section about applying, or
 * in a list introduced by such a sentence. « nul besoin de lettre de motivation » waives, « vous pouvez
 * également », "optional", « un plus » make optional. « LinkedIn, CV ou GitHub » are alternatives: only the
 * most usual one is kept. Format (PDF), length (« un A4 recto verso maximum ») and language
 * (« traduction dans la deuxième langue ») are kept as constraints.
 */
final class DocumentsRule implements Rule {

    private record Term(String words, String kind) {
    }

    private record Mention(int start, int end, String kind) {
    }

    /** Words that announce a list on the lines below even without a colon: "send the following documents to x@y". */
    private static final String[] FOLLOWING = {"the following", "suivants", "suivantes", "volgende"};

    private static final Term[] TERMS = {
        new Term("curriculum vitae", "cv"), new Term("curriculum vitæ", "cv"), new Term("c.v.", "cv"), new Term("cv", "cv"), new Term("cvs", "cv"), new Term("resume", "cv"),
        new Term("lettre de motivation", "cover_letter"), new Term("lettres de motivation", "cover_letter"),
        new Term("cover letter", "cover_letter"), new Term("motivation letter", "cover_letter"),
        new Term("letter of motivation", "cover_letter"), new Term("motivatiebrief", "cover_letter"),
        new Term("sollicitatiebrief", "cover_letter"), new Term("begeleidende brief", "cover_letter"), new Term("lettre de candidature", "cover_letter"),
        new Term("letter of interest", "cover_letter"), new Term("covering letter", "cover_letter"),
        new Term("lettre motivee", "cover_letter"), new Term("motivation e-mail", "cover_letter"),
        new Term("lignes de motivation", "cover_letter"), new Term("mail de motivation", "cover_letter"),
        new Term("message de motivation", "cover_letter"), new Term("e-mail de motivation", "cover_letter"),
        new Term("courriel de motivation", "cover_letter"), new Term("lm", "cover_letter"),
        new Term("mot de motivation", "cover_letter"), new Term("texte de motivation", "cover_letter"),
        new Term("note de motivation", "cover_letter"), new Term("lettre d'intention", "cover_letter"),
        new Term("lettre de presentation", "cover_letter"), new Term("statement of interest", "cover_letter"),
        new Term("motivation statement", "cover_letter"), new Term("statement of purpose", "cover_letter"),
        // British: the letter that goes with the CV ("a CV together with a supporting statement outlining…")
        new Term("supporting statement", "cover_letter"),
        // "Brief covering statement (in email body is fine) outlining why you are a fit"
        new Term("covering statement", "cover_letter"), new Term("cover statement", "cover_letter"),
        // "submit a letter expressing your interest", "a letter explaining why you…"
        new Term("letter expressing", "cover_letter"), new Term("letter explaining", "cover_letter"),
        // Dutch: « schriftelijke sollicitaties met cv », a written application is a letter
        new Term("schriftelijke sollicitatie", "cover_letter"), new Term("schriftelijke sollicitaties", "cover_letter"), new Term("application letter", "cover_letter"),
        new Term("application letters", "cover_letter"), new Term("letters of application", "cover_letter"),
        new Term("letter of application", "cover_letter"), new Term("motivatie", "cover_letter"),
        new Term("motivations", "cover_letter"), new Term("your motivation", "cover_letter"),
        // "send your CV and a short motivation": the few lines that say why are the letter
        new Term("short motivation", "cover_letter"), new Term("brief motivation", "cover_letter"),
        new Term("votre motivation", "cover_letter"), new Term("motivation for applying", "cover_letter"),
        // the same said to « tu » (« ton CV et ta motivation »), and "a one page motivation as to why…"
        new Term("ta motivation", "cover_letter"), new Term("page motivation", "cover_letter"),
        // "with your CV, … and a statement why you think you are suitable": the letter, in other words
        new Term("statement why", "cover_letter"), new Term("statement of why", "cover_letter"),
        new Term("statement explaining why", "cover_letter"), new Term("statement outlining why", "cover_letter"),
        // an e-mail saying why: "send an email … telling us why you would be a good fit", « expliquez-nous pourquoi … et envoyez »
        new Term("telling us why", "cover_letter"), new Term("tell us why", "cover_letter"), new Term("explaining why", "cover_letter"),
        new Term("expliquez-nous pourquoi", "cover_letter"), new Term("expliquant pourquoi", "cover_letter"),
        new Term("expliquez nous pourquoi", "cover_letter"), new Term("dites-nous pourquoi", "cover_letter"),
        new Term("dites nous pourquoi", "cover_letter"),
        // « Écrivez-nous à … et parlez-nous de ce qui vous donne envie de nous rejoindre »
        new Term("parlez-nous de ce qui vous", "cover_letter"), new Term("parlez nous de ce qui vous", "cover_letter"),
        new Term("note about why", "cover_letter"), new Term("note explaining why", "cover_letter"),
        new Term("description of why you", "cover_letter"),
        new Term("laat ons weten waarom", "cover_letter"), new Term("en waarom je", "cover_letter"),
        new Term("referents", "references"),
        new Term("referent academique", "references"), new Term("referents academiques", "references"),
        new Term("academic referee", "references"), new Term("academic referees", "references"),
        new Term("copie de vos diplomes", "diploma"), new Term("copies de vos diplomes", "diploma"),
        new Term("copie de votre diplome", "diploma"), new Term("copy of your degree", "diploma"),
        new Term("references", "references"), new Term("referees", "references"), new Term("referee", "references"),
        new Term("lettre de recommandation", "references"), new Term("lettres de recommandation", "references"),
        new Term("letters of recommendation", "references"), new Term("reference letters", "references"),
        new Term("referenties", "references"), new Term("copie des diplomes", "diploma"), new Term("copie du diplome", "diploma"),
        new Term("copies des diplomes", "diploma"), new Term("copy of your diploma", "diploma"), new Term("diplomas", "diploma"), new Term("portfolio", "portfolio"),
        new Term("exemples de votre travail", "portfolio"), new Term("examples of your work", "portfolio"),
        new Term("work samples", "portfolio"), new Term("examples of projects", "portfolio"),
        new Term("examples of previous work", "portfolio"), new Term("exemples de projets", "portfolio"),
        new Term("exemples de realisations", "portfolio"), new Term("exemples de vos realisations", "portfolio"),
        new Term("exemple de projet", "portfolio"), new Term("exemple de realisation", "portfolio"),
        new Term("example of your work", "portfolio"), new Term("example of previous work", "portfolio"),
        new Term("voorbeelden van projecten", "portfolio"), new Term("voorbeelden van je werk", "portfolio"),
        new Term("voorbeelden van eerder werk", "portfolio"), new Term("voorbeelden van eigen werk", "portfolio"), new Term("traduction", "translation"), new Term("translation", "translation"),
        new Term("vertaling", "translation"), new Term("writing sample", "writing_sample"), new Term("writing samples", "writing_sample"),
        new Term("exemple de redaction", "writing_sample"), new Term("piece d'identite", "id_document"),
        new Term("copy of your passport", "id_document"), new Term("identity document", "id_document"),
        new Term("carte d'identite", "id_document"), new Term("carte nationale d'identite", "id_document"),
        new Term("identiteitsbewijs", "id_document"), new Term("identity card", "id_document"),
        new Term("reference letter", "references"), new Term("reference contact", "references"),
        new Term("reference contacts", "references"), new Term("reference names", "references"),
        new Term("reference persons", "references"), new Term("recommendation letter", "references"),
        // "a list of 2-3 names and contact information for people who have agreed to serve as a reference"
        new Term("serve as a reference", "references"), new Term("serve as references", "references"),
        new Term("act as a reference", "references"),
        new Term("recommendation letters", "references"), new Term("letter of recommendation", "references"),
        new Term("letters of reference", "references"), new Term("letter of reference", "references"),
        new Term("aanbevelingsbrief", "references"), new Term("aanbevelingsbrieven", "references"),
        new Term("lettre de reference", "references"), new Term("lettres de reference", "references"),
        new Term("personne de reference", "references"), new Term("personnes de reference", "references"),
        new Term("kopie van je diploma", "diploma"), new Term("kopie van uw diploma", "diploma"),
        new Term("kopie van jouw diploma", "diploma"), new Term("kopie van het diploma", "diploma"),
        new Term("kopie van je diploma's", "diploma"), new Term("kopie van uw diploma's", "diploma"),
        new Term("referentiepersoon", "references"), new Term("referentiepersonen", "references"),
        new Term("linkedin", "other:linkedin_profile"), new Term("github", "other:github_profile"),
        // "submit a personal statement", "a CV and a research statement": documents of their own, not the letter
        new Term("personal statement", "other:personal statement"), new Term("research statement", "other:research statement"),
        // « lettre manuscrite et CV », « CV + courrier de motivation »
        new Term("lettre manuscrite", "cover_letter"), new Term("courrier de motivation", "cover_letter"),
        // last, so that every letter named more fully is taken first: « lettre + CV », "CV and letter" (see BARE_LETTER)
        new Term("lettre", "cover_letter"), new Term("letter", "cover_letter"), new Term("brief", "cover_letter"),
    };
    /** A letter named by its noun alone: the cover letter only beside the CV (« lettre + CV », « CV et lettre »). */
    private static final java.util.Set<String> BARE_LETTER = java.util.Set.of("lettre", "letter", "brief");
    /** What may part a bare letter from the CV it goes with. */
    private static final Pattern BESIDE_CV = Pattern.compile("\\s*(?:\\+|&|,|/|\\bet\\b|\\band\\b|\\ben\\b)\\s*(?:(?:un|une|votre|le|la|a|an|your|je|een|uw)\\s+)?");
    private static final String[] CONTEXT = {"candidat", "postul", "apply", "applica", "envoy", "adress", "joindre", "send",
        "submit", "include a", "include your", "including a ", "including your", "ecris-nous", "ecrivez-nous", "ecris nous", "ecrivez nous", "ajout", "fournissez", "fournir votre", "fournir un", "devra comprendre",
        "doit comprendre", "doivent comprendre", "comprenant", "accompagne d", "stuur", "sollicit", "soliciting", "transmet", "attach",
        "provide your", "provide a", "should provide", "must provide", "please provide", "mail je", "mail uw", "mail ons",
        "e-mail je", "email je", "mail your", "email your", "e-mail your", "par mail", "par courriel", "par e-mail", "email us", "e-mail us", "courriel a",
        "faire parvenir", "envoie", "upload", "with a resume", "with your resume", "with a cv", "with your cv",
        "avec votre cv", "avec un cv", "met je cv", "met uw cv", "met een cv", "met cv", "reageer", "reageren", "be sent", "should be sent", "be emailed", "be e-mailed", "be mailed", "be submitted",
        "doivent etre envoye", "telecharg", "charger", "chargez", "deposer", "deposez",
        // a heading or label that says the documents are asked: « Pièces à fournir : CV, LM, copie des diplômes »
        "pieces a fournir", "pieces a joindre", "pieces demandees", "pieces requises", "documents a fournir",
        "documents a joindre", "documents requis", "documents demandes", "required documents", "documents required",
        "benodigde documenten",
        // "We ask for a CV (max 2 pages) and a cover letter", « nous demandons un CV »
        "we ask for", "we request", "we require", "nous demandons", "nous vous demandons", "we vragen", "vragen we",
        // the application's file named as such: « Dossier : CV, relevés de notes… », « Composition du dossier : »,
        // « Le dossier devra contenir un CV », "Documents: CV and cover letter"
        "dossier", "documents :", "documents:", "faire part de votre", "ontvangen we", "ontvangen wij", "we ontvangen",
        // "Please email a CV and a brief note …"
        "email a ", "e-mail a ", "please email", "please e-mail",
        // "Please be prepared to share the following: a brief cover letter, resume/CV, …"
        "prepared to share", "share the following"};
    private static final String[] REFERENCE_WORDS = {"referen", "referee", "recommend"};
    private static final String[] WAIVE = {"nul besoin de", "pas besoin de", "pas de ", "sans ", "no need for", "no ",
        "not required", "geen ", "inutile d'envoyer", "pas necessaire",
        // "please do not send in CVs", « merci de ne pas envoyer de CV »
        "do not send", "don't send", "do not submit", "do not include", "ne pas envoyer", "n'envoyez pas", "ne joignez pas"};
    private static final String[] OPTIONAL = {"optionnel", "facultati", "optional", "un plus", "a plus", "bonus", "bienvenu",
        "welcome", "si vous le souhaitez", "if you wish", "if you like", "pouvez egalement", "pouvez aussi", "can also",
        "may also", "eventuel", "le cas echeant", "idealement", "ideally", "n'hesitez pas", "feel free", "si possible",
        "if possible", "pluspunt", "if available", "si disponible", "if applicable", "where applicable", "indien beschikbaar"};
    private static final String[] CATCH_ALL = {"ou ce que", "ou tout ce", "ou tout autre", "or whatever", "and/or whatever",
        "or anything", "ou toute autre", "of wat"};
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
                boolean or = sep.contains(" ou ") || sep.contains(" or ")
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
        listItems(t, kept, docs);
        enumerated(t, kept, all, docs);
        tidyOthers(docs);
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
                } else if (namesDiplomas(words)) {
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

    private static final String[] LIST_INTRO = {"include", "joindre", "joint", "envoy", "send", "submit", "provide",
        "fournir", "comprendre", "comprenant", "dossier", "documents", "pieces", "attach", "upload",
        "stuur", "meesturen", "candidature", "application", "faire parvenir", "adresser", "transmettre",
        // "please email us at x@y with the following before October 5:"
        "with the following", "email us", "e-mail us"};
    private static final String[] NOT_DOCUMENTS = {"devra", "devez", "must have", "should have", "competence", "profil",
        "skills", "qualif", "savoir", "missions", "taches", "tasks", "responsib", "will ", "offrons", "offer", "benefits",
        "avantages", "requirements", "exig"};
    /** An introduction that says the items are documents (« devra comporter les pièces suivantes : »). */
    private static final String[] DOCUMENTS_NAMED = {"pieces suivantes", "documents suivants", "following documents",
        "pieces a fournir", "pieces a joindre", "documents to", "documents a"};
    private static final Pattern ITEM_MARK = Pattern.compile("^[ \\t]*(?:[-*•·▪►][ \\t]*(?=\\p{L})|(?:[-*•·▪►–]|\\d{1,2}[.)])[ \\t]+)");
    private static final Pattern ITEM_HEAD = Pattern.compile(
            "^(?:(?:(?:one|two|three|1|2|3)[- ]pages?|a|an|your|the|one|un|une|des|le|la|les|vos|votre|ton|tes|brief|short|detailed|full|complete|copy of|copie de|copies de|een|je|jouw|uw"
            // "A copy or link to your (draft) Master's thesis", "A (draft) version of your thesis"
            // (first: "a one page summary of past research", "a two-page research statement": its length, not its name)
            + "|copy or link to|link to|\\(draft\\)|draft|version of)\\s+)*"
            + "([\\p{L}][\\p{L}'’ -]{2,60}?)(?=\\s*(?:[,;:(.]|$| - | – | from | including | describing | detailing | listing | explaining | outlining | stating | précisant | precisant | présentant | presentant | décrivant | decrivant | détaillant | detaillant | expliquant | indiquant | for | with | using | of max| de max| de \\d| \\(| \\[|\\d))");

    /**
     * A list introduced by a line about sending ("Please include:", « Le dossier comprendra : »): each item
     * is a document; an item outside the lexicon becomes {@code other:<its words>} ("other:list of
     * publications", « other:projet de recherche »).
     */
    private static void listItems(PostingText t, List<Mention> kept, Map<String, DocumentRequirement> docs) {
        String f = t.fold;
        int guard = 0;
        for (int i : listIntroEnds(t)) {
            if (guard++ >= 200) {
                break;
            }
            int ls = t.lineStart(i);
            // "The position will be advertised on the portal. Applicants should send the following documents:":
            // the sentence that ends on the colon introduces the list, not the line's earlier sentences
            int own = t.sentenceStart(i);
            String intro = f.substring(Math.max(ls, own), i);
            int longest = 160;
            if (!Keywords.containsAny(intro, LIST_INTRO) && intro.length() <= 60) {
                // « … doivent faire parvenir, par courriel à x@y, au\nformat PDF: »: the sentence that ends on the
                // colon, over its broken lines
                int ss = t.sentenceStart(i);
                if (ss == ls && ls >= 2 && f.charAt(ls - 2) == ',') {
                    ss = t.sentenceStart(ls - 2); // "… with the following before October 5,\n2022:"
                }
                if (ss < ls && i - ss <= 240) {
                    intro = f.substring(ss, i).replace('\n', ' ');
                    longest = 240;
                }
            }
            int label = intro.indexOf(": ");
            if (label > 0 && label <= 20 && intro.substring(0, label).split(" ").length <= 3) {
                intro = intro.substring(label + 2); // "TO APPLY: Applicants should send …:": the label is no part of it
            }
            // "submit the following documents on the [online application page](https://…):": a link's address
            // makes no introduction longer
            if (intro.length() - urlLength(intro) > longest || !Keywords.containsAny(intro, LIST_INTRO)
                    || Keywords.containsAny(intro, NOT_DOCUMENTS) && !Keywords.containsAny(intro, DOCUMENTS_NAMED)
                    || Keywords.containsAny(intro, Keywords.INFO_WORDS)) {
                continue;
            }
            int p = f.charAt(i) == ':' ? i + 2 : i + 1;
            int items = 0;
            List<int[]> spans = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            boolean anyKnown = false;
            int blanks = 0;
            boolean spaced = false;
            while (p < f.length() && items < 12) {
                int le = t.lineEnd(p);
                String line = t.text.substring(p, le);
                Matcher mark = ITEM_MARK.matcher(line);
                if (!mark.find()) {
                    int aside = items == 0 ? asideEnd(t, p, line) : -1;
                    if (aside > 0) {
                        // "…with the JOBID: 135325:\n\nhttp://…\n(Note that this is a unified pool…)\n\n– a
                        // curriculum vitae": the intro's link and a note in brackets come before the items
                        p = aside + 1;
                        continue;
                    }
                    // « -Lettre de motivation\n\n-CV\n\n-Mémoire technique »: one blank line may part two items
                    // (only when the list is spaced so from its first two items: a tight list ends on a blank line)
                    if (line.isBlank() && (items == 0 || ++blanks == 1 && (items == 1 || spaced))) {
                        p = le + 1;
                        continue;
                    }
                    break;
                }
                if (items == 1) {
                    spaced = blanks > 0;
                }
                blanks = 0;
                items++;
                // « • Cover letter • Academic transcripts »: a PDF puts two columns of a list on one line
                int is = p + mark.end();
                while (is < le) {
                    int ie = is;
                    while (ie < le && "•▪►".indexOf(t.text.charAt(ie)) < 0) {
                        ie++;
                    }
                    String kind = null;
                    for (Term term : TERMS) {
                        int k = Keywords.indexIn(f, term.words(), is, ie);
                        if (k >= 0 && Keywords.wordAt(f, k, term.words()) && !term.kind().startsWith("other:")) {
                            kind = term.kind();
                            break;
                        }
                    }
                    int end = ie;
                    while (end > is && f.charAt(end - 1) == ' ') {
                        end--;
                    }
                    if (end > is) {
                        spans.add(new int[] {is, end});
                        kinds.add(kind);
                        anyKnown |= kind != null;
                        if (kind != null && !kind.equals("references") && namesReferences(f, is, end)) {
                            spans.add(new int[] {is, end}); // "A resume with two references": both are asked
                            kinds.add("references");
                        }
                    }
                    is = ie + 1;
                    while (is < le && f.charAt(is) == ' ') {
                        is++;
                    }
                }
                p = le + 1;
            }
            if (!anyKnown) {
                continue; // a list of documents names at least one the lexicon knows
            }
            for (int x = 0; x < spans.size(); x++) {
                int is = spans.get(x)[0];
                int le = spans.get(x)[1];
                String kind = kinds.get(x);
                String itemFold = f.substring(is, le);
                if (Keywords.containsAny(itemFold, WAIVE) || Keywords.containsAny(itemFold, OPTIONAL)) {
                    continue;
                }
                if (kind != null) {
                    if (!docs.containsKey(kind)) {
                        docs.put(kind, new DocumentRequirement(kind, Necessity.REQUIRED, null, null, null));
                        t.evidence(Field.REQUIRED_DOCUMENTS, is, le, "documents.list-item");
                    }
                } else {
                    String item = Clean.value(t.slice(is, le));
                    Matcher h = item == null ? null : ITEM_HEAD.matcher(item.toLowerCase(java.util.Locale.ROOT));
                    if (h != null && h.find() && !itemFold.contains("@") && !itemFold.contains("http")) {
                        String words = h.group(1).strip();
                        if (words.split(" ").length <= 4 && namesDiplomas(itemFold.strip())) {
                            words = null; // « Diplômes » in a list of documents: the diploma
                            if (!docs.containsKey("diploma")) {
                                docs.put("diploma", new DocumentRequirement("diploma", Necessity.REQUIRED, null, null, null));
                                t.evidence(Field.REQUIRED_DOCUMENTS, is, le, "documents.list-item");
                            }
                        }
                        if (words != null && (words.startsWith("list") || words.startsWith("liste"))
                                && itemFold.contains("publication")) {
                            words = "list of publications"; // "A list of your top 2 publications", « Liste des publications »
                        }
                        if (words != null && words.split(" ").length <= 6 && !docs.containsKey("other:" + words)) {
                            docs.put("other:" + words, new DocumentRequirement("other:" + words, Necessity.REQUIRED, null, null, null));
                            t.evidence(Field.REQUIRED_DOCUMENTS, is, le, "documents.list-item");
                        }
                    }
                }
            }
        }
    }

    /** Whether a list item {@code [s, e)} of the folded text also names the references ("A CV with two referees"). */
    private static boolean namesReferences(String f, int s, int e) {
        for (String words : REFERENCE_TERMS) {
            int k = Keywords.indexIn(f, words, s, e);
            if (k >= 0 && Keywords.wordAt(f, k, words)) {
                return true;
            }
        }
        return false;
    }

    /** The lexicon's names of the references. */
    private static final String[] REFERENCE_TERMS = java.util.Arrays.stream(TERMS)
            .filter(t -> t.kind().equals("references")).map(Term::words).toArray(String[]::new);

    /**
     * Where an aside between a list's introduction and its first item ends (a line that is only a web address,
     * or a note in brackets over at most six lines), or -1.
     */
    private static int asideEnd(PostingText t, int p, String line) {
        String l = line.strip();
        if ((l.startsWith("http://") || l.startsWith("https://")) && l.indexOf(' ') < 0) {
            return t.lineEnd(p);
        }
        if (!l.startsWith("(")) {
            return -1;
        }
        int q = p;
        for (int k = 0; k < 6 && q < t.text.length(); k++) {
            int le = t.lineEnd(q);
            String part = t.text.substring(q, le).strip();
            if (part.isEmpty()) {
                return -1;
            }
            if (part.endsWith(")") || part.endsWith(").")) {
                return le;
            }
            q = le + 1;
        }
        return -1;
    }

    /** How many characters of {@code s} are web addresses ("https://…" up to the next space or closing bracket). */
    private static int urlLength(String s) {
        int n = 0;
        for (int i = s.indexOf("http"); i >= 0; i = s.indexOf("http", i + 1)) {
            if (s.startsWith("https://", i) || s.startsWith("http://", i)) {
                int e = i;
                while (e < s.length() && !Character.isWhitespace(s.charAt(e)) && s.charAt(e) != ')' && s.charAt(e) != ']') {
                    e++;
                }
                n += e - i;
                i = e;
            }
        }
        return n;
    }

    /**
     * Where the introductions of lists end: each colon that ends a line, and each line that says "the following"
     * without a colon (its line break), in text order.
     */
    private static List<Integer> listIntroEnds(PostingText t) {
        String f = t.fold;
        java.util.TreeSet<Integer> ends = new java.util.TreeSet<>();
        for (int i = f.indexOf(":\n", t.bodyStart); i >= 0 && ends.size() < 200; i = f.indexOf(":\n", i + 2)) {
            ends.add(i);
        }
        for (String w : FOLLOWING) {
            for (int k : t.hits.of(w)) {
                int le = t.lineEnd(k);
                if (k >= t.bodyStart && le < f.length() && f.charAt(le) == '\n' && (le == 0 || f.charAt(le - 1) != ':')) {
                    int next = le + 1;
                    while (next < f.length() && (f.charAt(next) == '\n' || f.charAt(next) == ' ')) {
                        next++;
                    }
                    if (next < f.length() && ITEM_MARK.matcher(t.text.substring(next, t.lineEnd(next))).find()) {
                        ends.add(le);
                    }
                }
            }
        }
        return new ArrayList<>(ends);
    }

    /** Whether an item of a list of documents (folded) names the diplomas: « Diplômes », « copie des diplômes ». */
    private static final Pattern DIPLOMA_LEVEL = Pattern.compile(
            "(?:master'?s?|bachelor'?s?|phd|doctoral|licence|highest|last|latest|university) (?:diplomas?|degree certificates?)");

    /** Words an item's name may open on that are no part of it ("their master thesis", « leur dernier diplôme »). */
    private static final Pattern OTHER_LEAD = Pattern.compile(
            "^(?:(?:their|your|his|her|his/her|its|our|leur|leurs|votre|vos|son|sa|ses|notre|nos|je|jouw|uw|hun|zijn|haar)\\s+)+");
    /** « leur dernier diplôme », "their last diploma" once the possessive is gone. */
    private static final Pattern LAST_DIPLOMA = Pattern.compile("(?:last|latest|dernier|derniers) (?:diplomas?|diplomes?|degree)");
    /** Names that are no document: a word alone that only points, a subject line's label. */
    private static final java.util.Set<String> OTHER_NOT_NAMES = java.util.Set.of("their", "your", "his", "her", "its",
        "leur", "leurs", "votre", "vos", "output", "other", "others", "autre", "autres", "ander", "andere");

    /**
     * The {@code other:} items made plain: a possessive in front goes, a diploma named so becomes the diploma, a
     * subject line's label (« Objet de l'email ») and a lone pointing word are dropped.
     */
    private static void tidyOthers(Map<String, DocumentRequirement> docs) {
        if (docs.keySet().stream().noneMatch(k -> k.startsWith("other:"))) {
            return;
        }
        Map<String, DocumentRequirement> tidy = new LinkedHashMap<>();
        for (Map.Entry<String, DocumentRequirement> e : docs.entrySet()) {
            String kind = e.getKey();
            if (!kind.startsWith("other:") || kind.endsWith("_profile")) {
                tidy.putIfAbsent(kind, e.getValue());
                continue;
            }
            String words = OTHER_LEAD.matcher(kind.substring(6)).replaceFirst("").strip();
            String folded = TextNormalizer.normalize(words).fold;
            if (words.length() < 3 || OTHER_NOT_NAMES.contains(folded) || folded.startsWith("objet ")
                    || folded.startsWith("subject ") || folded.startsWith("onderwerp ")) {
                continue;
            }
            String now = namesDiplomas(folded) || LAST_DIPLOMA.matcher(folded).matches() ? "diploma" : "other:" + words;
            DocumentRequirement d = e.getValue();
            tidy.putIfAbsent(now, now.equals(kind) ? d
                    : new DocumentRequirement(now, d.necessity(), d.format(), d.length(), d.language()));
        }
        docs.clear();
        docs.putAll(tidy);
    }

    private static boolean namesDiplomas(String item) {
        return item.startsWith("diplom") || item.startsWith("copie des diplom") || item.startsWith("copies des diplom")
                // "master diploma", "bachelor's degree certificate", « diplôme de master »: a diploma named by its level
                || DIPLOMA_LEVEL.matcher(item).matches();
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
        if (term.words().equals("motivatie") || term.words().equals("motivations") || term.words().equals("your motivation")
                || term.words().equals("votre motivation") || term.words().equals("motivation for applying")
                || term.words().equals("ta motivation") || term.words().equals("page motivation")) {
            // « jouw motivatie en CV », "a CV, grades and motivations": a motivation sent beside the CV
            return Keywords.regionContainsAny(f, Math.max(0, i - 60), Math.min(f.length(), i + 60), new String[] {"cv", "resume", "curriculum"});
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
    private static final String[] WHY = {"why", "pourquoi", "waarom", "parlez"};
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
