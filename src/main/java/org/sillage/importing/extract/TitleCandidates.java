package org.sillage.importing.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The candidates for the job title, gathered in one place from every place a posting states it (front matter,
 * the file's layout, a label, a recruiting sentence, a heading, the first lines, the page's {@code <title>}) and
 * scored by where they come from and by general features of the words: a word naming a job (French, English,
 * Dutch), a gender mark (H/F, M/V, ·e), its length, whether it reads as a sentence or as a letterhead, and
 * whether another place says the same. The best one is the title.
 */
final class TitleCandidates {

    /** One candidate: its value (cleaned), its span in the normalised text, where it came from, its score. */
    record Candidate(String value, int start, int end, String rule, double prior, int order, String plain, boolean job) {
    }

    private final List<Candidate> all = new ArrayList<>();

    void add(String value, int start, int end, String rule, double prior) {
        add(value, TextNormalizer.normalize(value).fold, start, end, rule, prior);
    }

    /** Adds a value whose folded form ({@code TextNormalizer.normalize(value).fold}) is known. */
    void add(String value, String fold, int start, int end, String rule, double prior) {
        String plain = plain(fold);
        all.add(new Candidate(value, start, end, rule, prior, all.size(), plain, JobNames.namesAJob(" " + plain + " ")));
    }

    List<Candidate> all() {
        return all;
    }

    /** The best-scored candidate, or null; on equal scores the one offered first. */
    Candidate best() {
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Candidate c : all) {
            double s = score(c);
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        // the same words written elsewhere with their capitals ("Senior Developer" as a line, "a senior developer" in
        // a sentence): the title as the posting writes it
        for (Candidate c : all) {
            if (best != null && c != best && c.plain().equals(best.plain()) && capitals(c.value()) > capitals(best.value())
                    && c.value().chars().anyMatch(Character::isLowerCase)) {
                best = c;
            }
        }
        return best;
    }

    private static long capitals(String v) {
        return v.chars().filter(Character::isUpperCase).count();
    }

    /** Where it came from, then what its words say, then whether other places agree. */
    double score(Candidate c) {
        String f = " " + c.plain() + " ";
        double status = c.rule().startsWith("title.recruits") || c.rule().startsWith("title.we-recruit")
                ? statusOnly(c.plain()) : 0;
        return c.prior() + features(c.value(), f, c.job()) + agreement(c) + status;
    }

    /**
     * « La commune recrute un agent contractuel », « L'association cherche des bénévoles »: a recruiting
     * sentence that names how someone is hired rather than the job says less than the posting's own title line.
     */
    private static double statusOnly(String plain) {
        String p = TRAILING_MARKS.matcher(plain).replaceFirst("").replace("(e)", "").replace("(le)", "").replace("·e", "").strip();
        return STATUS_ONLY.contains(p) ? -4 : 0;
    }

    private static final java.util.regex.Pattern TRAILING_MARKS = java.util.regex.Pattern.compile("[.;:!,]+$");
    private static final java.util.Set<String> STATUS_ONLY = java.util.Set.of("agent contractuel", "agents contractuels",
        "contractuel", "contractuels", "benevole", "benevoles", "volontaire", "volontaires", "stagiaire", "stagiaires",
        "alternant", "alternants", "apprenti", "apprentis", "volunteer", "volunteers", "intern", "interns",
        "vrijwilliger", "vrijwilligers", "stagiair", "stagiairs", "fonctionnaire", "titulaire", "agent titulaire",
        // « zoekt een enthousiaste collega », "is looking for a new colleague": someone, not a job
        "collega", "collegas", "collega's", "colleague", "colleagues", "collegue", "collegues", "nouveau collegue",
        "nouvelle collegue", "new colleague", "versterking", "team member", "teamlid", "nieuwe collega");

