package org.sillage.importing.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sillage.domain.ContractType;
import org.sillage.domain.Field;
import org.sillage.importing.extract.ContractTerms.Term;

import static org.sillage.importing.extract.ContractTerms.TERMS;
import static org.sillage.importing.extract.ContractTerms.t;

/**
 * The contract type, from every mention of one (CDI, CDD, stage, alternance, VSI, service civique,
 * freelance, volunteer, student job...). Each mention scores: strong phrases 2, weak ones 1, plus 2 in the
 * title and 1 on a line about the contract; a mention after « possible en », « évolution vers »... is an
 * outlook, not the contract, and is skipped. The best score wins, the earliest on ties.
 */
final class ContractTypeRule implements Rule {
    private static final String[] OTHERS_GROUP = {" club", " leader", " group", " organi", " association", " union",
        " engagement", " bod", " voter", " volunteer", " success", " life", " services", " affairs"};

    /** A length of employment anywhere in the body: "24-month", "18 months", "Duration: 12 months", « 2 ans ». */
    private static final Pattern DURATION = Pattern.compile(
            "(?<![\\d.,])(?:\\d{1,2}|six|twelve|eighteen|one|two|three|four|five)[- ](?:months?|mois|years?|ans)(?![a-z])|(?:duration|duree)[^\\n]{0,20}:");

