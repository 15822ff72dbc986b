package org.sillage.importing.extract;

/** Keyword lists shared by several rules, written folded (lower case, no accents). */
final class Keywords {

    /** Words of a heading over the "how to apply" part of a posting. */
    static final String[] APPLICATION_HEADINGS = {"candidat", "postul", "apply", "applica", "interested", "interesse",
        "sollicit", "comment envoyer", "depot des", "nous rejoindre", "how to", "expressions of interest", "reageren",
        "solliciteren", "to join", "modalites de recrutement", "procedure de recrutement", "pieces a fournir",
        "documents a fournir"};

    /** Words saying that a sentence is about sending an application. */
    static final String[] APPLICATION_WORDS = {"candidat", "postul", "apply", "applica", "envoy", "adress", "joindre",
        "transmet", "send", "submit", "email us", "e-mail us", "sollicit", "stuur", "ecrivez", "faire parvenir",
        "include", "fournissez", "ajoute", "par mail", "par courriel", "par e-mail", "by email", "by e-mail", "via",
        "reageer", "reageren", "reactie",
        // « Vóór 30 mei 2026 insturen », « aanmelden kan tot … »: sending in, signing up
        "insturen", "opsturen", "toesturen", "aanmelden", "aanmelding", "inschrijven",
        // « Les personnes intéressées sont invitées à nous contacter avant le 11 mai », "interested persons should…"
        "personnes interessees", "si vous etes interesse", "interested persons", "interested individuals",
        "if you are interested"};

    /** Words saying that a contact is for questions only. */
    static final String[] INFO_WORDS = {"question", "renseignement", "information", "plus de details",
        "more details", "en savoir plus", "voir conditions", "inlichtingen", "vragen", "meer info", "learn more",
        "rgpd", "donnees personnelles", "personal data", "privacy", "accommodat", "mesures d'adaptation", "presse",
        "press ", "unsubscribe", "desinscri",
        // "For informal discussions about the position, please contact …", "Informal enquiries to …"
        "informal",
        // "Please contact us (…) by email for specific queries", "if you want to discuss any aspect of the role"
        "queries",
        // « Nadere informatie over de functie kun je inwinnen bij … »
        "nadere informatie", "inhoudelijke informatie", "informatie over de functie", "informatie over deze functie",
        "informatie over de vacature", "informatie over deze vacature",
        // "get in touch … if you want to discuss any aspect of the role", "to find out more", « pour en discuter »
        "discuss", "find out more", "know more", "en discuter", "pour echanger"};

    private Keywords() {
    }

    /** Every keyword any rule looks up through {@link PostingText#hits}. */
    static java.util.List<String> allKeywords() {
        java.util.List<String> all = new java.util.ArrayList<>();
        for (String[] list : new String[][] {DeadlineRule.STRONG, DeadlineRule.WEAK, DeadlineRule.LATEST, DeadlineRule.CANADA, DateRoles.DEADLINE_NOUNS, DateRoles.APPLYING, PostedDateRule.PHRASES,
            StartRule.LABELS, StartRule.PHRASES, StartRule.ASAP_ANCHORS, OpenUntilFilledRule.ANCHORS,
            ContractTerms.words(), ContractTypeRule.YEAR_ANCHORS, ContractEnds.END_DATE_WORDS, ContractEnds.UNTIL_WORDS, ExperienceRule.ANCHORS, OrganizationRule.LABELS,
            OrganizationRule.VERBS, TitleBodySentences.RECRUIT_WORDS, TitleBodySentences.AS_THE_JOB, OrganizationRule.CITY_ANCHORS, OrganizationHosts.WORKPLACE, LocationRule.LABELS, WorkplaceSentences.OFFICE_ANCHORS, WorkplaceSentences.BASED, ContractTypeRule.EQUAL_OPPORTUNITY, StartRanges.RANGE_WORDS, StartRanges.NUMBER_UNITS,
            LocationRule.A_CITY, WorkplaceSentences.SETTLED, WorkplaceSentences.SET_UP, EmailRule.AT_FORMS, ApplicationUrlRule.ANCHORS, SubjectRule.BEFORE, SubjectRule.AFTER,
            DocumentsRule.words(), SalaryRule.TRIGGERS, RemoteRule.TRIGGERS, LanguagesRule.names(),
            DrivingLicenceRule.ANCHORS, PostalAddressRule.TRIGGERS, LanguageDetector.FR, LanguageDetector.EN, LanguageDetector.NL}) {
            all.addAll(java.util.Arrays.asList(list));
        }
        return all;
    }

