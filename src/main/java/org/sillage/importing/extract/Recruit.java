package org.sillage.importing.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The « X recrute un(e) Y » / "X is hiring a Y" / "X zoekt een Y" sentence: organisation X, job Y. */
final class Recruit {

    /** Spans in the searched string; {@code orgStart < 0} when no organisation is named. */
    record Match(int orgStart, int orgEnd, int jobStart, int jobEnd) {
    }

    private static final Pattern VERB = Pattern.compile(
            "(?<![a-z])(?:recrute|recrutent|recrutons|recherche|recherchent|recherchons|cherche|cherchent|cherchons|is hiring|are hiring|recruits|"
            // "We are now looking for a …", "X is currently seeking a …": an adverb between the auxiliary and the verb
            + "(?:is|are)(?: now| currently| actively| also| still)+ (?:hiring|recruiting|looking for|seeking)|"
            + "is recruiting|is looking for|are looking for|is seeking|are seeking|seeks|zoekt|zoeken|werft)"
            + "(?![a-z])[ :]*(?:(?:to hire|to recruit|to appoint|one or more|one or two|full-time or part-time|part-time or full-time"
            + "|full-time|part-time|good|talented|motivated|passionate|experienced|enthusiastic|self-motivated|highly|dedicated"
            // "an enthusiastic and self-motivated early-career researcher": the praise, then the job
            + "|driven|curious|energetic|bright|and|or|d'une?|d'un[.·-]e|d'un\\(e\\)|un ou une|une ou un|un/une|une/un|un\\.e|un·e|un-e|un\\(e\\)|une|un|des|a|an|een|two|deux|plusieurs|"
            + "several|son/sa|sa/son|son ou sa|sa ou son|son|sa|ses|its|their|notre|nos|our|nouveau|nouvelle|new|futur(?:[.·-]e|\\(e\\)|e)?|prochain(?:[.·-]e|\\(e\\)|e)?|next)(?![a-z])[ *_]*)*");
    /** Room before the first verb word for its auxiliary and an adverb ("are currently looking for"). */
    private static final int ADVERB_ROOM = 4 + " currently actively".length();
    private static final String[] VERB_STARTS = {"recru", "recherch", "cherch", "hiring", "looking for", "seeking", "seeks",
        "zoek", "werft"};
    private static final String[] JOB_END = {" a partir", " pour ", " afin ", " qui ", "!", " au sein", " dans le cadre",
        " starting", " to join", " pour rejoindre", " en vue", " h/f", " (h/f)", " - ", " – ", ". ", " en cdi", " en cdd",
        " to help", " who ", " with ", " voor ", " om ", " die ", " dat ", " in ons ", " in het ", " for our ", " pour son ",
        " pour sa ", " pour ses ", " (m/v/x)", " (m/f/x)", " (f/h)", " (h/f/x)", " en contrat ", " (cdd", " (cdi", " op zoek", " met een ",
        " to support", " to lead", " to build", " to coordinate", " to manage", " to develop", " to work", " to drive",
        " to oversee", " to strengthen", " to grow", " to run", " to be "};
    private static final Pattern ARTICLE = Pattern.compile(
            "(?:un ou une|une ou un|un/une|une/un|un\\.e|un·e|un-e|un\\(e\\)|une|un|des|a|an|een|two|deux|plusieurs|several|"
            + "nouveau|nouvelle|new)(?![a-z])[ *_:]*");

    private Recruit() {
    }

