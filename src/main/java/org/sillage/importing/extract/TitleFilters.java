package org.sillage.importing.extract;

/**
 * What {@link TitleRule} never takes for a job's title, whatever its place: a sentence, a section's heading (« Vos
 * missions », "About fileAI"), another field's label and its value (« Lieu : Lyon »), a site's breadcrumb, a start or
 * a date alone, a line of pay, a picture's name.
 */
final class TitleFilters {
    private TitleFilters() {
    }

    private static final java.util.Set<String> PICTURE_WORDS = java.util.Set.of("logo", "image", "photo", "banner",
        "banniere", "illustration", "figure");

    /** A line that opens on an amount of pay: "£23,000 - £25,000 per annum", « 2 100 € brut mensuel ». */
    private static final java.util.regex.Pattern PAY_LINE = java.util.regex.Pattern.compile(
            "[£$€]\\s?\\d|\\d[\\d.,  ]*\\s?(?:k?€|£|\\$|euros?\\b|eur\\b|chf\\b)");

    /**
     * Not a title: a posting's date ("Juillet 2020", « 12 mars 2024 », "2025"), a picture's name ("logo") or a number: what
     * the first lines of a PDF often hold, a sentence, a section's heading, a
     * label and its value, a breadcrumb, a start or a date alone.
     */
    static boolean notATitle(String v) {
        return notATitle(TextNormalizer.normalize(v).fold.strip(), true);
    }

    /** {@link #notATitle(String)} of a value already folded and stripped. */
    static boolean notATitle(String f, boolean folded) {
        if (PICTURE_WORDS.contains(f) || noLetter(f)) {
            return true;
        }
        if (isSentence(f) || fieldLabelled(f) || sectionHeading(f) || PAY_LINE.matcher(f).lookingAt()) {
            return true;
        }
        if (aboutABody(f)) {
            return true; // "About fileAI", « À propos de Horizons »: a section about the body, not the job
        }
        int paren = f.indexOf(" (");
        if (paren > 0 && f.endsWith(")") && sectionHeading(f.substring(0, paren))) {
            return true; // "Job Description (as per listing)"
        }
        if (breadcrumb(f)) {
            return true; // "Home > Jobs > Senior Developer": where the page sits in its site
        }
        if (START_VALUE.matcher(f).matches()) {
            return true; // « Poste à pourvoir : immédiatement », "Position available: ASAP": when, not what
        }
        int k = 0;
        while (k < f.length() && !Character.isLetterOrDigit(f.charAt(k))) {
            k++;
        }
        DateGrammar.DateMatch d = DateGrammar.parseAt(f, k, DateGrammar.Order.DAY_FIRST);
        if (d == null) {
            // "lundi 12 mars 2024": a weekday first
            int sp = f.indexOf(' ', k);
            d = sp > 0 && sp - k <= 9 ? DateGrammar.parseAt(f, sp + 1, DateGrammar.Order.DAY_FIRST) : null;
        }
        return d != null && DATE_TAIL.matcher(f).region(d.end(), f.length()).matches();
    }

    /** "About fileAI", « À propos de Horizons », « Over Horizons »: a heading about a body, of three words at most after its opening. */
    private static boolean aboutABody(String f) {
        String rest = f.startsWith("about ") ? f.substring(6) : f.startsWith("a propos de ") ? f.substring(12)
                : f.startsWith("a propos d'") ? f.substring(11) : f.startsWith("over ") ? f.substring(5) : null;
        return rest != null && !rest.isBlank() && breakRuns(rest.strip()) <= 2 && !JobNames.namesAJob(" " + rest + " ");
    }

    /** A site's breadcrumb: two " > " or " › " steps, or one from the home page. */
    private static boolean breadcrumb(String f) {
        int steps = 0;
        for (String step : new String[] {" > ", " › "}) {
            for (int k = f.indexOf(step); k >= 0 && steps < 2; k = f.indexOf(step, k + 1)) {
                steps++;
            }
        }
        return steps >= 2 || (f.startsWith("home >") || f.startsWith("accueil >") || f.startsWith("home ›")
                || f.startsWith("accueil ›"));
    }

    /** A start given as the whole value: « immédiatement », « dès que possible », "as soon as possible". */
    private static final java.util.regex.Pattern START_VALUE = java.util.regex.Pattern.compile(
            "(?:des que possible|au plus vite|au plus tot|as soon as possible|asap|zo snel mogelijk|zsm|immediatement"
            + "|immediately|immediate|per direct|per omgaande|de suite|tout de suite)[\\s.!,;:]*");

    /** What may follow a date that is the whole line: spaces and punctuation. */
    private static final java.util.regex.Pattern DATE_TAIL = java.util.regex.Pattern.compile("[\\s.,:;–\\\\-]*");

    /** The headings of a posting's parts, never its title: « Over de functie », "About the role", « Vos missions ». */
    private static final java.util.Set<String> SECTION_HEADINGS = java.util.Set.of(
        "description du poste", "descriptif du poste", "le poste", "missions", "vos missions", "missions principales",
        "profil", "profil recherche", "votre profil", "qui sommes-nous", "qui sommes nous", "a propos", "a propos de nous",
        "contexte", "competences", "avantages", "nous offrons", "modalites de candidature", "pour postuler",
        "informations complementaires", "about the role", "about the job", "about us", "about the position",
        "job description", "position description", "responsibilities", "key responsibilities", "duties", "requirements",
        "qualifications", "your profile", "who we are", "what you'll do", "what you will do", "what we offer", "benefits",
        "how to apply", "project activities", "the role", "overview", "over de functie", "over ons", "functieomschrijving",
        "wat ga je doen", "wie zoeken wij", "wie ben jij", "wat bieden wij", "wat wij bieden", "jouw profiel",
        "functie-eisen", "taken", "werkzaamheden", "solliciteren", "over de organisatie", "de functie",
        "functie omschrijving", "functie-omschrijving", "functiebeschrijving", "wij vragen", "wat vragen wij",
        "wij bieden", "ons aanbod", "arbeidsvoorwaarden", "jouw taken", "wie zijn wij",
        // "JOB PURPOSE-", "Role Purpose", "Company Description", "Job Summary"
        "job purpose", "role purpose", "purpose of the role", "purpose of the job", "company description",
        "job summary", "position summary", "role summary", "summary", "essential job results", "main purpose of the job");

