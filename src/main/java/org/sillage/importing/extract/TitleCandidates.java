package org.sillage.importing.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The candidates for the job title, gathered in one place from every place a posting states it (front matter,
 * the file's layout, a label, a recruiting sentence, a heading, the first lines, the page's {@code <title>}) and
 * scored by where they come from and by general features of the words: a word naming a job (French, English,
 * Dutch), a gender mark (H/F, M/V, ·e), its length, whether it reads as a sentence or as a letterhead, and
 * whether another place says the same. The best one is the title.
 */
final class TitleCandidates {

    /** One candidate: its value (cleaned), its span in the normalised text, where it came from, its score. */
    record Candidate(String value, int start, int end, String rule, double prior, int order) {
    }

    private final List<Candidate> all = new ArrayList<>();

    void add(String value, int start, int end, String rule, double prior) {
        all.add(new Candidate(value, start, end, rule, prior, all.size()));
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
        return best;
    }

    /** Where it came from, then what its words say, then whether other places agree. */
    double score(Candidate c) {
        String f = " " + TextNormalizer.normalize(c.value()).fold.strip() + " ";
        return c.prior() + features(c.value(), f) + agreement(c, f);
    }

    /** The general features of a value: words of a job, a gender mark, length, a sentence, a letterhead. */
    static double features(String value, String f) {
        double s = 0;
        boolean job = namesAJob(f);
        s += job ? 3 : -1;
        if (genderMarked(value, f)) {
            s += 1.5;
        }
        int words = f.strip().split("\\s+").length;
        if (words > 22) {
            s -= 6;
        } else if (words > 14) {
            s -= 3;
        }
        if (Keywords.containsAny(f, SENTENCE_WORDS)) {
            s -= 3;
        }
        if (f.strip().endsWith(".")) {
            s -= 1.5;
        }
        if (!job && TitleRule.namesABody(f.strip())) {
            s -= 5; // a letterhead: « Maison de … », "Institute of …"
        }
        return s;
    }

    private double agreement(Candidate c, String f) {
        String self = f.strip();
        int agree = 0;
        for (Candidate o : all) {
            if (o == c || o.rule().equals(c.rule())) {
                continue;
            }
            String other = TextNormalizer.normalize(o.value()).fold.strip();
            if (self.length() >= 4 && other.length() >= 4 && (other.contains(self) || self.contains(other))) {
                agree++;
            }
        }
        return Math.min(2, agree);
    }

    /** Stems of words that name a job or a kind of position, in French, English and Dutch. */
    private static final String[] JOB_STEMS = {
        // French
        " charge", " chargee", " assistant", " attache", " ingenieur", " technicien", " chercheu", " enseignant",
        " professeur", " maitre de conferences", " doctora", " post-doctora", " postdoctora", " stagiaire", " stage ",
        " stage:", " alternan", " apprenti", " animat", " coordinat", " coordonnat", " direct", " responsable", " chef",
        " cheffe", " gestionnaire", " conseill", " agent", " secretaire", " comptable", " juriste", " mediat", " educat",
        " infirmi", " medecin", " developpeu", " designer", " consultant", " analyste", " administrat", " bibliothecaire",
        " documentaliste", " archiviste", " delegue", " referent", " volontaire", " benevole", " jobiste", " vendeu",
        " cuisini", " serveu", " employe", " ouvrier", " operat", " controleu", " format", " intervenant",
        " accompagnat", " redact", " traduct", " graphiste", " photographe", " these", " doctorat", " contrat doctoral",
        " ingenieure", " gardien", " surveillant", " moniteur", " monitrice", " auxiliaire", " aide-", " plombier",
        " electricien", " menuisier", " jardinier", " chauffeur", " magasinier", " logisticien", " commercial",
        " acheteu", " regisseu", " producteur", " productrice", " charge·e", " service civique", " job ",
        // English
        " manager", " officer", " lead ", " head of", " director", " coordinator", " engineer", " developer",
        " scientist", " researcher", " research associate", " research assistant", " postdoc", " post-doc", " phd",
        " student", " intern", " fellow", " associate", " analyst", " specialist", " administrator", " technician",
        " advisor", " adviser", " editor", " writer", " architect", " programmer", " teacher", " lecturer",
        " nurse", " clerk", " accountant", " fundraiser", " organizer", " organiser", " representative", " executive",
        " secretary", " librarian", " volunteer", " curator", " instructor", " trainer", " counsel", " paralegal",
        " designer", " strategist", " planner", " producer", " position", " vacancy", " internship", " apprentice",
        " co-op", " worker", " operator", " driver", " cook", " chef ",
        // Dutch
        " medewerk", " beleids", " projectleider", " teamleider", " leidinggevende", " coordinator", " stagiair",
        " leerkracht", " docent", " onderzoeker", " promovend", " verpleegkundige", " monteur", " ontwikkelaar",
        " adviseur", " begeleider", " vrijwilliger", " kok", " bediening", " schoonmaker", " verkoper", " directeur",
        " functie", " vacature"};

    private static final String[] SENTENCE_WORDS = {" vous ", " you ", " we ", " nous ", " our ", " notre ", " nos ",
        " votre ", " your ", " wij ", " jij ", " je ", " est ", " sont ", " is ", " are ", " will ", " sera ",
        " can ", " peut ", " pouvez ", " should ", " must ", " doit ", " zijn ", " wordt ", " have ", " avez "};

    private static final Set<String> GENDER = Set.of("h/f", "f/h", "m/v", "v/m", "m/f", "f/m", "m/v/x", "h/f/x",
        "f/h/x", "m/f/x", "m/f/d", "m/w/d", "f/h/n", "h/f/n");

    static boolean namesAJob(String spacedFold) {
        return Keywords.containsAny(spacedFold, JOB_STEMS);
    }

    /** « (H/F) », "(m/v/x)", « chargé·e », « assistant(e) », « animateur.rice », « directeur / directrice ». */
    static boolean genderMarked(String value, String f) {
        String l = value.toLowerCase(Locale.ROOT);
        for (String g : GENDER) {
            if (l.contains(g)) {
                return true;
            }
        }
        return l.contains("·") || l.contains("(e)") || l.contains("(ne)") || l.matches(".*\\p{L}\\.(?:e|rice|trice|euse|ne)\\b.*")
                || l.matches(".*\\p{L}-(?:e|rice|trice|euse)\\b.*") || l.matches(".*(?:eur|ant|ier|ien) ?/ ?\\p{L}+(?:rice|euse|ante|iere|ienne)\\b.*");
    }
}