    /** Whether a possessive « 's » ends a word in {@code fold[from, to)}. */
    private static boolean possessiveWithin(String fold, int from, int to) {
        for (int k = from; k + 1 < Math.min(to, fold.length()); k++) {
            char c = fold.charAt(k);
            if ((c == '\'' || c == '’') && fold.charAt(k + 1) == 's' && (k + 2 == fold.length() || !Character.isLetter(fold.charAt(k + 2)))
                    && k > from && Character.isLetter(fold.charAt(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** What stands between who recruits and « recherche » in « X est à la recherche d'un(e) Y ». */
    private static final String[] AT_THE_SEARCH = {" est a la", " sont a la", " est activement a la", " est toujours a la"};

    /** The length of the {@link #AT_THE_SEARCH} words ending at {@code end} (spaces before {@code end} aside), or 0. */
    private static int atTheSearch(String fold, int from, int end) {
        int e = end;
        while (e > from && fold.charAt(e - 1) == ' ') {
            e--;
        }
        for (String being : AT_THE_SEARCH) {
            if (e - being.length() > from && fold.startsWith(being, e - being.length())) {
                return end - (e - being.length());
            }
        }
        return 0;
    }

    /** What a French sentence may put between « recrute » and the job (« recrute pour son service AEMO un … »). */
    private static final String[] LEAD_INS = {"pour ", "par ", "dans ", "au sein ", "actuellement ", "activement ",
        "sur ", "en cdi ", "en cdd ", "en contrat "};
    /** The same in Dutch: « per 1 mei », « met ingang van », « op korte termijn », « voor onze afdeling X ». */
    private static final String[] DUTCH_LEAD_INS = {"per ", "met ingang van ", "m.i.v. ", "op korte termijn ", "vanaf ",
        "voor onze ", "voor ons ", "voor de ", "voor het ", "ter versterking van "};
    private static final Pattern DUTCH_ARTICLE = Pattern.compile("(?<![\\p{L}])(?:een|twee|drie|enkele)(?![\\p{L}])[ *_:]*");
    private static final Pattern FRENCH_ARTICLE = Pattern.compile(
            "(?<![\\p{L}])(?:un ou une|une ou un|un/une|une/un|un\\.e|un·e|un-e|un\\(e\\)|une|un|des|deux|plusieurs)(?![\\p{L}])[ *_:]*");

    /**
     * Where the job starts after the verb: past a lead-in (« par voie statutaire ou contractuelle », « pour son
     * service AEMO », « en CDI ») up to its article, when an article follows within a few words.
     */
    private static int afterLeadIn(String fold, int at, int to) {
        for (String lead : DUTCH_LEAD_INS) {
            if (fold.startsWith(lead, at)) {
                // « zoekt per 1 mei een medewerker », « zoekt op korte termijn een … »
                Matcher a = DUTCH_ARTICLE.matcher(fold).region(at + lead.length(), Math.min(to, at + 70));
                return a.find() && a.end() < to ? a.end() : at;
            }
        }
        for (String lead : LEAD_INS) {
            if (fold.startsWith(lead, at)) {
                Matcher a = FRENCH_ARTICLE.matcher(fold).region(at + lead.length(), Math.min(to, at + 80));
                if (a.find() && a.end() < to && Keywords.onlyChars(fold, at, a.start(),
                        " abcdefghijklmnopqrstuvwxyz'-0123456789")) {
                    return a.end();
                }
                return at;
            }
        }
        return at;
    }

    /** Before a place or a body's name: what follows is their object, not the one who recruits. */
    private static final java.util.Set<String> PLACE_PREPOSITIONS =
            java.util.Set.of("of", "van", "for", "voor", "in", "te", "at", "a", "bij", "near", "nabij", "from", "uit");

    /** The word of letters that ends, spaces aside, at {@code end}: {start, end}, empty when none (not before {@code from}). */
    private static int[] wordBefore(String fold, int end, int from) {
        int e = end;
        while (e > from && fold.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > from && Character.isLetter(fold.charAt(b - 1))) {
            b--;
        }
        return new int[] {b, e};
    }

    /** Whether the word at {@code w} is in small letters and not a unit: a preposition after it starts an object. */
    private static boolean smallNotUnit(String text, String fold, int[] w) {
        return w[0] < w[1] && Character.isLowerCase(text.charAt(w[0])) && !UNIT_WORDS.contains(fold.substring(w[0], w[1]));
    }

    /**
     * Whether the name at {@code nameStart} is the object of a preposition that follows a small word (« la rand van
     * Zwolle », "the outskirts of Leeds"): a place or a part, not who recruits.
     */
    static boolean afterSmallPreposition(String text, String fold, int nameStart, int from) {
        int[] preposition = wordBefore(fold, nameStart, from);
        return preposition[0] < preposition[1]
                && PLACE_PREPOSITIONS.contains(fold.substring(preposition[0], preposition[1]))
                && smallNotUnit(text, fold, wordBefore(fold, preposition[0], from));
    }

    /** A unit of a body before « of »/« van »: "the Honnay lab of KU Leuven" is hired by KU Leuven all the same. */
    private static final java.util.Set<String> UNIT_WORDS = java.util.Set.of("lab", "labs", "laboratory", "group",
            "team", "department", "school", "faculty", "unit", "chair", "centre", "center", "institute", "division",
            "office", "section", "service", "equipe", "laboratoire", "afdeling", "vakgroep", "groep", "leerstoel",
            "onderzoeksgroep", "program", "programme", "project");

    /** Looks in {@code fold[from, to)} (one line or sentence). */
    static Match find(String text, String fold, int from, int to) {
        // the pattern runs only from the first verb-like word on
        int verb = Keywords.firstIndex(fold, from, to, VERB_STARTS);
        if (verb < 0) {
            return null;
        }
        // "is hiring", "are looking for", "is recruiting": the auxiliary stands before the word found
        Matcher m = VERB.matcher(fold).region(Math.max(from, verb - ADVERB_ROOM), to);
        boolean found = m.find();
        while (found && (noun(fold, from, m.start()) || participle(text, m.start(), m.end()))) {
            found = m.find(); // « Centre de recherche en … »: the noun, not the verb; « Profil recherché »: the participle
        }
        if (!found) {
            return null;
        }
        int jobStart = afterLeadIn(fold, m.end(), to);
        int jobEnd = to;
        for (String end : JOB_END) {
            int k = Keywords.indexIn(fold, end, jobStart, jobEnd);
            if (k >= 0 && k < jobEnd) {
                jobEnd = k;
            }
        }
        int forA = Keywords.indexIn(fold, " for ", jobStart, jobEnd);
        if (forA > jobStart && possessiveWithin(fold, forA + 5, Math.min(jobEnd, forA + 50))) {
            jobEnd = forA; // "a Technology Exploration Trainee for OP Financial Group's innovation unit": whose unit, not the job
        }
        if (subjectAfterVerb(fold, m.start(), to)) {
            // « Zo zoeken we leiding », « Momenteel zoeken wij een … »: the subject follows the verb, and the word
            // before it is an adverb, not who recruits
            return new Match(-1, m.start(), jobStart, Math.max(jobStart, jobEnd));
        }
        int orgEnd = m.start();
        while (orgEnd > from && (fold.charAt(orgEnd - 1) == ' ' || fold.charAt(orgEnd - 1) == '*')) {
            orgEnd--;
        }
        orgEnd -= atTheSearch(fold, from, orgEnd); // « Territoires est à la recherche d'un … »: who is, before « est à la »
        orgEnd = beforeApposition(fold, from, orgEnd);
        if (orgEnd > from + 1 && fold.charAt(orgEnd - 1) == ',' && fold.charAt(orgEnd - 2) == ')') {
            orgEnd--; // « Le Centre Municipal de Santé de Capestang (34310), recherche »
        }
        if (orgEnd > from && fold.charAt(orgEnd - 1) == ')') {
            // "The Odyssey team (Inria, Ifremer & IMT Atlantique, France) is seeking": who recruits stands before the
            // brackets, which say what it is made of
            int open = fold.lastIndexOf('(', orgEnd - 1);
            String inside = open < 0 ? "" : fold.substring(open, orgEnd);
            // (an acronym in brackets, « Centre … pour l'Environnement (CPIE) recrute », is part of the name; a
            // place's postcode, « (St Pons de Thomières 34 220) », says where it is)
            if (open > from && orgEnd - open <= 120 && (inside.contains(",") || inside.contains("&") || inside.contains(" and ")
                    || inside.chars().anyMatch(c -> c >= '0' && c <= '9'))) {
                orgEnd = open;
                while (orgEnd > from && fold.charAt(orgEnd - 1) == ' ') {
                    orgEnd--;
                }
            }
        }
        // the organisation: the capitalised words just before the verb
        int orgStart = orgEnd;
        int words = 0;
        int k = orgEnd;
        boolean lowerCaseBody = false; // (a body named in lower case is read back to its kind's word, nine words at most)
        while (k > from && words < (lowerCaseBody ? 9 : 6)) {
            int we = k;
            while (k > from && fold.charAt(k - 1) != ' ' && fold.charAt(k - 1) != '#' && fold.charAt(k - 1) != '*'
                    && fold.charAt(k - 1) != '>' && fold.charAt(k - 1) != '_') { // (« <em>Polymny Studio recrute »: a tag's end)
                k--;
            }
            if (k == we) {
                break;
            }
            char first = text.charAt(k);
            String w = fold.substring(k, we);
            boolean joiner = w.equals("de") || w.equals("du") || w.equals("des") || w.equals("la") || w.equals("-") || w.equals("et")
                    || w.equals("&") || w.equals("l'") || w.startsWith("d'") || w.startsWith("l'");
            if (!joiner && !isPronoun(w) && PLACE_PREPOSITIONS.contains(w) && words > 0) {
                // "University of Leeds is hiring" goes on; « onze school in het buitengebied van Vorden zoekt »:
                // the capitalised words are the object of a preposition, not who recruits
                int[] before = wordBefore(fold, k, from);
                if (smallNotUnit(text, fold, before)) {
                    return new Match(-1, orgEnd, jobStart, Math.max(jobStart, jobEnd));
                }
                joiner = before[0] < before[1];
            }
            if (!joiner && Character.isLowerCase(first) && words > 0 && bodyBefore(text, fold, k, from)) {
                joiner = true; // « Le Centre social Nord Lille-Est recherche »: a body's word and its adjective
            }
            if (!joiner && Character.isLowerCase(first) && words > 0 && lowerCaseBodyAhead(fold, k, from)) {
                joiner = true; // « La maison de santé pluriprofessionnelle de Magalas recherche »: a body named in lower case
                lowerCaseBody = true;
            }
            if (!(Character.isUpperCase(first) || Character.isDigit(first) || joiner) || isPronoun(w)) {
                break;
            }
            orgStart = k;
            words++;
            while (k > from && fold.charAt(k - 1) == ' ') {
                k--;
            }
        }
        if (orgEnd - orgStart > 4 && fold.startsWith("the ", orgStart)) {
            orgStart += 4; // "The Institute of Coastal Studies is hiring": the name, without its article
        } else if (orgEnd - orgStart > 3 && (fold.startsWith("le ", orgStart) || fold.startsWith("la ", orgStart))
                && acronymAt(text, orgStart + 3)) {
            // « Le CFS Centre de Formation Sportive est à la recherche »: « Le » before an acronym is an article
            // (« La Maison des Enfants » keeps its own)
            orgStart += 3;
        }
        if (orgEnd - orgStart > 3 && (fold.startsWith("la ", orgStart) || fold.startsWith("le ", orgStart))
                && LOWER_CASE_BODIES.contains(Keywords.letterRun(fold, orgStart + 3, orgEnd)) && Character.isLowerCase(text.charAt(orgStart + 3))) {
            orgStart += 3; // « La mairie de Lambersart recrute »: the body without its article
        }
        if (orgStart < orgEnd && !Character.isUpperCase(text.charAt(orgStart)) && !Character.isDigit(text.charAt(orgStart))
                && !(LOWER_CASE_BODIES.contains(Keywords.letterRun(fold, orgStart, orgEnd)) && lowerCaseBodyAhead(fold, orgStart, from))) {
            orgStart = orgEnd;
        }
        return new Match(orgStart < orgEnd ? orgStart : -1, orgEnd, jobStart, Math.max(jobStart, jobEnd));
    }

    /**
     * The job on a line of its own under a recruiter line that ends with its verb (« X recrute\nUn·e Y en CDD »,
     * "X is hiring a\nY"): the line without its article, cut before a contract or purpose clause.
     */
    static int[] jobOnLine(String fold, int from, int to) {
        int s = from;
        Matcher a = ARTICLE.matcher(fold).region(from, to);
        if (a.lookingAt() && a.end() < to) {
            s = a.end();
        }
        int e = to;
        for (String end : JOB_END) {
            int k = Keywords.indexIn(fold, end, s, e);
            if (k > s && k < e) {
                e = k;
            }
        }
        return new int[] {s, e};
    }


    /** The kinds of body a text names in lower case after its article (« la maison de santé de X », « la mairie de X »). */
    private static final java.util.Set<String> LOWER_CASE_BODIES = java.util.Set.of("maison", "mairie", "commune", "ville",
            "centre", "association", "communaute", "syndicat", "conseil", "fondation", "foyer", "ecole", "institut",
            "laboratoire", "universite", "federation", "caisse", "chambre", "regie", "etablissement", "groupement");
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("la", "le", "les");

    /**
     * Whether, at most five words back from {@code k} (its own word included), a lower-case body word follows an
     * article at the sentence's start: the words between are its name's (« maison de santé pluriprofessionnelle »).
     */
    private static boolean lowerCaseBodyAhead(String fold, int k, int from) {
        int end = k;
        while (end < fold.length() && fold.charAt(end) != ' ') {
            end++;
        }
        int[] word = {k, end};
        for (int n = 0; n < 5 && word[0] < word[1]; n++) {
            String w = fold.substring(word[0], word[1]);
            int[] before = wordBefore(fold, word[0], from);
            if (LOWER_CASE_BODIES.contains(w)) {
                return before[0] < before[1] && ARTICLES.contains(fold.substring(before[0], before[1]))
                        && wordBefore(fold, before[0], from)[0] >= wordBefore(fold, before[0], from)[1];
            }
            word = before;
        }
        return false;
    }

    /** Whether the word before {@code k} is a capitalised body word (« Centre » before « social »). */
    private static boolean bodyBefore(String text, String fold, int k, int from) {
        int[] before = wordBefore(fold, k, from);
        return before[0] < before[1] && Character.isUpperCase(text.charAt(before[0]))
                && OrganizationNames.KIND_WORDS.contains(fold.substring(before[0], before[1]));
    }

    /**
     * « L'AFEJI, association de l'économie sociale et solidaire, recrute »: who recruits is before the apposition
     * between commas; the end of the words before the verb otherwise.
     */
    private static int beforeApposition(String fold, int from, int orgEnd) {
        if (orgEnd <= from || fold.charAt(orgEnd - 1) != ',') {
            return orgEnd;
        }
        int open = fold.lastIndexOf(',', orgEnd - 2);
        if (open <= from || orgEnd - open > 120) {
            return orgEnd;
        }
        String apposition = fold.substring(open + 1, orgEnd - 1).strip();
        if (!APPOSITION.matcher(apposition).lookingAt()) {
            return orgEnd;
        }
        int e = open;
        while (e > from && fold.charAt(e - 1) == ' ') {
            e--;
        }
        return e;
    }

    /** An apposition that says what the recruiter is: « association de … », « structure … », "a charity …". */
    private static final Pattern APPOSITION = Pattern.compile(
            "(?:(?:une|un|l'|la|le|notre|a|an|the|our|een|de)\\s*)?(?:association|structure|organisme|entreprise|societe|"
            + "etablissement|acteur|reseau|federation|cooperative|collectivite|fondation|charity|organisation|organization|"
            + "non-profit|nonprofit|company|organisatie|vereniging|stichting)(?![a-z])|(?:implante|implantee|situe|situee|"
            + "basee?|creee?|fondee?|reconnue?|agreee?|presente?|based|founded|located|gevestigd|opgericht)(?![a-z])");

    /**
     * Whether the verb found is written as a participle (« Profil recherché », « Compétences recherchées », a
     * section's heading): the folded text has lost its accent, the text has it.
     */
    private static boolean participle(String text, int start, int end) {
        char last = end > start ? text.charAt(end - 1) : ' ';
        return (last == 'é' || last == 'É') && end - start >= 7
                && (text.regionMatches(true, end - 9, "recherch", 0, 8) || text.regionMatches(true, end - 7, "cherch", 0, 6));
    }

    /** « recherche » after « de », « la », « en », « et »: the noun (« centre de recherche »), not a verb. */
    private static boolean noun(String fold, int from, int at) {
        if (!fold.startsWith("recherch", at) && !fold.startsWith("cherch", at)) {
            return false;
        }
        String before = fold.substring(Math.max(from, at - 8), at).replaceAll("\\s+", " ");
        if (fold.startsWith("recherche d'un", at) && atTheSearch(fold, from, at) > 0) {
            return false; // « X est à la recherche d'un Y »: searching, the verb
        }
        return before.endsWith("de ") || before.endsWith("la ") || before.endsWith("en ") || before.endsWith("et ")
                || before.endsWith("d'") || before.endsWith("l'") || before.endsWith("-");
    }

    /** An acronym at {@code at}: two capitals or more, then a space or the end. */
    private static boolean acronymAt(String text, int at) {
        int k = at;
        while (k < text.length() && Character.isUpperCase(text.charAt(k))) {
            k++;
        }
        return k - at >= 2 && (k == text.length() || text.charAt(k) == ' ');
    }

    /** Dutch inversion: « zoeken we », « zoekt zij », the pronoun right after the verb is its subject. */
    private static final Pattern INVERTED_SUBJECT = Pattern.compile("zoek(?:t|en) (?:we|wij|ze|zij|jullie|ik|hij)(?![\\p{L}])");

    private static boolean subjectAfterVerb(String fold, int verb, int to) {
        return fold.startsWith("zoek", verb) && INVERTED_SUBJECT.matcher(fold).region(verb, to).lookingAt();
    }

    private static boolean isPronoun(String w) {
        return w.equals("nous") || w.equals("we") || w.equals("on") || w.equals("il") || w.equals("elle") || w.equals("wij")
                || w.equals("we're") || w.equals("l'equipe") || w.equals("team") || w.equals("qui") || w.equals("who");
    }
}