    private static boolean sectionHeading(String f) {
        int e = f.length();
        while (e > 0 && !Character.isLetter(f.charAt(e - 1))) {
            e--;
        }
        int b = 0;
        while (b < e && !Character.isLetter(f.charAt(b))) {
            b++;
        }
        return e - b <= 40 && SECTION_HEADINGS.contains(f.substring(b, e));
    }

    private static boolean noLetter(String f) {
        for (int i = 0; i < f.length(); i++) {
            if (Character.isLetter(f.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static final String[] FIELD_LABELS = {"date", "deadline", "lieu", "location", "localisation", "adresse",
        "address", "salaire", "salary", "remuneration", "contrat", "contract", "duree", "duration", "horaires", "hours",
        "start", "debut", "plaats", "standplaats", "locatie", "werkplek", "contact", "candidature", "modalite"};

    private static final java.util.regex.Pattern NOT_LABEL_CHAR = java.util.regex.Pattern.compile("[^\\p{L}' -]");

    /** « Lieu d'affectation : Lyon », "Location: Leeds", « Date limite : 3 mai »: another field's label and value. */
    static boolean fieldLabelled(String f) {
        int colon = f.indexOf(':');
        if (colon <= 0 || colon > 40) {
            return false;
        }
        String label = NOT_LABEL_CHAR.matcher(f.substring(0, colon)).replaceAll(" ").strip();
        String[] words = Split.at(label, c -> c == ' ');
        if (label.isEmpty() || words.length > 5) {
            return false;
        }
        String first = words[0];
        for (String l : FIELD_LABELS) {
            if (first.equals(l)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern TWO_SENTENCES = java.util.regex.Pattern.compile(
            "(?<!\\bprof|\\betc|\\bapprox|\\bdept)(?<=[a-z]{3})[.?!] +\\p{L}");
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,}");
    /** « Piloter, coordonner … », « Animer les ateliers », « Mettre en œuvre … »: a task, not a job. */
    private static final java.util.regex.Pattern INFINITIVE_FIRST = java.util.regex.Pattern.compile(
            "^[a-z]{3,}(?:er|ir|re), [a-z]{3,}(?:er|ir|re)\\b.*|^[a-z]{3,}(?:er|ir|re) (?:la|le|les|des|un|une|en (?:oeuvre|œuvre|place)) .*|^[a-z]{3,}(?:er|ir|re) l'.*");
    private static final java.util.Set<String> OPEN_ENDS = java.util.Set.of("de", "du", "des", "la", "le", "les", "et",
        "of", "the", "and", "to", "a", "au", "aux", "pour", "par", "van", "een", "het");
    /** The words that open a clause, never a title's last: « Vooral mensen die », "People who", « Ceux qui ». */
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("die", "dat", "who", "which", "that",
        "whose", "qui", "que", "dont", "lesquels", "welke", "wie");

    /**
     * A sentence, not a title: an address or a link in it, a question, two sentences, a line cut after a function
     * word (« … a pour principaux objectifs de »), or a task that opens on an infinitive (« Piloter, coordonner
     * et suivre les chantiers », « Mettre en œuvre la stratégie »).
     */
    static boolean isSentence(String f) {
        if (f.indexOf('@') >= 0 && EMAIL.matcher(f).find() || f.contains("http") || f.contains("?")
                || (f.contains(". ") || f.contains("! ")) && TWO_SENTENCES.matcher(f).find()) {
            return true;
        }
        int runs = breakRuns(f);
        if (runs < 2) {
            return false; // two words or fewer: no test below can hold
        }
        int words = Split.count(f, Split.SPACE_OR_PUNCTUATION); // (counted, not split: only the ends are read)
        String lastWord = words >= 3 ? Split.last(f, Split.SPACE_OR_PUNCTUATION) : null;
        if (words >= 3 && CLAUSE_OPENERS.contains(lastWord)) {
            return true; // a line cut inside a sentence, before its clause
        }
        if (runs < 4) {
            return false; // four words or fewer: neither test below can hold
        }
        if (words >= 6 && OPEN_ENDS.contains(lastWord)) {
            return true;
        }
        if (words >= 5 && INFINITIVE_FIRST.matcher(f).matches() && !f.startsWith("manager") && !f.startsWith("designer")
                && !f.startsWith("developer") && !f.startsWith("officer") && !f.startsWith("member")) {
            String w = Split.at(f, Split.SPACE_OR_PUNCTUATION)[0];
            return !w.endsWith("aire") && !w.endsWith("ier");
        }
        return false;
    }


    /** How many runs of spaces, commas, semicolons and colons {@code f} holds (its words number one more at most). */
    private static int breakRuns(String f) {
        int runs = 0;
        boolean in = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            boolean br = c == ' ' || c == ',' || c == ';' || c == ':' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (br && !in) {
                runs++;
            }
            in = br;
        }
        return runs;
    }
}
