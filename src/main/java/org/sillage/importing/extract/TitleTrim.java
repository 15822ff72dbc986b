package org.sillage.importing.extract;

/**
 * A title's value made clean: a label, a posting's date, an article or a site's name before or after it taken off,
 * a pictograph or a note's mark after it, its first letter made a capital.
 */
final class TitleTrim {

    private TitleTrim() {
    }

    private static final java.util.regex.Pattern HIRING = java.util.regex.Pattern.compile(
            "(?i)(?:we are|we're|we’re|nous) (?:hiring|recrutons|recruiting|looking for)(?: an?| une?| un[·.]e| des)? (.{3,120}?)[.!]*(?: (?:join|rejoignez|apply).*"
            // "a Finance Officer to join our team", « un·e chargé·e de mission pour renforcer l'équipe »
            + "| to (?!the |our |a |an )\\p{L}+ .*| pour (?:rejoindre|renforcer|completer|compléter|intégrer|integrer) .*)?");
    private static final java.util.regex.Pattern INITIALS_BREAKS = java.util.regex.Pattern.compile("[\\s-]+");
    /**
     * A label before the title on its line: « Poste : X », "Gezocht: X", "Position: X", « PROFIL DE POSTE X »,
     * « Intitulé du poste – X ». What follows the label is the title.
     */
    private static final java.util.regex.Pattern LABEL_PREFIX = java.util.regex.Pattern.compile(
            "^(?iu)(?:(?:poste|intitul[ée](?: du poste)?|titre(?: du poste)?|title|post(?: title)?|job(?: title)?|position(?: title)?|role(?: title)?|functie|vacature|gezocht"
            + "|wanted|offre d['’]emploi|offre de stage|offre de mission|job offer|proposition de stage|sujet de stage|sujet de th[èe]se"
            + "|internship topic|internship subject|thesis topic|phd topic|research topic|sujet"
            + "|fiche de poste|profil de poste|profil du poste|objet"
            // "Job Opportunity: Wee Spoke Hub Coordinator", "Job Posting: Social Worker": the page's label
            + "|job opportunity|job posting|job advert(?:isement)?|vacancy)\\s*[:–—-]\\s+(?=\\p{L})"
            // « Emploi / Chargé·e d'accueil »: a site's section, a slash, then the job
            + "|(?:emplois?|offres? d['’]emploi|jobs|vacatures?|recrutement)\\s+/\\s+(?=\\p{L})"
            + "|(?:profil de poste|fiche de poste|profil du poste)\\s+(?=(?-i:\\p{Lu})))");
    /** « Vacature X (24 uur / 0,6 fte). Per: zo snel mogelijk »: another sentence, a label's, after the title. */
    private static final java.util.regex.Pattern NEXT_LABELLED_SENTENCE = java.util.regex.Pattern.compile("\\. (?=\\p{L}[\\p{L} ]{0,14} ?:)");
    /** A table's label whose cell a PDF ran into the value: "Post Quality Manager", "Job Title Data Officer". */
    private static final java.util.regex.Pattern RUN_IN_LABEL = java.util.regex.Pattern.compile(
            "^(?:Post|POST|Post [Tt]itle|Job [Tt]itle|JOB TITLE|Role [Tt]itle)\\s+(?=(?!(?i:doc|grad|bac|master))\\p{Lu})");
    /**
     * What a recruiting sentence says of the person before the job: "an enthusiastic …", « een gedreven … » (a
     * heading that writes it keeps it: « Enthousiaste leerkracht gezocht »).
     */
    static String withoutPraise(String v) {
        String r = opensOn(v, "egmdpt") ? dropMatch(LEADING_PRAISE, v) : v;
        return r != v && !r.isEmpty() ? Character.toUpperCase(r.charAt(0)) + r.substring(1) : r;
    }

