package org.sillage.importing.extract;

/**
 * What a line at the head of a posting is, before it is weighed as a title: a label that names only the kind of
 * offer (« Offre d'emploi », "Job description", « Vacature »), a date line, a body's letterhead, a line cut open.
 */
final class TitleLines {
    private TitleLines() {
    }

    static final String[] GENERIC = {"poste a pourvoir", "offre d'emploi", "offre de poste", "fiche de poste",
        "job offer", "job description", "vacature", "vacancy", "recrutement", "appel a candidature", "avis de recrutement",
        "job opening", "we're hiring", "we are hiring", "nous recrutons", "on recrute", "annonce", "offre de stage",
        "intitule du poste", "titre du poste", "job title", "position title", "functietitel", "offre de mission",
        "offre de service civique", "proposition de stage", "proposition de these", "sujet de stage", "sujet de these",
        "offres d'emploi", "offres de stage", "vacatures", "job offers", "proposition de sujet de these",
        "internship topic", "internship subject", "internship offer", "internship proposal", "thesis topic", "phd topic",
        "phd offer", "phd proposal", "research topic", "offre de these", "further particulars", "person specification",
        "job description and person specification", "master internship", "master internship proposal",
        "master internship offer", "m2 internship", "m2 internship proposal", "master thesis proposal",
        "proposition de stage de master", "sujet de stage de master", "offre de stage de master",
        "proposition de sujet de master", "sujet de master", "proposition de sujet de stage", "proposition de sujet",
        // « Mission de service civique / « Ambassadeur du tri » »: the kind of offer, then its name
        "mission de service civique", "offre de volontariat", "mission de volontariat", "annonce de recrutement",
        "job advertisement", "job advert", "vacancy announcement", "vacancy notice", "job announcement",
        // a page of openings named as such: « Postes vacants »
        "postes vacants", "poste vacant",
        // "Job Opportunity: Hub Coordinator", « Avis de vacance de poste : … »
        "job opportunity", "job opportunities", "employment opportunity", "career opportunity", "avis de vacance",
        "avis de vacance de poste", "vacance de poste"};
    private static final java.util.Set<String> GENERIC_SET = java.util.Set.of(GENERIC);
    /** The longer generic labels with the space before them, as a body's name then the label ends a line. */
    private static final java.util.Set<String> LONG_GENERIC_AFTER_SPACE = java.util.Arrays.stream(GENERIC)
            .filter(g -> g.length() >= 10).map(g -> " " + g).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Labels that are generic only as a whole line or before its colon (« Intitulé : X », "Job: X"). */
    private static final String[] EXACT_LABELS = {"job", "intitule", "functie", "offre", "poste", "position", "titre",
        // an offer's number alone (« Offre n°252843 », "Job ref. 1234"): its digits are gone when compared
        "offre n", "offre no", "offre no.", "job no.", "job ref.", "job ref", "vacancy no.", "ref.", "reference",
        "vacature nr.", "vacaturenummer"};
    private static final java.util.Set<String> EXACT_SET = java.util.Set.of(EXACT_LABELS);
    /** A line that only dates the posting: "Posted on 2023-10-02", « Publié le 04/11/2024 ». */
    private static final String[] DATE_LINES = {"posted", "publie", "published", "date de publication", "mis en ligne",
        "date :", "date:", "gepubliceerd", "geplaatst"};


    /** Whether {@code fold} opens with a label that names only the kind of offer (« proposition de stage », "job offer"). */
    static boolean startsGeneric(String fold) {
        return Keywords.startsWithAny(fold, 0, GENERIC);
    }