    /** True when one of the words starts at {@code at} in {@code s}. */
    static boolean startsWithAny(String s, int at, String[] words) {
        for (String w : words) {
            if (s.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Index of the first of {@code words} in {@code s} within {@code [from, to)}, or -1. Only the region is
     * searched, so that many short look-ups stay linear in the region, not in the text.
     */
    static int firstIndex(String s, int from, int to, String... words) {
        int f = Math.max(0, from);
        int t = Math.min(s.length(), to);
        if (f >= t) {
            return -1;
        }
        if (f == 0 && t == s.length()) {
            int best = -1;
            for (String w : words) {
                int i = s.indexOf(w);
                if (i >= 0 && (best < 0 || i < best)) {
                    best = i;
                }
            }
            return best;
        }
        String region = s.substring(f, t);
        int best = -1;
        for (String w : words) {
            int i = region.indexOf(w);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best < 0 ? -1 : best + f;
    }

    /** Index of {@code w} in {@code s} within {@code [from, to)}, or -1, without looking past {@code to}. */
    static int indexIn(String s, String w, int from, int to) {
        int last = Math.min(to, s.length()) - w.length();
        char first = w.charAt(0);
        for (int k = Math.max(0, from); k <= last; k++) {
            if (s.charAt(k) == first && s.startsWith(w, k)) {
                return k;
            }
        }
        return -1;
    }

    /** How many letters and digits {@code s[from, to)} holds (a line's words without its marks and spaces). */
    static int letters(String s, int from, int to) {
        int n = 0;
        for (int k = Math.max(0, from); k < to && k < s.length(); k++) {
            if (Character.isLetterOrDigit(s.charAt(k))) {
                n++;
            }
        }
        return n;
    }

    /** True when every char of {@code s[from, to)} is one of {@code allowed} (e.g. list marks before a label). */
    static boolean onlyChars(String s, int from, int to, String allowed) {
        for (int k = Math.max(0, from); k < to && k < s.length(); k++) {
            char c = s.charAt(k);
            if (allowed.indexOf(c) < 0 && !(allowed.indexOf('0') >= 0 && Character.isDigit(c))) {
                return false;
            }
        }
        return true;
    }

    static boolean regionContainsAny(String s, int from, int to, String[] words) {
        int f = Math.max(0, from);
        int t = Math.min(s.length(), to);
        if (f >= t) {
            return false;
        }
        return firstIndex(s, f, t, words) >= 0;
    }

    /** True when {@code s} has the word {@code w} at {@code i} with non-letters around it. */
    static boolean wordAt(String s, int i, String w) {
        if (i < 0 || !s.startsWith(w, i)) {
            return false;
        }
        boolean before = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
        int e = i + w.length();
        boolean after = e >= s.length() || !Character.isLetterOrDigit(s.charAt(e));
        return before && after;
    }

    /**
     * Whether the word at {@code from} (its run of letters, read no further than {@code end}) is one of {@code words}:
     * a label pattern whose alternatives each open on a whole word is tried only when the line opens on one of them.
     */
    static boolean wordAtIn(String s, int from, int end, java.util.Set<String> words) {
        String w = letterRun(s, from, end);
        return !w.isEmpty() && words.contains(w);
    }

    /** The run of letters at {@code from} in {@code s}, read no further than {@code end} (empty when none stands there). */
    static String letterRun(String s, int from, int end) {
        int e = from;
        while (e < end && Character.isLetter(s.charAt(e))) {
            e++;
        }
        return s.substring(from, e);
    }

    /**
     * Whether {@code s} has a word boundary at {@code i} as {@code \b} reads it in Java's patterns: a word char
     * (a letter, a digit or {@code _}) on one side only.
     */
    static boolean wordBoundary(String s, int i) {
        boolean left = i > 0 && isWordChar(s.charAt(i - 1));
        boolean right = i < s.length() && isWordChar(s.charAt(i));
        return left != right;
    }

    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** {@code s} with only its chars {@code a-z} and {@code 0-9} ({@code [^a-z0-9]} replaced by nothing, without the pattern). */
    static String asciiAlnum(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!keep && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            } else if (keep && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