    private static boolean startsWithAny(String f, int at, String[] words) {
        for (String w : words) {
            if (f.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean statesDuration(PostingText t) {
        return DURATION.matcher(t.fold).region(t.bodyStart, t.fold.length()).find();
    }

    private static final String[] UNPAID_TIME = {" week", " day", " leave", " holiday", " break", " lunch", " overtime"};
    private static final String[] PERMANENT = {"permanent", "indetermin", "indefinite", "open-ended", "onbepaald"};

    /** Applying or information words inside such a span: a closing date, not the contract's end. */
    private static final String[] END_NOT = {"candidat", "apply", "applica", "postul", "sollicit", "reageer", "dossier",
        "receiv", "accept", "open until", "ouvert", "publi", "inscri", "affich", "filled", "pourvu"};

    private static final String[] OUTLOOK = {"possible en", "possibilite de", "evolution", "eventuellement", "reconduction",
        "conversion", "vers un", "pourra", "could", "may lead", "potentially", "titularisation", "not a ", "not an ",
        "pas un ", "pas une ", "n'est pas", "no ", "isn't", "is not", "uitzicht op", "kans op", "mogelijkheid tot",
        "perspective", "prospect of", "deboucher", "lead to", "leading to", "intention", "subject to funding", "to become a", "to make this a", "to make it a"};
    private static final String[] CONTRACT_LINE = {"contrat", "contract", "type de poste", "statut", "nature", "poste ouvert",
        "dienstverband", "employment", "durée", "duree", "conditions"};

    static final String[] YEAR_ANCHORS = {"not to exceed", "year", "jaar", "renewable", "pour un an", "pour une annee", "pour deux ans", "pour 1 an", "pour 2 ans",
        "pour trois ans", "pour 3 ans", "contrat de ", "d'une duree de ", "mois renouvelable", "month", "maanden",
        // « Durée : 12 mois », « pour une durée de 6 mois », « Contractduur: vanaf 7 maanden »
        "duree", "contractduur", "looptijd"};

    @Override
    public String name() {
        return "contract";
    }

    /** The terms' keyword ids, read once (in a holder: the lexicon is built from this rule's own words). */
    private static final class TermIds {
        static final int[] IDS = Lexicon.ALL.ids(java.util.Arrays.stream(TERMS).map(Term::words).toArray(String[]::new));
    }

    /** What opens a list of examples: the contracts after it are what may be agreed, not what is offered. */
    private static final String[] EXAMPLE_MARKS = {"bijv. ", "bijv ", "bijvoorbeeld ", "e.g. ", "e.g., ", "par exemple ",
        "p. ex. ", "such as "};
    /** After « intern », the other half of « intern en extern » (Dutch « internal and external »). */
    private static final String[] EXTERNAL = {" en extern", " of extern", " and extern"};

    /** Employment named beside freelancing as its alternative: "employee or contractor", « salarié ou freelance ». */
    private static final String[] EMPLOYEE_OR = {"employee or", "or an employee", "or as an employee", "salarie ou",
        "ou salarie", "werknemer of", "of werknemer", "employment or", "or employment"};

    /** The words of an equal-opportunity statement, whose list of employment decisions names no contract. */
    static final String[] EQUAL_OPPORTUNITY = {"discriminat", "equal opportunit", "equal employment",
        "without regard to",
        // and a privacy notice: "we keep your personal data for one year", « vos données personnelles sont conservées 2 ans »
        "personal data", "donnees personnelles", "donnees a caractere personnel", "persoonsgegevens", "privacy"};

    /** Where the words of an equal-opportunity statement stand, ascending; null when the text has none. */
    private static int[] policyWords(PostingText t) {
        java.util.stream.IntStream.Builder at = java.util.stream.IntStream.builder();
        int n = 0;
        for (String w : EQUAL_OPPORTUNITY) {
            for (int k : t.hits.of(w)) {
                if (n >= 200) {
                    break;
                }
                at.add(k);
                n++;
            }
        }
        return n == 0 ? null : at.build().sorted().toArray();
    }

    /** Whether such a word stands in the sentence of the term at {@code [i, from)}. */
    private static boolean inPolicy(PostingText t, int[] policy, int i, int from) {
        int k = java.util.Arrays.binarySearch(policy, i - 400);
        k = k < 0 ? -k - 1 : k;
        if (k >= policy.length || policy[k] > from + 400) {
            return false; // none within reach of the term's sentence
        }
        int s = Math.max(t.sentenceStart(i), i - 400);
        int e = Math.min(t.fold.length(), Math.max(from, t.sentenceEnd(from)));
        for (; k < policy.length && policy[k] < e; k++) {
            if (policy[k] >= s) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void apply(PostingText t) {
        if (t.isSet(Field.CONTRACT_TYPE)) {
            return;
        }
        String f = t.fold;
        if (frontMatter(t)) {
            return;
        }
        int[] policy = policyWords(t); // (found once: a term's sentence is read only near one of them)
        int bestScore = 0;
        int bestPos = -1;
        int bestEnd = -1;
        ContractType best = null;
        int[] termIds = TermIds.IDS;
        for (int k = 0; k < TERMS.length; k++) {
            Term term = TERMS[k];
            for (int i : t.hits.of(termIds[k])) {
                int from = i + term.words().length();
                if (!boundary(f, i, term.words())) {
                    continue;
                }
                if (term.words().equals("benevolat") && fieldOfWork(f, i)) {
                    continue; // « Coordinateur du pôle bénévolat »: the field of the job, not its contract
                }
                if (enumerated(f, i, from) && !ContractAlternatives.sameType(f, i, from, term.type())
                        || machineLearning(f, term.words(), i, from)) {
                    continue;
                }
                if (term.strength() < 2 && term.type() == ContractType.OTHER && servedStudents(f, i)) {
                    continue; // « le suivi administratif de l'étudiant »: the people the job serves, not its contract
                }
                if (policy != null && inPolicy(t, policy, i, from)) {
                    continue; // "… in all employment decisions, including recruitment, training and apprenticeship": a policy
                }
                if (term.strength() < 2 && startsWithAny(f, from, OTHERS_GROUP)) {
                    continue; // "student clubs", « étudiants »: people around the job, not its contract
                }
                if (term.type() == ContractType.FREELANCE
                        && Keywords.regionContainsAny(f, Math.max(0, i - 30), Math.min(f.length(), from + 30), EMPLOYEE_OR)) {
                    continue; // "(as an employee or as a contractor)", « salarié ou indépendant »: either, so neither
                }
                if (Keywords.regionContainsAny(f, Math.max(0, i - 14), i, EXAMPLE_MARKS)) {
                    continue; // « constructie (bijv. freelance, dienstverband … of stage) »: examples of what may be agreed
                }
                if (term.words().equals("intern") && (startsWithAny(f, from, EXTERNAL) || f.startsWith("extern en ", Math.max(0, i - 10)))) {
                    continue; // « een intern en extern relatienetwerk »: Dutch « internal », not an intern
                }
                if (term.words().equals("unpaid") && startsWithAny(f, from, UNPAID_TIME)) {
                    continue; // "two unpaid weeks leave": time off, not an unpaid role
                }
                if (term.type() == ContractType.CDD && term.words().contains("dur")
                        && Keywords.regionContainsAny(f, i, t.lineEnd(i), PERMANENT)) {
                    continue; // « Durée du contrat : indéterminée »
                }
                if (PhdPost.is(term.words()) && !statesDuration(t)) {
                    continue; // a postdoc or a PhD with no stated length: its contract is not stated
                }
                if (term.words().equals("student") && PhdPost.before(f, i)) {
                    continue; // "PhD student": a doctoral post, not a student's job
                }
                int score = score(t, i, term.strength());
                if (score > bestScore || (score == bestScore && i < bestPos)) {
                    bestScore = score;
                    bestPos = i;
                    bestEnd = from;
                    best = term.type();
                }
            }
        }
        for (String anchor : YEAR_ANCHORS) {
            for (int i : t.hits.of(anchor)) {
                Matcher m = ContractDurations.find(f, Math.max(0, i - 45), Math.min(f.length(), i + 45));
                if (m == null || policy != null && inPolicy(t, policy, m.start(), m.end())) {
                    continue; // (« … keeping my personal data for one year »: a privacy notice's period)
                }
                // a duration in months fits a CDD, a mission or an internship: weaker than any named kind
                // (but "funded for 12 months" is a post's funding: a job's fixed term)
                boolean months = m.group().contains("mois") || m.group().contains("month");
                int score = score(t, m.start(), months && !m.group().startsWith("funded")
                        || ContractDurations.labelled(m.group()) ? 1 : 2);
                if (score > bestScore || (score == bestScore && m.start() < bestPos)) {
                    bestScore = score;
                    bestPos = m.start();
                    bestEnd = m.end();
                    best = ContractType.CDD;
                }
            }
        }
        // the job's own title names its kind (« Stage en écologie », "Volunteer coordinator", « Maître de conférences »)
        ContractLabels.Kind fromTitle = ContractLabels.titleKind(t);
        if (fromTitle != null && 3 > bestScore) {
            bestScore = 3;
            bestPos = fromTitle.start();
            bestEnd = fromTitle.end();
            best = fromTitle.type();
        }
        // a body label « Type de contrat : Stage », "Contract type: Temporary", « Statut : bénévole »
        ContractLabels.Kind labelled = ContractLabels.bodyLabel(t);
        if (labelled == null) {
            labelled = ContractLabels.labelAbove(t);
        }
        if (labelled != null && 4 > bestScore) {
            bestScore = 4;
            bestPos = labelled.start();
            bestEnd = labelled.end();
            best = labelled.type();
        }
        java.util.List<int[]> ends = ContractEnds.jobEnds(t, t.bodyStart);
        for (int guard = 0; guard < Math.min(20, ends.size()); guard++) {
            int[] end = ends.get(guard);
            if (Keywords.containsAny(f.substring(end[0], end[1]), END_NOT)) {
                continue;
            }
            // the job ends on a stated date ("employment ... through February 2023", "End Date: 11/15/2024"): fixed term
            int score = score(t, end[0], 1) + 1;
            if (score > bestScore) {
                bestScore = score;
                bestPos = end[0];
                bestEnd = end[1];
                best = ContractType.CDD;
            }
            break;
        }
        if (best != null) {
            t.out().contractType(best);
            t.set(Field.CONTRACT_TYPE);
            t.evidence(Field.CONTRACT_TYPE, bestPos, bestEnd, "contract.mention");
        }
    }

    /** The first kind a short value names (strong words, and the words that count only as a whole value). */
    static ContractType kindOf(String v) {
        int bestAt = Integer.MAX_VALUE;
        int bestLen = 0;
        ContractType best = null;
        for (Term term : VALUE_TERMS) {
            if (term.strength() < 2 && !term.words().equals("alternance") && !term.words().equals("benevolat")) {
                continue;
            }
            int i = v.indexOf(term.words());
            if (i > 0 && !Character.isLetterOrDigit(v.charAt(i - 1)) && !Character.isLetter(v.charAt(i + term.words().length()))
                    && (i < bestAt || i == bestAt && term.words().length() > bestLen)) {
                bestAt = i;
                bestLen = term.words().length();
                best = term.type();
            }
        }
        if (best != null && Keywords.containsAny(v, OUTLOOK)) {
            return null;
        }
        return best;
    }

    private static final String[] META_KEYS = {"contrat", "contract", "contract_type", "type_de_contrat", "typecontrat",
        "employment_type", "employmenttype", "type_contrat", "contractvorm", "dienstverband", "job_type", "a_job_type", "type"};

    /** Words that name a contract only as the whole value of a front-matter key (« type: Indépendant », "Temporary"). */
    private static final Term[] META_ONLY = {
        t("stage", ContractType.STAGE, 2), t("independant", ContractType.FREELANCE, 2), t("independante", ContractType.FREELANCE, 2),
        t("independent", ContractType.FREELANCE, 2), t("temporary", ContractType.CDD, 2), t("benevole", ContractType.VOLUNTEER, 2),
        t("volunteer", ContractType.VOLUNTEER, 2), t("voluntary", ContractType.VOLUNTEER, 2), t("paid internship", ContractType.STAGE, 2),
    };

    /** The terms a short value is read with: every term, then those that count only as a whole value. */
    private static final java.util.List<Term> VALUE_TERMS = java.util.stream.Stream.concat(java.util.Arrays.stream(TERMS),
            java.util.Arrays.stream(META_ONLY)).toList();

    /**
     * « contrat: indépendant/freelance »: a front-matter key naming the contract; its value's first kind is the
     * contract, the names after a slash being other words for it, not other kinds offered.
     */
    private static boolean frontMatter(PostingText t) {
        PostingText.Meta m = t.meta(META_KEYS);
        if (m == null) {
            return false;
        }
        String v = " " + TextNormalizer.normalize(m.value()).fold.replace('/', ' ') + " ";
        ContractType best = kindOf(v);
        if (best == null) {
            return false;
        }
        t.out().contractType(best);
        t.set(Field.CONTRACT_TYPE);
        t.evidence(Field.CONTRACT_TYPE, m.start(), m.end(), "contract.front-matter");
        return true;
    }

    /** « de durée indéterminée ou déterminée », "CDD or CDI": one of several kinds listed, not the contract. */
    private static boolean enumerated(String f, int i, int end) {
        String after = f.substring(end, Math.min(f.length(), end + 5));
        String before = f.substring(Math.max(0, i - 4), i);
        return after.startsWith(" ou ") || after.startsWith(" or ") || after.startsWith(" of ") && false
                || before.endsWith(" ou ") || before.endsWith(" or ") || after.startsWith("/") || before.endsWith("/");
    }

    /**
     * « la gestion administrative de l'étudiant », « l'accueil à l'étudiant »: the people the job serves, not a student's
     * job (while « l'étudiant retenu », "the student will" is the one hired).
     */
    private static boolean servedStudents(String f, int i) {
        String before = f.substring(Math.max(0, i - 5), i);
        return before.endsWith("de l'") || before.endsWith("a l'");
    }

    private static final String[] LEARNING = {" automatique", " profond", " machine", " statistique", " supervise",
        " par renforcement", " de representation", " artificiel", " frugal", " federe"};

    /** What a method of learning is called before « apprentissage »: « approches d'apprentissage », « méthodes en apprentissage ». */
    private static final String[] LEARNING_BEFORE = {"approche", "methode", "algorithme", "modele", "technique", "outils"};

    /**
     * « apprentissage automatique », « approches très diverses en apprentissage »: machine learning, not an
     * apprenticeship.
     */
    private static boolean machineLearning(String f, String w, int i, int end) {
        return w.contains("apprenti") && (Keywords.containsAny(f.substring(end, Math.min(f.length(), end + 20)), LEARNING)
                || Keywords.containsAny(f.substring(Math.max(0, i - 35), i), LEARNING_BEFORE));
    }

    private static boolean fieldOfWork(String f, int i) {
        String before = f.substring(Math.max(0, i - 6), i);
        return before.endsWith("du ") || before.endsWith("pole ") || before.endsWith("au ") || before.endsWith("le ");
    }

    private static boolean boundary(String f, int i, String w) {
        boolean before = i == 0 || !Character.isLetterOrDigit(f.charAt(i - 1)) || w.charAt(0) == '(';
        if (before && i > 0 && f.charAt(i - 1) == '-' && w.startsWith("term ")) {
            before = false; // "long-term position", "short-term contract": not a term position
        }
        int e = i + w.length();
        boolean after = e >= f.length() || !Character.isLetter(f.charAt(e)) || !Character.isLetter(w.charAt(w.length() - 1));
        if (after && e + 1 < f.length() && f.charAt(e) == '-' && Character.isLetter(f.charAt(e + 1))
                && Character.isLetter(w.charAt(w.length() - 1))) {
            after = false; // « permanent-es »: the word goes on
        }
        return before && after;
    }

    private static int score(PostingText t, int i, int strength) {
        String f = t.fold;
        int ls = t.lineStart(i);
        int back = Math.max(ls, i - 30);
        String before = f.substring(back, i).replace("*", "").replace("_", "");
        if (Keywords.containsAny(before, OUTLOOK)) {
            return 0;
        }
        int score = strength;
        if (t.inTitle(i)) {
            score += 2;
        }
        if (Keywords.regionContainsAny(f, Math.max(ls, i - 200), Math.min(t.lineEnd(i), i + 200), CONTRACT_LINE)) {
            score += 1;
        }
        return score;
    }
}
