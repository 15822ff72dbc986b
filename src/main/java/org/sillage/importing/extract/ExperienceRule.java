package org.sillage.importing.extract;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sillage.domain.Field;

/**
 * Minimum years of experience: « 3 ans d'expérience », « Deux ans d'expérience minimum », « une
 * expérience d'au moins 5 ans », "From 3 yrs of exp.", "5+ years of experience", « 3 jaar ervaring »;
 * the lower bound of a range. Salary tiers (« jusqu'à 5 ans », « au-delà de 5 ans ») are not a requirement.
 */
final class ExperienceRule implements Rule {
    private static final String NUM = "(\\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|two|three|four|five|"
            + "seven|eight|nine|ten|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)";
    /** The upper end of a range, in digits or words ("three-five years", « deux à trois ans »). */
    private static final String UPPER = "(?:\\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|dix|two|three|four|five|six|seven|eight|ten"
            + "|twee|drie|vier|vijf|zes|tien)(?![a-z])";
    private static final Pattern BEFORE = Pattern.compile(NUM
            + "(?: ?\\(\\d{1,2}\\))?(?: ?(?:a|-|to|tot|ou|or|a|à) ?" + UPPER + ")?\\+? ?(?:ans|an|annees|annee|years?|yrs?|jaar|jaren)'?\\.?"
            + " ?(?:minimum |au moins |d'|de |of |aan |relevante |relevant |professional |proven |work )*"
            + "(?:[a-z-]{2,20} ){0,2}(?:experience|exp(?![a-z])|ervaring|werkervaring)");
    private static final Pattern AFTER = Pattern.compile(
            "(?:experience|ervaring)[^.\\n;]{0,50}?(?:d'au moins|de minimum|d'un minimum de|minimum|minimale de|of at least|"
            + "at least|van minstens|van minimaal|minimaal|de|d'|of|van|:|\\() ?[>≥+]? ?" + NUM + "\\+? ?(?:(?:a|-|to) ?\\d{1,2} ?)?(?:ans|an|annees|years?|yrs?|jaar)(?![a-z])");
    private static final String[] UPPER_BOUND = {"jusqu'a", "up to", "au-dela", "au dela", "beyond", "moins de", "less than",
        "tot ", "maximum", "over ", "forte de", "fort de", "riche de", "avons", "we have", "has over", "depuis", "plus de"};
    private static final String[] SALARY = {"salaire", "salary", "remuneration", "loon", "euros", "€"};
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("un", 1), Map.entry("une", 1),
            Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6),
            Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("een", 1), Map.entry("twee", 2),
            Map.entry("drie", 3), Map.entry("vier", 4), Map.entry("vijf", 5), Map.entry("zes", 6), Map.entry("zeven", 7),
            Map.entry("acht", 8), Map.entry("negen", 9), Map.entry("tien", 10));

    static final String[] ANCHORS = {"exp", "ervaring", "year", "yrs", " ans", " annees", "jaar"};
    private static final String[] EXPERIENCE_ANCHORS = {"exp", "ervaring"};
    private static final String[] UNIT_ANCHORS = {"year", "yrs", " ans", " annees", "jaar"};
    /** "2+ years coordinating volunteers", « 3 ans minimum dans l'animation », "5 years in a similar role". */
    private static final Pattern YEARS = Pattern.compile(NUM
            + "(?: ?\\(\\d{1,2}\\))?(?: ?(?:a|-|to|tot|ou|or) ?" + UPPER + ")?(\\+)? ?(?:ans|annees|years?|yrs?|jaar|jaren)(?![a-z])'?"
            + "(?: ?(\\+|or more|ou plus|of more|minimum|min\\.?|au moins|at least|minimaal|minstens)(?![a-z]))?"
            + " ?([a-z']{1,20})?");
    /** Words after the unit that make it a span of practice, not of time. */
    private static final java.util.Set<String> PRACTICE = java.util.Set.of("of", "in", "de", "d'", "dans", "en", "as",
        "op", "als", "bij", "leading", "managing", "working", "coordinating", "doing", "au", "comme");
    /** Heading words over the requirements. */
    private static final String[] REQUIREMENT_HEADINGS = {"profil", "require", "qualification", "competence", "skills",
        "you bring", "about you", "who you are", "looking for", "recherch", "vereist", "profiel", "wie ben je",
        "wat vragen", "what you have", "what we need", "must have", "essential", "exigence", "experience", "ervaring",
        "savoir-etre", "savoir-faire", "attendu", "prerequis", "criteria", "criteres", "who we"};
    /** Words before the number on its line saying that it is required. */
    private static final String[] REQUIREMENT_CUES = {"you have", "you've", "have ", "with ", "minimum", "at least",
        "require", "vous avez", "justifi", "au moins", "titulaire", "je hebt", "minstens", "minimaal", "profil", "qualif",
        "must", "doit", "need", "dispos", "possed", "bring", "vereist", "profiel", "ideal", "experience", "ervaring",
        "exige", "souhait", "demand"};
    /** A duration of the job itself, a founding date, an age. */
    private static final String[] NOT_PRACTICE = {"contract", "contrat", "cdd", "cdi ", "mission de", "mission of",
        "duree", "duration", " term", "-term", "funded", "funding", "financ", "period", "renouvel", "renewable", "depuis",
        "since", "founded", "fonde", "cree ", "creee", "existe", "years old", " age ", " aged", "agee", "d'age", "jeune",
        "anniversa", "mandat", "looptijd", "bepaalde", "verlenging", "next ", "first ", "premier", "prochain", "over the"};

    @Override
    public String name() {
        return "experience";
    }

    /**
     * Whether the word the patterns end on (BEFORE) or start with (AFTER) stands at {@code i}: « expérience »,
     * "exp." or « ervaring ». The anchor "exp" is also "expertise", "expected", « expression »: the two patterns
     * were tried at each of them (a tenth of the rule's time and more).
     */
    private static boolean experienceWordAt(String f, int i) {
        if (f.startsWith("experience", i) || f.startsWith("ervaring", i)) {
            return true;
        }
        if (!f.startsWith("exp", i)) {
            return false;
        }
        int after = i + 3;
        return after >= f.length() || f.charAt(after) < 'a' || f.charAt(after) > 'z';
    }

    @Override
    public void apply(PostingText t) {
        if (t.isSet(Field.EXPERIENCE_YEARS)) {
            return;
        }
        String f = t.fold;
        String[] anchors = EXPERIENCE_ANCHORS;
        int bestPos = Integer.MAX_VALUE;
        int bestEnd = 0;
        int bestNumPos = 0;
        Integer best = null;
        for (String anchor : anchors) {
            for (int i : t.hits.of(anchor)) {
                if (best != null && i > bestPos + 80) {
                    break;
                }
                if (!experienceWordAt(f, i)) {
                    continue; // "expertise", "expected": neither pattern can end on such a word
                }
                int rs = Math.max(0, i - 60);
                boolean unit = Keywords.indexIn(f, "an", rs, i) >= 0 || Keywords.indexIn(f, "year", rs, i) >= 0
                        || Keywords.indexIn(f, "yr", rs, i) >= 0 || Keywords.indexIn(f, "jaar", rs, i) >= 0;
                for (int w = rs; unit && w < i; w++) {
                    // only where a number or a number word starts
                    if (!Character.isLetterOrDigit(f.charAt(w)) || w > 0 && Character.isLetterOrDigit(f.charAt(w - 1))) {
                        continue;
                    }
                    int we = w;
                    while (we < i && Character.isLetterOrDigit(f.charAt(we))) {
                        we++;
                    }
                    if (!Character.isDigit(f.charAt(w)) && !WORDS.containsKey(f.substring(w, we))) {
                        continue;
                    }
                    Matcher b = BEFORE.matcher(f).region(w, Math.min(f.length(), i + 15));
                    if (b.lookingAt() && b.end() >= i && accept(t, b.start(1))) {
                        Integer v = value(b.group(1));
                        if (v != null && b.start() < bestPos) {
                            best = v;
                            bestPos = b.start();
                            bestEnd = b.end();
                            bestNumPos = b.start(1);
                        }
                        break;
                    }
                }
                Matcher a = AFTER.matcher(f).region(i, Math.min(f.length(), i + 90));
                if (a.lookingAt() && accept(t, a.start(1))) {
                    Integer v = value(a.group(1));
                    if (v != null && a.start() < bestPos) {
                        best = v;
                        bestPos = a.start();
                        bestEnd = a.end();
                        bestNumPos = a.start(1);
                    }
                }
            }
        }
        if (best == null) {
            for (String anchor : UNIT_ANCHORS) {
                for (int i : t.hits.of(anchor)) {
                    if (i > bestPos) {
                        break;
                    }
                    int[] m = practiceYears(t, anchor.charAt(0) == ' ' ? i + 1 : i);
                    if (m != null && m[1] < bestPos) {
                        best = m[0];
                        bestPos = m[1];
                        bestNumPos = m[1];
                        bestEnd = m[2];
                        break;
                    }
                }
            }
        }
        if (best != null && best > 0 && best <= 40) {
            t.out().experienceYears(best);
            t.set(Field.EXPERIENCE_YEARS);
            t.evidence(Field.EXPERIENCE_YEARS, Math.min(bestPos, bestNumPos), bestEnd, "experience.years");
        }
    }

    private static boolean accept(PostingText t, int numPos) {
        String f = t.fold;
        if (numPos > 0 && Character.isLetterOrDigit(f.charAt(numPos - 1))) {
            return false;
        }
        if (Keywords.regionContainsAny(f, Math.max(t.lineStart(numPos), numPos - 16), numPos, UPPER_BOUND)) {
            return false;
        }
        int s = t.sentenceStart(numPos);
        int e = t.sentenceEnd(numPos);
        // (what is wished for is said near the years: "… development (Drupal, Node.js a plus)" is about the tools)
        return !Keywords.regionContainsAny(f, s, e, SALARY)
                && !Keywords.regionContainsAny(f, s, Math.min(e, numPos + 80), NOT_REQUIRED);
    }

    /** What makes the years wished for, not required: "(ideal but not required)", "an asset", « débutant accepté ». */
    private static final String[] NOT_REQUIRED = {"not required", "an asset", "a plus", "un plus", "un atout",
        "debutant", "pas obligatoire", "pas indispensable", "non obligatoire", "not necessary", "not essential",
        "nice to have", "pluspunt", "geen vereiste", "niet vereist", "niet verplicht", "not mandatory"};

    private static Integer value(String g) {
        if (Character.isDigit(g.charAt(0))) {
            return Integer.valueOf(g);
        }
        return WORDS.get(g);
    }

    /**
     * Years written without the word "experience" but in a requirement ("Requirements: 2+ years coordinating
     * volunteers", « Profil : 3 ans minimum dans l'animation »): {value, start, end} or null.
     */
    private static int[] practiceYears(PostingText t, int unit) {
        String f = t.fold;
        if (unit > 0 && Character.isLetter(f.charAt(unit - 1))) {
            return null;
        }
        int ls = t.lineStart(unit);
        int from = Math.max(ls, unit - 14);
        for (int w = from; w < unit; w++) {
            if (!Character.isLetterOrDigit(f.charAt(w)) || w > 0 && Character.isLetterOrDigit(f.charAt(w - 1))) {
                continue;
            }
            int we = w;
            while (we < unit && Character.isLetterOrDigit(f.charAt(we))) {
                we++;
            }
            if (!Character.isDigit(f.charAt(w)) && !WORDS.containsKey(f.substring(w, we))) {
                continue;
            }
            Matcher m = YEARS.matcher(f).region(w, Math.min(f.length(), unit + 40));
            if (!m.lookingAt() || m.end() <= unit) {
                return null;
            }
            boolean practice = m.group(2) != null || m.group(3) != null
                    || m.group(4) != null && (PRACTICE.contains(m.group(4))
                    || m.group(4).endsWith("ing") && m.group(4).length() > 5);
            if (!practice || !accept(t, m.start(1))) {
                return null;
            }
            int s = t.sentenceStart(w);
            int e = t.sentenceEnd(unit);
            if (Keywords.regionContainsAny(f, s, e, NOT_PRACTICE)
                    || Keywords.regionContainsAny(f, s, Math.min(e, unit + 80), NOT_REQUIRED)) {
                return null;
            }
            boolean cue = Keywords.regionContainsAny(f, Math.max(ls, w - 120), w, REQUIREMENT_CUES);
            if (!cue) {
                PostingText.Heading h = t.headingBefore(w);
                cue = h != null && w - h.end() < 1500 && Keywords.containsAny(h.fold(), REQUIREMENT_HEADINGS);
            }
            if (!cue) {
                cue = listLabelled(t, ls);
            }
            Integer v = value(m.group(1));
            if (!cue || v == null || v >= 16) {
                return null; // (« 18 ans ou plus » under « Exigences »: an age, not years of practice)
            }
            return new int[] {v, m.start(), m.end(4) > 0 ? m.end(4) : m.end()};
        }
        return null;
    }

    /** True when the list holding the line at {@code ls} sits under a short label line about requirements ("About you"). */
    private static boolean listLabelled(PostingText t, int ls) {
        String f = t.fold;
        int p = ls;
        for (int n = 0; n < 14 && p > 0; n++) {
            int s = t.lineStart(p - 1);
            int a = s;
            while (a < p - 1 && (f.charAt(a) == ' ' || f.charAt(a) == '\t')) {
                a++;
            }
            int e = p - 1;
            p = s;
            if (a >= e) {
                continue;
            }
            char c = f.charAt(a);
            if ("-*•▪·➔►–>".indexOf(c) >= 0 || Character.isDigit(c)) {
                continue;
            }
            return e - a <= 60 && Keywords.regionContainsAny(f, a, e, REQUIREMENT_HEADINGS);
        }
        return false;
    }
}