    /** The general features of a value: words of a job, a gender mark, length, a sentence, a letterhead. */
    static double features(String value, String f, boolean job) {
        double s = 0;
        s += job ? 2 : -1;
        if (genderMarked(value, f)) {
            s += 1;
        }
        String stripped = f.strip();
        int words = wordCount(stripped);
        if (words > 22) {
            s -= 6;
        } else if (words > 14) {
            s -= 3;
        }
        if (Keywords.containsAny(f, SENTENCE_WORDS)) {
            s -= 3;
        }
        int colon = f.indexOf(" : ") >= 0 ? f.indexOf(" : ") : f.indexOf(": ");
        if (colon > 0 && wordCount(f.substring(0, colon).strip()) >= 2 && !JobNames.namesAJob(f.substring(0, colon))) {
            s -= 2; // « Mentionner en objet : … », "Closing date: …": a label and its value
        } else if (colon > 0 && OTHER_LABELS.contains(f.substring(0, colon).strip())) {
            s -= 4; // « Employeur : Mairie de X », « Grade(s) : … »: a label of something else than the job
        }
        Starts at = new Starts(f);
        if (at.unbalanced) {
            s -= 2; // « Chargé de mission « Connaissance et »: a title cut where its line was wrapped
        }
        if (foundAt(DATED, f, at.numbers, at.numberCount)) {
            s -= 2.5; // « Entretiens le 13 mai 2024 », "Posted 12/03/2024": a date belongs to a line about the process
        }
        if (stripped.endsWith(".")) {
            s -= 1.5;
        }
        if (foundAt(ADDRESS, f, at.numbers, at.numberCount) || foundAt(ADDRESS, f, at.boxes, at.boxCount)) {
            s -= 4; // a letterhead's street, postcode or box: « 12 rue …, 75005 Paris », "BP 29"
        }
        if (!job && TitleLines.namesABody(stripped)) {
            s -= 5; // a letterhead: « Maison de … », "Institute of …"
        }
        return s;
    }

