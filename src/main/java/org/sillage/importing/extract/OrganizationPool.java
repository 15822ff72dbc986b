package org.sillage.importing.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The candidates for the hiring organisation, gathered in one place from every place a posting names it (front
 * matter, a label, a recruiting sentence, a letterhead, a header line, an acronym spelled out, a signature, the
 * page's site name, the names the text says most of) and scored by where they come from and by general
 * features: a word naming a body, the posting's e-mail or web domain, repetition in the text, whether another
 * place names it too; a sentence, a city alone or a long run of words weighs against.
 */
final class OrganizationPool {

    /** A candidate; {@code place} is a workplace written after the name on a header line ("X — Lyon"), or null. */
    static final class Candidate {
        String value;
        final int start;
        final int end;
        final String rule;
        final double prior;
        String place;
        int placeStart;
        int placeEnd;
        /** The value its folded form and features were last weighed for (a value may be written in full later). */
        private String weighed;
        private String core;
        private double features;

        Candidate(String value, int start, int end, String rule, double prior) {
            this.value = value;
            this.start = start;
            this.end = end;
            this.rule = rule;
            this.prior = prior;
        }
    }

    private final List<Candidate> all = new ArrayList<>();
    private Set<String> stems;
    /** Each value as the text writes it in full, once per value (several places offer the same name). */
    private final java.util.Map<String, String> completed = new java.util.HashMap<>();

    String completed(String value, java.util.function.UnaryOperator<String> complete) {
        return completed.computeIfAbsent(value, complete);
    }

    Candidate add(String value, int start, int end, String rule, double prior) {
        Candidate c = new Candidate(value, start, end, rule, prior);
        all.add(c);
        return c;
    }

    /** Gives the last candidate the value the text writes in full (« (ACR) » added, the page's own casing). */
    void revalue(String value) {
        if (!all.isEmpty() && value != null) {
            all.get(all.size() - 1).value = value;
        }
    }

    /** The highest prior among the candidates so far (where they come from, before their words are weighed). */
    double strongest() {
        double m = Double.NEGATIVE_INFINITY;
        for (Candidate c : all) {
            m = Math.max(m, c.prior);
        }
        return m;
    }

    List<Candidate> all() {
        return all;
    }

    Candidate best(PostingText t) {
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int cited = t.bibliographyStart();
        for (Candidate c : all) {
            if (c.start >= cited) {
                continue; // a paper's publisher in the works cited: « [1] … https://homotopytypetheory.org/book »
            }
            double s = score(t, c);
            if (vetoed(t, c)) {
                continue; // « Département », "Public" alone: no employer at all rather than a word of a sentence
            }
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        return best;
    }

    double score(PostingText t, Candidate c) {
        weigh(t, c);
        return c.prior + c.features + agreement(c);
    }

    /** Folds the value and weighs its features once per value (the pool is scored more than once). */
    private void weigh(PostingText t, Candidate c) {
        if (c.weighed != c.value) {
            c.core = TextNormalizer.normalize(c.value).fold.strip();
            c.features = features(t, c.rule, " " + c.core + " ");
            c.weighed = c.value;
        }
    }

    private static final String[] SENTENCE_WORDS = {" vous ", " you ", " we ", " nous ", " est ", " sont ", " is ",
        " are ", " will ", " sera ", " can ", " peut ", " must ", " doit ", " zijn ", " wordt ", " have ", " avez ",
        " a pour ", " recrute", " recherche un", " recherche une", " hiring ", " looking ", " zoekt "};


    private double features(PostingText t, String rule, String f) {
        double s = 0;
        if (OrganizationNames.KIND_WORDS.contains(f.strip())) {
            s -= 8; // a kind of body alone: « Département », "Public" (a word that opened a sentence)
        }
        if (namesABody(f)) {
            s += 1.5;
        }
        String core = f.strip();
        if (core.length() >= 3 && count(t.fold, core) >= 2) {
            s += 1;
        }
        if (!rule.startsWith("organization.scored") && !rule.startsWith("organization.weak") && matchesDomain(t, core)) {
            s += 2; // (the scored names counted their domain already)
        }
        if (rule.startsWith("organization.weak") && t.titleEnd > t.titleStart && titleFold(t).contains(core)) {
            s -= 3; // « Assistant(e) Communication et Diffusion »: words of the job, not a body
        } else if (rule.startsWith("organization.scored") && core.indexOf(' ') < 0 && t.titleEnd > t.titleStart
                && titleFold(t).contains(core) && JobNames.namesAJob(core)) {
            s -= 6; // "The Organiser is a pro-active individual": the job's own word, defined as the job is
        }
        if (Keywords.containsAny(f, SENTENCE_WORDS)) {
            s -= 4;
        }
        int words = TitleCandidates.wordCount(core);
        if (words > 16) {
            s -= 5;
        } else if (words > 10) {
            s -= 2;
        }
        if (t.location != null && core.equals(locationFold(t)) && !mixedCase(t.location) && namesAPlace(t.location)) {
            s -= 6; // a city alone is where the job is, not who offers it; "LaBRI", "ISTerre" as a place are a body
        }
        if (JobNames.namesAJob(f)) {
            s -= 3; // « Chargé de mission », "PhD position": a job, not a body
        }
        return s;
    }

    /**
     * A candidate that names no employer whatever else speaks for it: a kind of body alone (« Département »), words of
     * a listing of jobs ("Current Vacancies"), or the job's own title (a page's site name « Woonbegeleider(ster) m/v
     * voor de groep »). (A place alone among the text's names, "Los Angeles", was tried too: it cost a held-out pool a
     * name and gained none.)
     */
    private boolean vetoed(PostingText t, Candidate c) {
        return OrganizationNames.KIND_WORDS.contains(c.core) || listingOnly(c.core)
                || t.titleEnd > t.titleStart && c.core.equals(titleFold(t).strip());
    }

    /** Words of a page's listing of jobs, never a name by themselves: "Current Vacancies", "Summer Jobs". */
    private static final Set<String> LISTING_WORDS = Set.of("current", "open", "vacancies", "vacancy", "jobs", "job",
        "careers", "career", "opportunities", "opportunity", "positions", "position", "summer", "student", "students",
        "offers", "offres", "offre", "emploi", "emplois", "d'emploi", "vacatures", "vacature", "recrutement",
        "recrutements", "stages", "internships", "werken", "bij", "join", "us", "our", "team", "work", "with", "en",
        "cours", "nos", "les", "postes", "available", "now", "hiring");

    /** Whether every word of a folded value is a word of a listing of jobs. */
    static boolean listingOnly(String core) {
        if (core == null || core.isBlank()) {
            return false;
        }
        for (String w : Split.at(core.strip(), Split.SPACE)) {
            if (!LISTING_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word of {@code v} has a capital past its first letter and a small letter: "LaBRI", "ISTerre". */
    static boolean mixedCase(String v) {
        boolean innerCapital = false;
        boolean small = false;
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            if (!Character.isLetter(c)) {
                if (innerCapital && small) {
                    return true;
                }
                innerCapital = false;
                small = false;
            } else if (Character.isLowerCase(c)) {
                small = true;
            } else if (k > 0 && Character.isLetter(v.charAt(k - 1))) {
                innerCapital = true;
            }
        }
        return innerCapital && small;
    }

    /** The folded title and workplace, found once per pool (neither changes while the organisation is chosen). */
    private String titleFold;
    private String locationFold;

    private String titleFold(PostingText t) {
        if (titleFold == null) {
            titleFold = TextNormalizer.normalize(t.text.substring(t.titleStart, t.titleEnd)).fold;
        }
        return titleFold;
    }

    /**
     * Whether a location is a town or country (« Lille », "Antwerp, Belgium"), not a body written where the job
     * is ("INRIA Lyon", « Université de Sherbrooke »): only a place alone is kept from being the employer.
     */
    static boolean namesAPlace(String location) {
        String head = location.split("[,(]", 2)[0].strip();
        return !head.isEmpty() && Places.known(head);
    }

    private String locationFold(PostingText t) {
        if (locationFold == null) {
            locationFold = TextNormalizer.normalize(t.location).fold.strip();
        }
        return locationFold;
    }

    /** A word naming a body starts a word of {@code f} (" ltd" in "Acme Ltd", not "inc" in « principes »). */
    static boolean namesABody(String f) {
        for (String b : OrganizationCandidates.BODIES) {
            for (int i = f.indexOf(b); i >= 0; i = f.indexOf(b, i + 1)) {
                if (b.charAt(0) == ' ' || i == 0 || !Character.isLetterOrDigit(f.charAt(i - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Other places that name it: equal, or a shorter writing of it (« PSI » for "Paul Scherrer Institute (PSI)"). */
    private double agreement(Candidate c) {
        String self = c.core;
        int agree = 0;
        for (Candidate o : all) {
            if (o == c || o.rule.equals(c.rule)) {
                continue;
            }
            if (o.weighed != o.value) {
                o.core = TextNormalizer.normalize(o.value).fold.strip(); // its features are weighed when it is scored
            }
            String other = o.core;
            if (self.length() >= 2 && other.length() >= 2 && self.contains(other)) {
                agree++;
            }
        }
        return Math.min(2, agree);
    }


    /** The name matches the posting's own e-mail or web domain: "Oxybulle" and oxybulle.org, "CNLL" and cnll.fr. */
    private boolean matchesDomain(PostingText t, String core) {
        if (stems == null) {
            stems = new HashSet<>();
            String f = t.fold;
            int to = Math.min(f.length(), 60_000);
            int guard = 0;
            for (int i = f.indexOf('@'); i >= 0 && i < to && guard++ < 200; i = f.indexOf('@', i + 1)) {
                addStem(f, i + 1, to);
            }
            guard = 0;
            for (int i = f.indexOf("://"); i >= 0 && i < to && guard++ < 200; i = f.indexOf("://", i + 1)) {
                addStem(f, i + 3, to);
            }
        }
        String compact = Keywords.asciiAlnum(core);
        if (compact.length() < 3) {
            return false;
        }
        for (String stem : stems) {
            if (stem.equals(compact) || compact.length() >= 5 && (stem.startsWith(compact) || compact.startsWith(stem) && stem.length() >= 5)) {
                return true;
            }
        }
        return false;
    }

    /** The registered name of the host starting at {@code from} ("oxybulle" for www.oxybulle.org). */
    private void addStem(String f, int from, int to) {
        int e = from;
        while (e < to && (Character.isLetterOrDigit(f.charAt(e)) || f.charAt(e) == '.' || f.charAt(e) == '-')) {
            e++;
        }
        String host = f.substring(from, e);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.indexOf('.') > 0) {
            String stem = NameShapes.registered(host).replace("-", "");
            if (stem.length() >= 3) {
                stems.add(stem);
            }
        }
    }

    private static int count(String fold, String s) {
        int n = 0;
        for (int i = fold.indexOf(s); i >= 0 && n < 3; i = fold.indexOf(s, i + 1)) {
            n++;
        }
        return n;
    }
}