    private static final java.util.regex.Pattern LEADING_PRAISE = java.util.regex.Pattern.compile(
            "^(?iu)(?:enthousiaste|enthousiast|gemotiveerde|gedreven|ervaren|enthusiastic|motivated|experienced|dynamic"
            + "|passionate|talented|dynamique|motivée?|motivé\\(e\\)|passionnée?|passionné\\(e\\)|talentueux|talentueuse)"
            + "\\s+(?=\\p{L}{3,})");
    private static final java.util.regex.Pattern LEADING_ARTICLE = java.util.regex.Pattern.compile(
            "^(?i)(une ou un|un ou une|un/une|une/un|des|un|une|un\\.e|un·e|un-e|un\\(e\\)|a|an)\\s+(?=\\p{L})");
    /** "May 2022 - ", « Juillet 2020 : » before the title. */
    private static final java.util.regex.Pattern LEADING_DATE = java.util.regex.Pattern.compile(
            "(\\p{L}{3,10})\\.? \\d{4}\\s*[-–—:|]\\s+(?=\\p{L})");
    private static final java.util.regex.Pattern LEADING_LABEL = java.util.regex.Pattern.compile(
            "^(?i)(recrutement d['’‘]un[·.]e|recrutement d['’‘]un-une|recrutement d['’‘]un\\(e\\)|recrutement d['’‘]une? ?-?e?|recrutement :|offre d['’‘]emploi :|job offer :"
            + "|recrutement d['’‘](?=(?-i:\\p{Ll}))|recrutement (?=(?-i:\\p{Ll}))|recruitment of (?:an? )?|hiring (?:an? )?(?=(?-i:\\p{Lu}))"
            // « Vacature voor een backend developer »: the Dutch « Recrutement d'un … »
            + "|vacature voor (?:een |de )?(?=\\p{L})"
            // "Position Title PhD Student in …": a form's label without its colon, then the job
            + "|(?:position|job) title (?=(?-i:\\p{Lu}))"
            // « Recrutement CDD 12 mois Ingénieur d'étude … »: the contract is its own field
            + "|recrutement (?:en )?(?:cdd|cdi|stage|alternance|apprentissage)(?: de)?(?: \\(?\\d{1,2} mois\\)?)? ?[:–-]? ?(?=(?-i:\\p{Lu})))\\s*");
    private static final java.util.regex.Pattern OPEN_POSITION = java.util.regex.Pattern.compile(
            "(?i)^(?:opening|open position|vacancy|job opening)(?: for(?: an?)?)?\\s*:?\\s+(?=\\p{L})");
    private static final String[] ORG_WORDS = {"universit", "laborator", "institut", "school", "ecole", "college",
        " lab ", " lab,", "centre", "center", "epfl", "cnrs", "inria", "inserm", "foundation", "fondation", " team "};
    /** "[1 year] <two words or more> position in|at <a place or a body, capitalised>" (not "position in fluid mechanics"). */
    private static final java.util.regex.Pattern POSITION_AT = java.util.regex.Pattern.compile(
            "(?:(?:\\d{1,2}|one|two|three)[- ](?:years?|months?) )?(\\S+(?: \\S+){1,6}) position (?:in|at) (?:the )?\\p{Lu}.{0,60}");
    private static final java.util.regex.Pattern QUOTED_AFTER_LABEL = java.util.regex.Pattern.compile(
            "(?i).*(?:offre d'emploi|offre d’emploi|offre de stage|job offer|vacature|poste)\\s*:?\\s*[«\"“]\\s*(.{3,150}?)\\s*[»\"”]?\\s*$");
    private static final java.util.regex.Pattern TRAILING_BANG = java.util.regex.Pattern.compile("\\s*!+$");
    private static final java.util.regex.Pattern TRAILING_OPENING = java.util.regex.Pattern.compile("(?i)\\s+opening(\\s+for\\s+\\d{4})?$");
    /** "Cloud Engineer Position Available", "Project Officer Vacancy": what the line says of the job, not its name. */
    private static final java.util.regex.Pattern TRAILING_AVAILABLE = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:(?:position|post|role|job)\\s+(?:available|open)|vacancy)$");

    private static String initialsOf(String words) {
        StringBuilder b = new StringBuilder();
        for (String w : INITIALS_BREAKS.split(words)) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /** What follows the match of a pattern anchored at the start ({@code ^…}), or {@code v} when it does not match. */
    private static String dropMatch(java.util.regex.Pattern anchored, String v) {
        java.util.regex.Matcher m = anchored.matcher(v);
        return m.lookingAt() ? v.substring(m.end()) : v;
    }

    /** Whether "opening" is written in the value, in any case (what no char but the 26 letters lowers to). */
    private static boolean containsOpening(String r) {
        for (int i = 0; i + 7 <= r.length(); i++) {
            int k = 0;
            while (k < 7 && (r.charAt(i + k) | 0x20) == "opening".charAt(k)) {
                k++;
            }
            if (k == 7) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code r} can open on one of {@code letters} (lower-case ASCII) in any case: its first char is one of
     * them, upper or lower case, or is not ASCII (a case-blind pattern may still take it for one).
     */
    private static boolean opensOn(String r, String letters) {
        if (r.isEmpty()) {
            return false;
        }
        char c = r.charAt(0);
        return c >= 128 || letters.indexOf(c | 0x20) >= 0 && Character.isLetter(c);
    }

    /** Whether a digit 0-9 stands in the first {@code n} chars of {@code r}. */
    private static boolean digitWithin(String r, int n) {
        for (int i = 0; i < Math.min(n, r.length()); i++) {
            if (r.charAt(i) >= '0' && r.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasQuote(String r) {
        return r.indexOf('«') >= 0 || r.indexOf('"') >= 0 || r.indexOf('“') >= 0;
    }

    /** Drops a leading article, "Recrutement d'un-e", trailing "!" and "opening for 2018". */
    /** A contract's kind and time after the title's last dash. */
    private static final java.util.regex.Pattern CONTRACT_TAIL = java.util.regex.Pattern.compile(
            "(?:(?:cdi|cdd|stage|alternance|apprentissage|interim|service civique|freelance|benevolat|temps plein|temps partiel"
            + "|convention premier emploi|contrat aide|contrat doctoral|cdd de remplacement|remplacement|vacation"
            + "|full[- ]time|part[- ]time|permanent|fixed[- ]term|internship|\\d{1,2} mois|\\d{1,2} months?)[ ,/+-]*)+");

    /** A browser's count of unread notifications before a page's title, as a printed page keeps it: "(11) ". */
    private static final java.util.regex.Pattern NOTIFICATION_COUNT = java.util.regex.Pattern.compile("\\(\\d{1,3}\\+?\\)\\s+(?=\\p{L})");

    static String trimTitle(String v) {
        if (!v.isEmpty() && v.charAt(0) == '(') {
            v = dropMatch(NOTIFICATION_COUNT, v);
        }
        // (each pattern is tried only when the value can open on it: its first letter, a year near the start)
        String r = opensOn(v, "pitjrfvgwose") ? dropMatch(LABEL_PREFIX, v) : v;
        if (opensOn(r, "pjr")) {
            r = dropMatch(RUN_IN_LABEL, r);
        }
        java.util.regex.Matcher date = LEADING_DATE.matcher(r);
        if (digitWithin(r, 24) && date.lookingAt() && DateGrammar.month(TextNormalizer.normalize(date.group(1)).fold) != null && date.end() < r.length()) {
            r = r.substring(date.end()); // "May 2022 - Data Analytics Co-op": the posting's date goes
        }
        if (r.length() < 2) {
            r = v;
        }
        char first = v.isEmpty() ? ' ' : Character.toLowerCase(v.charAt(0));
        if (first == 'r' || first == 'o' || first == 'j' || first == 'p' || first == 'v') {
            r = dropMatch(LEADING_LABEL, r);
        }
        first = r.isEmpty() ? ' ' : Character.toLowerCase(r.charAt(0));
        if (first == 'd' || first == 'u' || first == 'a') {
            r = dropMatch(LEADING_ARTICLE, r);
        }
        if (containsOpening(r)) {
            r = TRAILING_OPENING.matcher(r).replaceFirst("");
        }
        String lower = r.length() > 10 ? r.substring(r.length() - 10).toLowerCase(java.util.Locale.ROOT) : "";
        if (lower.endsWith("available") || lower.endsWith("vacancy") || lower.endsWith(" open")) {
            String cut = TRAILING_AVAILABLE.matcher(r).replaceFirst("");
            r = cut.strip().indexOf(' ') > 0 ? cut : r; // ("PhD position available": the position is the title's own word)
        }

        java.util.regex.Matcher quoted = QUOTED_AFTER_LABEL.matcher(r);
        if (hasQuote(r) && quoted.matches()) {
            r = quoted.group(1).strip(); // « Rejoignez l'équipe … : offre d'emploi « Chargé de mission … » »
        }
        java.util.regex.Matcher hiring = HIRING.matcher(r);
        if (opensOn(r, "wn") && hiring.matches()) {
            r = hiring.group(1); // "We are Hiring an Accessibility Coordinator. Join Our Team."
        }
        r = opensOn(r, "ovj") ? dropMatch(OPEN_POSITION, r) : r;
        java.util.regex.Matcher labelled = NEXT_LABELLED_SENTENCE.matcher(r);
        if (r.indexOf(':') > 0 && labelled.find() && labelled.start() >= 3) {
            r = r.substring(0, labelled.start());
        }
        int at = r.indexOf(" @ ");
        if (at > 0) {
            r = r.substring(0, at); // "Java DevOps Engineer @ Flink Software"
        }
        int dash = Math.max(r.lastIndexOf(" - "), r.lastIndexOf(" – "));
        if (dash > 0) {
            String tail = TextNormalizer.normalize(r.substring(dash + 3)).fold;
            if (Keywords.containsAny(" " + tail + " ", ORG_WORDS) || tail.split(",").length >= 3) {
                r = r.substring(0, dash); // "PhD Student Position - University of Antwerp"
            }
        }
        for (int guard = 0; guard < 2; guard++) {
            int last = Math.max(r.lastIndexOf(" - "), r.lastIndexOf(" – "));
            if (last <= 0 || !CONTRACT_TAIL.matcher(TextNormalizer.normalize(r.substring(last + 3)).fold.strip()).matches()) {
                break;
            }
            r = r.substring(0, last); // « Comptable (H/F) – CDI », "Officer - Full time": the contract is its own field
        }
        int spaced = r.indexOf(" - ");
        if (spaced >= 2 && spaced <= 8 && r.substring(0, spaced).chars().allMatch(Character::isUpperCase)
                && initialsOf(r.substring(spaced + 3)).startsWith(r.substring(0, spaced))) {
            r = r.substring(spaced + 3); // "PIF - Presidential Innovation Fellow": the acronym of what follows goes
        }
        java.util.regex.Matcher placed = POSITION_AT.matcher(r);
        if ((r.contains(" position in ") || r.contains(" position at ")) && placed.matches()) {
            r = placed.group(1); // "1 year ML research engineer position in Inria Lyon": the job, without its length and place
        }
        int pipe = r.lastIndexOf(" | ");
        if (pipe > 0 && r.substring(pipe + 3).split(" ").length <= 5) {
            r = r.substring(0, pipe); // "Chargé de mission | Guidoline": the site's name goes
        }
        if (r.endsWith("!")) {
            r = TRAILING_BANG.matcher(r).replaceFirst("");
        }
        int end = r.length();
        while (end > 1 && (Character.isSurrogate(r.charAt(end - 1)) || Character.getType(r.charAt(end - 1)) == Character.OTHER_SYMBOL
                || r.charAt(end - 1) == '\uFE0F' || Character.isWhitespace(r.charAt(end - 1))
                || "\u2217\u2020\u2021".indexOf(r.charAt(end - 1)) >= 0)) {
            end--; // « … Transition Action 📣 »: a pictograph closes the line, not the title; "…cryptography∗": a note's mark
        }
        r = r.substring(0, end).strip();
        if (!r.isEmpty() && Character.isLowerCase(r.charAt(0)) && r.length() > 1) {
            r = Character.toUpperCase(r.charAt(0)) + r.substring(1);
        }
        return r;
    }
}