    /** One-word labels of a posting's other fields (its plain, folded form). */
    private static final java.util.Set<String> OTHER_LABELS = java.util.Set.of("employeur", "employer", "werkgever",
        "structure", "organisme", "entreprise", "societe", "company", "organisation", "organization", "lieu", "location",
        "contact", "adresse", "address", "grade", "grade(s)", "grades", "categorie", "salaire", "remuneration", "contrat",
        "salary", "standplaats", "locatie", "collectivite", "etablissement", "service", "direction");

    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
            "\\b\\d{1,4},? ?(?:bis |ter )?(?:rue|avenue|av\\.|boulevard|bd|chemin|place|allee|impasse|quai|route|cours|square|street|st\\.|road|lane|straat|laan|weg|plein)\\b"
            + "|(?:^| )(?:bp|cs|b\\.p\\.) ?\\d{1,5}\\b|\\bcedex\\b|^ ?\\d{5} \\p{L}|\\b(?:tel|tél|fax|phone)\\b ?[.:]?");

    private static final java.util.regex.Pattern DATED = java.util.regex.Pattern.compile(
            "\\b\\d{1,2}(?:er)?(?: | & \\d{1,2} )(?:janv|fevr|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec|jan|feb|mar|apr|may|jun|jul|aug|sep)[a-z]*\\.? (?:19|20)\\d\\d"
            + "|\\b\\d{1,2}[/.]\\d{1,2}[/.](?:19|20)?\\d\\d\\b");

    /** How many words a stripped string has, parted by runs of {@code \\s} (one for an empty string). */
    static int wordCount(String stripped) {
        int n = 1;
        boolean inSpace = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && !inSpace) {
                n++;
            }
            inSpace = space;
        }
        return n;
    }

    /**
     * Whether {@code p} matches somewhere in {@code f}, tried only at {@code starts} (every place a match can open):
     * the same answer as a search of the whole value, without running the pattern at every char. The text before
     * a start is seen ({@code \\b}), and {@code ^} holds only at the value's start.
     */
    private static boolean foundAt(java.util.regex.Pattern p, String f, int[] starts, int count) {
        if (count == 0) {
            return false;
        }
        java.util.regex.Matcher m = p.matcher(f).useTransparentBounds(true).useAnchoringBounds(false);
        for (int k = 0; k < count; k++) {
            if (m.region(starts[k], f.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean foundAt(java.util.regex.Pattern p, String f, int[] starts) {
        return foundAt(p, f, starts, starts.length);
    }

    /**
     * One pass over a folded value: where a number starts (where {@link #DATED} can open, and {@link #ADDRESS} on a
     * street number or a postcode), where {@link #ADDRESS} can open otherwise (the value's start when a box or a
     * postcode opens it, a space before « bp », « cs » or « b.p. », « cedex », a phone or fax word), and whether
     * « » and ( ) are as many.
     */
    private static final class Starts {
        final int[] numbers;
        int numberCount;
        final int[] boxes;
        int boxCount;
        final boolean unbalanced;

        Starts(String f) {
            int len = f.length();
            numbers = new int[len];
            boxes = new int[len + 1];
            int quotes = 0;
            int brackets = 0;
            for (int i = 0; i < len; i++) {
                char c = f.charAt(i);
                if (c >= '0' && c <= '9') {
                    if (i == 0 || !isDigit(f.charAt(i - 1))) {
                        numbers[numberCount++] = i;
                    }
                } else if (c == ' ') {
                    if (i + 1 < len && (f.charAt(i + 1) == 'b' || f.charAt(i + 1) == 'c' || i == 0 && isDigit(f.charAt(i + 1)))) {
                        boxes[boxCount++] = i; // " bp 12", " cs 3", and a postcode « ^ 75005 »
                    }
                } else if (c == '«') {
                    quotes++;
                } else if (c == '»') {
                    quotes--;
                } else if (c == '(') {
                    brackets++;
                } else if (c == ')') {
                    brackets--;
                } else if (i == 0 && (c == 'b' || c == 'c') || c == 'c' && f.startsWith("cedex", i)
                        || c == 't' && (f.startsWith("tel", i) || f.startsWith("tél", i)) || c == 'f' && f.startsWith("fax", i)
                        || c == 'p' && f.startsWith("phone", i)) {
                    boxes[boxCount++] = i;
                }
            }
            unbalanced = quotes != 0 || brackets != 0;
        }
    }

    /** Where {@link #GENDER_SUFFIX} can open: a letter before « . » or « - », three or four chars before « / ». */
    private static int[] genderStarts(String l) {
        int[] at = new int[8];
        int n = 0;
        for (int p = 0; p < l.length(); p++) {
            char c = l.charAt(p);
            if ((c == '.' || c == '-') && p >= 1 || c == '/' && p >= 3) {
                if (n + 2 > at.length) {
                    at = java.util.Arrays.copyOf(at, at.length * 2);
                }
                if (c == '/') {
                    if (p >= 4) {
                        at[n++] = p - 4;
                    }
                    at[n++] = p - 3;
                } else {
                    at[n++] = p - 1;
                }
            }
        }
        return java.util.Arrays.copyOf(at, n);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }


    /** The folded value, its spaces made one plain space each. */
    private static String plain(String fold) {
        StringBuilder b = new StringBuilder(fold.length());
        for (int i = 0; i < fold.length(); i++) {
            char c = fold.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            } else {
                b.append(c);
            }
        }
        return b.toString().strip();
    }

    private double agreement(Candidate c) {
        String self = c.plain();
        int agree = 0;
        for (Candidate o : all) {
            if (o == c || !o.job() || o.rule().equals(c.rule()) || o.start() < c.end() && c.start() < o.end()) {
                continue; // a line does not agree with the job read out of its own words
            }
            String other = o.plain();
            if (self.length() >= 4 && other.length() >= 4 && (other.contains(self) || self.contains(other))) {
                agree++;
            }
        }
        return Math.min(2, agree);
    }

    /** Words of a sentence, not of a job's name. */
    private static final String[] SENTENCE_WORDS = {" vous ", " you ", " we ", " nous ", " our ", " notre ", " nos ",
        " votre ", " your ", " wij ", " jij ", " je ", " est ", " sont ", " is ", " are ", " will ", " sera ",
        " can ", " peut ", " pouvez ", " should ", " must ", " doit ", " zijn ", " wordt ", " have ", " avez "};

    private static final java.util.regex.Pattern GENDER_SUFFIX = java.util.regex.Pattern.compile(
            "\\p{L}[.-](?:e|rice|trice|euse|ne)\\b|(?:eur|ant|ier|ien) ?/ ?\\p{L}+(?:rice|euse|ante|iere|ienne)\\b");
    private static final String[] GENDER_MARKS = {"h/f", "f/h", "m/v", "v/m", "m/f", "f/m", "m/v/x", "h/f/x",
        "f/h/x", "m/f/x", "m/f/d", "m/w/d", "f/h/n", "h/f/n"};

    /** « (H/F) », "(m/v/x)", « chargé·e », « assistant(e) », « animateur.rice », « directeur / directrice ». */
    static boolean genderMarked(String value, String f) {
        String l = value.toLowerCase(Locale.ROOT);
        for (String g : l.indexOf('/') < 0 ? new String[0] : GENDER_MARKS) { // (every one holds a slash)
            if (l.contains(g)) {
                return true;
            }
        }
        return l.contains("·") || l.contains("(e)") || l.contains("(ne)") || l.contains("(trice)") || l.contains("(euse)")
                || l.contains("(ère)") || l.contains("(ve)") || foundAt(GENDER_SUFFIX, l, genderStarts(l));
    }
}