    /** The label of a letter's subject line. */
    static final java.util.Set<String> LETTER_SUBJECTS = java.util.Set.of("objet", "subject", "betreft", "onderwerp", "re", "concerne");
    static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}0-9-]+");
    private static final String[] BODY_HEADS = {"centre ", "center ", "maison ", "laboratoire ", "laboratory ", "institut ",
        "institute ", "universite ", "university ", "association ", "fondation ", "foundation ", "ecole ", "musee ",
        "museum ", "conservatoire ", "federation ", "societe ", "stichting ", "vereniging ", "departement ", "department "};
    private static final String[] JOB_WORDS = {"charge", "assistant", "ingenieur", "engineer", "stag", "intern", "direct",
        "responsable", "coordinat", "animat", "technicien", "chercheur", "research", "postdoc", "these", "phd", "doctora",
        "manager", "officer", "developpeur", "developer", "poste", "position", "job", "emploi", "medewerker", "h/f", "f/h"};

    /**
     * The letterhead of a PDF set large at the top of page 1 (« CENTRE DE RECHERCHE EN MYOLOGIE », « Maison du
     * Théâtre de Brest »): a body's name and no word of a job, so the organisation, not the title.
     */
    static boolean namesABody(String lineFold) {
        String f = lineFold.strip();
        for (String head : BODY_HEADS) {
            if (f.startsWith(head)) {
                return !Keywords.containsAny(f, JOB_WORDS);
            }
        }
        for (String tail : BODY_TAILS) {
            if (f.endsWith(tail) && f.length() > tail.length() + 2) {
                return !Keywords.containsAny(f, JOB_WORDS); // « ARAMIS LAB », "Smith Research Group": a letterhead
            }
        }
        return false;
    }

    /** The last word of a body's name: "… Lab", « … Laboratoire », "… Research Group". */
    private static final String[] BODY_TAILS = {" lab", " labs", " laboratory", " laboratoire", " research group",
        " institute", " institut",
        // "CHARLENE SECONDARY SCHOOL", "Riverside Community College", "St Mary's Hospital"
        " school", " college", " hospital", " foundation", " association"};

    /** A line cut in the middle of a phrase: it ends with a function word or a dash. */
    static boolean endsOpen(String f, int s, int e) {
        String l = f.substring(s, e).strip();
        for (String w : new String[] {" de", " du", " des", " d'", " la", " le", " et", " of", " the", " and", " for",
            " a", " au", " en", " in", " van", " voor", " -", " –", ",", " pour", " dans", " sur", " aux", " l'"}) {
            if (l.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean isDateLine(String lineFold) {
        for (String d : DATE_LINES) {
            if (lineFold.startsWith(d)) {
                return true;
            }
        }
        return false;
    }

    /** Position of the first spaced dash (" - ", " – ", " — ") on the line, or -1. */
    static int dashIn(String text, int s, int e) {
        for (int k = s + 1; k + 2 < e; k++) {
            char c = text.charAt(k);
            if ((c == '-' || c == '–' || c == '—') && text.charAt(k - 1) == ' ' && text.charAt(k + 1) == ' ') {
                return k - 1;
            }
        }
        return -1;
    }

    /** « Profil recherché », « Poste recherché »: a participle, not a recruiter's verb. */
    static boolean participle(PostingText t, int s, int e) {
        String line = t.text.substring(s, e).toLowerCase(java.util.Locale.ROOT);
        return line.contains("recherché") || line.contains("cherché") || line.contains("recruté");
    }

    static boolean isGeneric(String lineFold) {
        return isGeneric(lineFold, true);
    }

    /** A label that opens with a generic one: « Sujet de stage Master 2 », "Job offer 2024". */
    static boolean opensWithGeneric(String lineFold) {
        if (isGeneric(lineFold)) {
            return true;
        }
        for (String g : GENERIC) {
            if (lineFold.startsWith(g) && (lineFold.length() == g.length() || lineFold.charAt(g.length()) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** A label, not a title; with {@code sections}, section names ("Requirements", « Contexte ») count too. */
    static boolean isGeneric(String lineFold, boolean sections) {
        // the last dash, when it stands in the first 16 chars (none stands further on)
        boolean dashLater = lineFold.indexOf(" - ", 16) >= 0 || lineFold.indexOf(" – ", 16) >= 0;
        int lastDash = dashLater ? -1 : Math.max(lineFold.lastIndexOf(" - ", 15), lineFold.lastIndexOf(" – ", 15));
        if (lastDash > 0 && lastDash < 16 && GENERIC_SET.contains(lineFold.substring(lastDash + 3).strip())) {
            return true; // "VDAB - Vacature": the site, then the label
        }
        // the line's words, its marks, digits and pictographs made spaces; a long line is given up as soon as it
        // can be no label: longer than any, three letters or more, and (for sections) a word no label has
        StringBuilder b = new StringBuilder(Math.min(lineFold.length(), LONGEST_LABEL + 2));
        int letters = 0;
        int wordStart = 0;
        boolean labelWords = sections;
        for (int k = 0; k < lineFold.length(); k++) {
            char c = lineFold.charAt(k);
            boolean letter = c < 128 ? ASCII_LETTER[c] : Character.isLetter(c); // (a letter is none of the marks below)
            if (c < 128 ? ASCII_MARK[c] : !letter && isMark(c)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    labelWords = labelWords && labelWord(b, wordStart);
                    b.append(' ');
                    wordStart = b.length();
                }
            } else {
                if (c == '\'') {
                    labelWords = labelWords && labelWord(b, wordStart);
                    wordStart = b.length() + 1;
                }
                b.append(c);
                if (letter) {
                    letters++;
                }
            }
            if (!labelWords && letters >= 3 && b.length() > LONGEST_LABEL + 1 && !startsWith(b, "[image")) {
                return false;
            }
        }
        String s = b.toString().strip();
        if (EXACT_SET.contains(s)) {
            return true;
        }
        if (letters < 3) {
            return true; // "1/3", "12/03/2024": not a title
        }
        if (s.isEmpty() || s.startsWith("[image")) {
            return true;
        }
        if (GENERIC_SET.contains(s)) {
            return true;
        }
        // (each space in the first 30 chars is where such a label could start: looked up, not every label compared)
        for (int p = s.indexOf(' '); p >= 0 && p < 30; p = s.indexOf(' ', p + 1)) {
            if (LONG_GENERIC_AFTER_SPACE.contains(s.substring(p))
                    && !JobNames.namesAJob(" " + s.substring(0, p + 1))) {
                return true; // « Lab Learning Fiche de poste »: the body's name, then the label
            }
        }
        if (!sections) {
            return false;
        }
        // "Vacatures", "Offres d'emploi", "Work for us", "Proposition de stage 2025", "Contexte du recrutement et
        // définition de poste": a line made only of the words of a posting's labels and section names
        // the words between spaces and apostrophes (a split by a pattern took a tenth of this method's time)
        int start = 0;
        for (int k = 0; k <= s.length(); k++) {
            if (k == s.length() || s.charAt(k) == ' ' || s.charAt(k) == '\'') {
                if (k > start && !LABEL_VOCABULARY.contains(s.substring(start, k))) {
                    return false;
                }
                start = k + 1;
            }
        }
        return true;
    }

    /** The longest generic label: a line longer than it equals none. */
    private static final int LONGEST_LABEL = java.util.stream.Stream.concat(java.util.Arrays.stream(GENERIC),
            java.util.Arrays.stream(EXACT_LABELS)).mapToInt(String::length).max().orElse(0);

    /** Whether the word of {@code b} from {@code from} to its end is empty or a word of labels and section names. */
    /** A mark that separates a label's words: punctuation of headings, a space, a digit, a pictograph. */
    private static boolean isMark(char c) {
        return "#*_:!-–|/()".indexOf(c) >= 0 || Character.isWhitespace(c) || Character.isSurrogate(c)
                || Character.getType(c) == Character.OTHER_SYMBOL || Character.isDigit(c);
    }

    /** The two tests above for the ASCII chars, read from tables (most of a line's chars). */
    private static final boolean[] ASCII_LETTER = new boolean[128];
    private static final boolean[] ASCII_MARK = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LETTER[c] = Character.isLetter(c);
            ASCII_MARK[c] = !ASCII_LETTER[c] && isMark(c);
        }
    }

    private static boolean labelWord(StringBuilder b, int from) {
        return from >= b.length() || LABEL_VOCABULARY.contains(b.substring(from));
    }

    private static boolean startsWith(StringBuilder b, String prefix) {
        if (b.length() < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b.charAt(i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> LABEL_VOCABULARY = new java.util.HashSet<>(java.util.Arrays.asList(
        "offre", "offres", "d", "emploi", "emplois", "de", "du", "des", "la", "le", "les", "et", "l", "vacature",
        "vacatures", "vacancy", "vacancies", "job", "jobs", "careers", "career", "carrieres", "recrutement",
        "vacant", "vacants", "vacante", "vacantes",
        "recrutements", "stage", "stages", "proposition", "propositions", "sujet", "work", "for", "us", "join", "our",
        "team", "open", "positions", "position", "opening", "openings", "we", "are", "hiring", "nous", "recrutons",
        "contexte", "definition", "poste", "postes", "description", "presentation", "annonce", "annonces", "avis",
        "appel", "a", "candidature", "candidatures", "werken", "bij", "ons", "en", "new", "nouvelle", "nouveau",
        "actualites", "news", "opportunity", "opportunities", "the", "to", "of", "at", "in", "mission", "missions",
        "context", "wij", "zoeken", "equipe", "internship", "internships", "posting", "postings", "back", "all",
        "responsabilites", "responsibilities", "requirements", "profil", "profile", "recherche", "about", "role",
        "these", "thesis", "phd", "doctorat", "doctoral", "postdoc", "sujets", "summary", "overview", "introduction",
        "samenvatting", "resume", "sommaire", "informations", "information", "generales", "general", "generale",
        "algemeen", "algemene", "informatie", "details", "detail", "proposal", "proposals",
        // « Stage M2 Recherche », « Stage M2/Fin d'étude »: the kind of offer, not its title (not "Master": « Master 2 – PFE … »)
        "m", "fin", "etude", "etudes",
        // a section's own heading, never a job's title ("Salary", « Rémunération », "Skills")
        "salary", "salaire", "remuneration", "benefits", "avantages", "contact", "contacts", "qualifications", "skills",
        "competences", "duration", "duree", "localisation", "location", "lieu", "salaris", "arbeidsvoorwaarden",
        // « Contexte et atouts du poste », « Contexte et enjeux », « Nous rejoindre »
        "atouts", "enjeux", "rejoindre"));

    /** A line that ends on a colon (markup aside) announces what follows: « Date posted: », « Profil recherché : ». */
    static boolean endsOnColon(String lf) {
        int k = lf.length();
        while (k > 0 && " *_\t".indexOf(lf.charAt(k - 1)) >= 0) {
            k--;
        }
        return k > 0 && lf.charAt(k - 1) == ':';
    }

    /** « La MJC de Lomme recrute. »: a line whose sentence ends there names no job on the next line. */
    static boolean endsASentence(String fold, int s, int e) {
        int k = e;
        while (k > s && Character.isWhitespace(fold.charAt(k - 1))) {
            k--;
        }
        return k > s && (fold.charAt(k - 1) == '.' || fold.charAt(k - 1) == '!');
    }

    /** Past the article that opens the job's name (« un ou une », « une », "a", "an"), when one does. */
    static int skipArticle(PostingText t, int s, int e) {
        String f = t.fold;
        for (String a : new String[] {"un ou une ", "un.e ", "un·e ", "un(e) ", "une ", "un ", "des ", "a ", "an "}) {
            if (f.startsWith(a, s) && s + a.length() < e) {
                return s + a.length();
            }
        }
        return s;
    }

    /** Whether {@code f[s, e)}, stripped, is one of {@code words}. */
    static boolean strippedIs(String f, int s, int e, String... words) {
        while (s < e && Character.isWhitespace(f.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(f.charAt(e - 1))) {
            e--;
        }
        for (String w : words) {
            if (e - s == w.length() && f.startsWith(w, s)) {
                return true;
            }
        }
        return false;
    }

    /** A message's number and its sender's name: « 15 Dominik Wujastyk », « 76 Jan E.M. Houben ». */
    private static final java.util.regex.Pattern NUMBERED_NAME = java.util.regex.Pattern.compile(
            "\\d{1,6} \\p{Lu}[\\p{L}'.-]*(?: \\p{Lu}[\\p{L}'.-]*){1,3}");

    /**
     * A front-matter title that is a number then a person's name: a mailing list's archive names each message by
     * its number and its sender, and the job is in the message.
     */
    static boolean numberedName(PostingText t, PostingText.Meta title) {
        String v = title.value().strip();
        return NUMBERED_NAME.matcher(v).matches()
                && !JobNames.namesAJob(" " + t.fold.substring(title.start(), title.end()).strip() + " ");
    }
}
