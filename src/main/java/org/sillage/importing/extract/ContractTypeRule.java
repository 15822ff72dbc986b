package org.sillage.importing.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sillage.domain.ContractType;
import org.sillage.domain.Field;

/**
 * The contract type, from every mention of one (CDI, CDD, stage, alternance, VSI, service civique,
 * freelance, volunteer, student job...). Each mention scores: strong phrases 2, weak ones 1, plus 2 in the
 * title and 1 on a line about the contract; a mention after « possible en », « évolution vers »... is an
 * outlook, not the contract, and is skipped. The best score wins, the earliest on ties.
 */
final class ContractTypeRule implements Rule {

    private record Term(String words, ContractType type, int strength) {
    }

    private static final Term[] TERMS = {
        t("cdi", ContractType.CDI, 2), t("contrat a duree indeterminee", ContractType.CDI, 2),
        t("duree indeterminee", ContractType.CDI, 2), t("permanent contract", ContractType.CDI, 2),
        t("permanent position", ContractType.CDI, 2), t("long-term contract", ContractType.CDI, 2),
        t("vast contract", ContractType.CDI, 2), t("vast dienstverband", ContractType.CDI, 2),
        t("tijdelijk dienstverband", ContractType.CDD, 2), t("jaarcontract", ContractType.CDD, 2), t("onbepaalde duur", ContractType.CDI, 2),
        t("contrat permanent", ContractType.CDI, 2), t("vaste aanstelling", ContractType.CDI, 2),
        t("open-ended contract", ContractType.CDI, 2), t("open-ended", ContractType.CDI, 2),
        t("permanent", ContractType.CDI, 1), t("indeterminate position", ContractType.CDI, 2),
        t("indeterminate", ContractType.CDI, 1), t("poste permanent", ContractType.CDI, 2), t("indefinite contract", ContractType.CDI, 2),
        t("cdd", ContractType.CDD, 2), t("contrat a duree determinee", ContractType.CDD, 2),
        t("duree determinee", ContractType.CDD, 2), t("fixed-term", ContractType.CDD, 2),
        t("fixed term", ContractType.CDD, 2), t("temporary contract", ContractType.CDD, 2),
        // British universities: "Limit of tenure: funding is available until March 2013"
        t("limit of tenure", ContractType.CDD, 2),
        t("temporary position", ContractType.CDD, 2), t("bepaalde duur", ContractType.CDD, 2),
        t("tijdelijk contract", ContractType.CDD, 2), t("contrat d'un an", ContractType.CDD, 2),
        t("contrat de vacataire", ContractType.CDD, 2), t("contrat de projet", ContractType.CDD, 2),
        t("month contract", ContractType.CDD, 2), t("months contract", ContractType.CDD, 2),
        t("term position", ContractType.CDD, 2), t("term contract", ContractType.CDD, 2), t("term appointment", ContractType.CDD, 2),
        // "Temporary Post: September 2015 to July 2016"
        t("temporary post", ContractType.CDD, 2), t("temporary position", ContractType.CDD, 2),
        t("temporary contract", ContractType.CDD, 2), t("temporary role", ContractType.CDD, 2),
        t("recherche des benevoles", ContractType.VOLUNTEER, 2), t("recrute des benevoles", ContractType.VOLUNTEER, 2),
        t("cherche des benevoles", ContractType.VOLUNTEER, 2), t("recherchons des benevoles", ContractType.VOLUNTEER, 2),
        t("appel a benevoles", ContractType.VOLUNTEER, 2), t("onbepaalde tijd", ContractType.CDI, 2),
        t("bepaalde tijd", ContractType.CDD, 2),
        t("engagement benevole", ContractType.VOLUNTEER, 2), t("en tant que benevole", ContractType.VOLUNTEER, 2),
        t("as a volunteer", ContractType.VOLUNTEER, 2), t("looking for volunteers", ContractType.VOLUNTEER, 2),
        t("studentenjob", ContractType.OTHER, 2), t("job etudiant", ContractType.OTHER, 1),
        t("stage de", ContractType.STAGE, 2), t("stage :", ContractType.STAGE, 2), t("(stage)", ContractType.STAGE, 2),
        // « Stage conventionné (gratifié selon la réglementation) »
        t("stage conventionne", ContractType.STAGE, 2), t("stage gratifie", ContractType.STAGE, 2),
        t("stage remunere", ContractType.STAGE, 2), t("poste de benevole", ContractType.VOLUNTEER, 2),
        // the pay's label says there is none: « Salaire : Volontaire », "Salary: unpaid", "an unpaid role"
        t("salaire : volontaire", ContractType.VOLUNTEER, 2), t("salaire: volontaire", ContractType.VOLUNTEER, 2),
        t("salaire : benevole", ContractType.VOLUNTEER, 2), t("salaire: benevole", ContractType.VOLUNTEER, 2),
        t("remuneration : benevole", ContractType.VOLUNTEER, 2), t("remuneration: benevole", ContractType.VOLUNTEER, 2),
        t("salary: voluntary", ContractType.VOLUNTEER, 2), t("salary: unpaid", ContractType.VOLUNTEER, 2),
        t("salary : voluntary", ContractType.VOLUNTEER, 2), t("salary : unpaid", ContractType.VOLUNTEER, 2),
        t("unpaid role", ContractType.VOLUNTEER, 2), t("unpaid position", ContractType.VOLUNTEER, 2),
        t("salaris: vrijwillig", ContractType.VOLUNTEER, 2), t("onbetaald vrijwilligerswerk", ContractType.VOLUNTEER, 2),
        // a seasonal job in France is a fixed-term one (« CDD saisonnier »); « Dienstverband: vast »
        t("contrat saisonnier", ContractType.CDD, 2), t("emploi saisonnier", ContractType.CDD, 1),
        t("poste saisonnier", ContractType.CDD, 1), t("vast dienstverband", ContractType.CDI, 2),
        t("dienstverband: vast", ContractType.CDI, 2), t("dienstverband : vast", ContractType.CDI, 2),
        t("vaste aanstelling", ContractType.CDI, 2),
        t("recherche un benevole", ContractType.VOLUNTEER, 2), t("recherche une benevole", ContractType.VOLUNTEER, 2),
        t("recrute un benevole", ContractType.VOLUNTEER, 2), t("recrute une benevole", ContractType.VOLUNTEER, 2),
        t("stagiaire", ContractType.STAGE, 1), t("un stage", ContractType.STAGE, 2), t("offre de stage", ContractType.STAGE, 2),
        t("internship", ContractType.STAGE, 2), t("intern", ContractType.STAGE, 1), t("stageplaats", ContractType.STAGE, 2), t("stagiair", ContractType.STAGE, 2),
        t("contrat d'apprentissage", ContractType.ALTERNANCE, 2), t("contrat de professionnalisation", ContractType.ALTERNANCE, 2),
        t("contrat en alternance", ContractType.ALTERNANCE, 2), t("poste en alternance", ContractType.ALTERNANCE, 2),
        t("en alternance", ContractType.ALTERNANCE, 1), t("alternant", ContractType.ALTERNANCE, 1),
        t("alternance", ContractType.ALTERNANCE, 1), t("apprenticeship", ContractType.ALTERNANCE, 2),
        t("en apprentissage", ContractType.ALTERNANCE, 2), t("apprenti", ContractType.ALTERNANCE, 1),
        t("apprentie", ContractType.ALTERNANCE, 1),
        t("vsi", ContractType.VSI, 2), t("volontariat de solidarite internationale", ContractType.VSI, 2),
        t("volontaires de solidarite internationale", ContractType.VSI, 2),
        t("volontaire de solidarite internationale", ContractType.VSI, 2),
        t("service civique", ContractType.SERVICE_CIVIQUE, 2),
        t("freelance", ContractType.FREELANCE, 2), t("free-lance", ContractType.FREELANCE, 2),
        t("freelances", ContractType.FREELANCE, 2), t("personnes independantes", ContractType.FREELANCE, 2),
        t("personne independante", ContractType.FREELANCE, 2), t("en independant", ContractType.FREELANCE, 2),
        t("statut d'independant", ContractType.FREELANCE, 2), t("statut independant", ContractType.FREELANCE, 2),
        t("travailleur independant", ContractType.FREELANCE, 2), t("consultant independant", ContractType.FREELANCE, 2),
        t("consultante independante", ContractType.FREELANCE, 2), t("contractuels ou independants", ContractType.FREELANCE, 1),
        t("contrat de prestation", ContractType.FREELANCE, 2),
        t("self-employed", ContractType.FREELANCE, 2), t("consultant position", ContractType.FREELANCE, 2),
        t("consultancy basis", ContractType.FREELANCE, 2), t("consultancy contract", ContractType.FREELANCE, 2),
        // "the ideal volunteer would be", "working with other volunteers": the role is one of them
        t("ideal volunteer", ContractType.VOLUNTEER, 2), t("ideale vrijwilliger", ContractType.VOLUNTEER, 2),
        t("other volunteers", ContractType.VOLUNTEER, 2), t("andere vrijwilligers", ContractType.VOLUNTEER, 2),
        t("autres benevoles", ContractType.VOLUNTEER, 2),
        // "Duration of contract: 1st April – 30th June 2021": a length, so a fixed term (unless it says permanent)
        t("duration of contract", ContractType.CDD, 2), t("contract duration", ContractType.CDD, 2),
        t("duree du contrat", ContractType.CDD, 2),
        t("auto-entrepreneur", ContractType.FREELANCE, 2), t("micro-entrepreneur", ContractType.FREELANCE, 2),
        t("contractor", ContractType.FREELANCE, 2), t("zzp", ContractType.FREELANCE, 2),
        // « zelfstandige » alone is mostly the adjective (« zelfstandige handelingen », working on one's own)
        t("als zelfstandige", ContractType.FREELANCE, 2), t("zelfstandigen", ContractType.FREELANCE, 2),
        t("zelfstandige zonder personeel", ContractType.FREELANCE, 2), t("statuut van zelfstandige", ContractType.FREELANCE, 2),
        t("portage salarial", ContractType.FREELANCE, 2),
        t("benevolat", ContractType.VOLUNTEER, 1), t("mission benevole", ContractType.VOLUNTEER, 2),
        t("poste benevole", ContractType.VOLUNTEER, 2), t("a titre benevole", ContractType.VOLUNTEER, 2),
        t("volunteer position", ContractType.VOLUNTEER, 2), t("volunteer role", ContractType.VOLUNTEER, 2),
        t("unpaid", ContractType.VOLUNTEER, 2), t("vrijwilliger", ContractType.VOLUNTEER, 2),
        t("vrijwilligerswerk", ContractType.VOLUNTEER, 2), t("vrijwilligersfunctie", ContractType.VOLUNTEER, 2),
        t("vrijwilligersvacature", ContractType.VOLUNTEER, 2),
        t("etudiant", ContractType.OTHER, 1), t("etudiante", ContractType.OTHER, 1), t("student", ContractType.OTHER, 1),
        t("job d'ete", ContractType.OTHER, 1), t("summer job", ContractType.OTHER, 1), t("emploi etudiant", ContractType.OTHER, 1),
        t("postdoc", ContractType.CDD, 2), t("post-doc", ContractType.CDD, 2), t("postdoctoral", ContractType.CDD, 2),
        t("post-doctoral", ContractType.CDD, 2),
        // a PhD post of a stated length is a fixed-term job ("three-year full-time position", "contract for 3-4 years")
        t("phd student", ContractType.CDD, 2), t("phd position", ContractType.CDD, 2), t("phd candidate", ContractType.CDD, 2),
        // "two fully funded, four year PhD scholarships", "PhD studentships" (of a stated length, as any PhD post)
        t("phd studentship", ContractType.CDD, 2), t("phd studentships", ContractType.CDD, 2),
        t("phd scholarship", ContractType.CDD, 2), t("phd scholarships", ContractType.CDD, 2),
        t("doctoral student", ContractType.CDD, 2), t("doctoral position", ContractType.CDD, 2),
        t("doctoral candidate", ContractType.CDD, 2), t("doctoral researcher", ContractType.CDD, 2),
        t("contrat doctoral", ContractType.CDD, 2), t("contrats doctoraux", ContractType.CDD, 2),
        t("doctoral contract", ContractType.CDD, 2), t("contrat de these", ContractType.CDD, 2),
        t("convention premier emploi", ContractType.CDD, 2), t("contrat de remplacement", ContractType.CDD, 2),
        t("remplacement", ContractType.CDD, 1), t("en stage", ContractType.STAGE, 2), t("maternity cover", ContractType.CDD, 2),
        t("maternity leave cover", ContractType.CDD, 2), t("conge maternite", ContractType.CDD, 1),
        // "for six months while the librarian is on maternity leave": a replacement
        t("on maternity leave", ContractType.CDD, 1), t("on parental leave", ContractType.CDD, 1),
        t("conge de maternite", ContractType.CDD, 1), t("zwangerschapsvervanging", ContractType.CDD, 2),
        t("ce stage", ContractType.STAGE, 2), t("le stage", ContractType.STAGE, 1), t("stage m2", ContractType.STAGE, 2),
        t("stage m1", ContractType.STAGE, 2), t("gratification", ContractType.STAGE, 1),
        // French subsidised contracts are fixed-term (« PEC de 12 mois », « CUI-CAE »); a session's pay is none of the usual
        t("parcours emploi competences", ContractType.CDD, 2), t("cui-cae", ContractType.CDD, 2), t("cui cae", ContractType.CDD, 2),
        t("contrat aide", ContractType.CDD, 1), t("contrat unique d'insertion", ContractType.CDD, 2),
        t("contrat d'engagement educatif", ContractType.OTHER, 2), t("vacataire", ContractType.OTHER, 1),
        t("vacation :", ContractType.OTHER, 1),
        // « But du stage », « Lieu du stage », « Proposition de stage »; "Level: M2" (a master's student's internship)
        t("du stage", ContractType.STAGE, 2), t("de stage", ContractType.STAGE, 2), t("level: m2", ContractType.STAGE, 2),
        t("level: m1", ContractType.STAGE, 2), t("niveau : m2", ContractType.STAGE, 2), t("niveau : m1", ContractType.STAGE, 2),
        t("niveau: m2", ContractType.STAGE, 2), t("niveau: m1", ContractType.STAGE, 2),
        t("aux independant", ContractType.FREELANCE, 2), t("aux independants", ContractType.FREELANCE, 2),
        t("aux independantes", ContractType.FREELANCE, 2), t("d'independant", ContractType.FREELANCE, 2),
        t("interim", ContractType.OTHER, 1), t("jobiste", ContractType.OTHER, 2), t("jobistes", ContractType.OTHER, 2), t("co-op", ContractType.STAGE, 1), t("co-op student", ContractType.STAGE, 2), t("co-op placement", ContractType.STAGE, 2), t("co-op term", ContractType.STAGE, 2), t("co-op position", ContractType.STAGE, 2), t("jobstudent", ContractType.OTHER, 1), t("vakantiejob", ContractType.OTHER, 1),
    };
    private static final Pattern YEARS = Pattern.compile(
            // the first letters of the alternatives below: a search skips every other position at once
            "(?=[fpotcsenyra0-9])"
            + "(?:(?:for|pour) (?:a period of )?(?:1|one|2|two|3|three|un|une|deux|trois) (?:years?|ans?|annees?)(?![a-z])"
            + "|(?:one|two|three|1|2|3)[- ]years? (?:[a-z]{2,15} ){0,3}(?:position|contract|appointment|fellow|postdoc)"
            + "|contrat de \\d{1,2} mois|(?:cdd|contrat) d'une duree de \\d{1,2} mois"
            // « Le poste d'ingénieur(e) d'une durée de 6 mois »
            + "|(?:poste|emploi) (?:[a-z()'-]{2,20} ){0,2}d'une duree de \\d{1,2} (?:mois|ans?)(?![a-z])"
            + "|\\d{1,2} mois renouvelables?|(?:\\d{1,2}|six|twelve|eighteen)[- ]months? (?:contract|position|appointment)"
            + "|(?:contract|position|appointment) (?:for|of) (?:\\d{1,2}|six|twelve) months"
            + "|(?:contract|position|appointment|contrat) (?:for|of|de|pour) (?:1|one|2|two|3|three|un|deux|trois) (?:years?|ans?)"
            + "|not to exceed (?:\\d{1,2}|one|two|three|four|five) (?:years?|months?)"
            // "Initially funded for 12 months", "funded for 3 years", "Term: One year initially"
            + "|funded for (?:\\d{1,2}|one|two|three|six|twelve|eighteen) (?:years?|months)"
            + "|(?:one|two|three|\\d{1,2}) (?:years?|months) initially"
            + "|(?:1|one|2|two|3|three)[- ]years?,? renewable|(?:yearly|annually|annual) renewable|renewable (?:yearly|annually|each year)"
            + "|(?:contract|contrat|overeenkomst|aanstelling|contract van|overeenkomst voor|aanstelling voor|contract voor) (?:van |voor )?(?:1|een|2|twee|3|drie) jaar"
            + "|(?:contract|overeenkomst|aanstelling) (?:van|voor) \\d{1,2} maanden)");
    /**
     * The end of this job: a contract/employment/project word, then within the sentence "through", « jusqu'au »,
     * "until", "tot" and a month or date with its year; or an "End Date:" label.
     */
    private static final Pattern END_DATE = Pattern.compile(
            "(?:end date|date de fin|einddatum|date de fin de contrat)\\s*:\\s*\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}");
    private static final Pattern JOB_WORD = Pattern.compile(
            "(?<![a-z])(?:employment|emploi|position|poste|contrat|contract|project|projet|mission|termijn|interimaire|acting role)(?![a-z])");
    private static final Pattern UNTIL_DATE = Pattern.compile(
            "(?<![a-z])(?:through|until|jusqu'(?:au|a|en)(?: mois de| fin)?|heden tot|tot)"
            + " (?:\\d{1,2}(?:er)? )?[a-z]{3,9},? (?:19|20)\\d\\d(?!\\d)");
    /** Where END_DATE and UNTIL_DATE can start: found among the keywords' hits, far quicker than a pattern tried at every character. */
    static final String[] END_DATE_WORDS = {"end date", "date de fin", "einddatum"};
    static final String[] UNTIL_WORDS = {"through", "until", "jusqu'", "heden tot", "tot "};

    /**
     * The positions from {@code from} on where one of {@code words} starts, in order, without repeats: from the
     * keywords' hits of the text's one scan (a search of the whole text for each word took 4 % of the reading).
     */
    private static java.util.List<Integer> starts(PostingText t, int from, String[] words) {
        java.util.TreeSet<Integer> at = new java.util.TreeSet<>();
        for (String w : words) {
            for (int i : t.hits.of(w)) {
                if (i >= from) {
                    at.add(i);
                }
            }
        }
        return new java.util.ArrayList<>(at);
    }

    /** How far, within its sentence, the word of the job may stand before "until …". */
    private static final int UNTIL_REACH = 140;

    /**
     * The ends of this job stated in {@code f} from {@code from} on, in order, as {start, end} spans: an
     * "End Date:" label, or a contract/employment/project word followed within its sentence (at most
     * {@value #UNTIL_REACH} characters, no full stop or line break between) by "through", « jusqu'au »,
     * "until", "tot" and a month or date with its year. Found from the rarer "until" phrases backwards: one
     * pattern spanning both read up to 140 characters after every « poste » and « mission » of the text, and
     * took a third of the reading time.
     */
    private static java.util.List<int[]> jobEnds(PostingText t, int from) {
        String f = t.fold;
        java.util.List<int[]> found = new java.util.ArrayList<>();
        Matcher label = END_DATE.matcher(f).useTransparentBounds(true);
        for (int at : starts(t, from, END_DATE_WORDS)) {
            if (label.region(at, f.length()).lookingAt()) {
                found.add(new int[] {label.start(), label.end()});
            }
        }
        Matcher until = UNTIL_DATE.matcher(f).useTransparentBounds(true);
        Matcher job = JOB_WORD.matcher(f).useTransparentBounds(true);
        int taken = from;
        for (int at : starts(t, from, UNTIL_WORDS)) {
            if (at < taken || !until.region(at, f.length()).lookingAt()) {
                continue;
            }
            int lineStart = Math.max(taken, at - UNTIL_REACH - 20);
            for (int i = at - 1; i >= lineStart; i--) {
                char c = f.charAt(i);
                if (c == '.' || c == '\n') {
                    lineStart = i + 1;
                    break;
                }
            }
            job.region(lineStart, at);
            while (job.find()) {
                if (at - job.end() <= UNTIL_REACH) {
                    found.add(new int[] {job.start(), until.end()});
                    taken = until.end();
                    break;
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(a -> a[0]));
        return found;
    }

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
        "pour trois ans", "pour 3 ans", "contrat de ", "d'une duree de ", "mois renouvelable", "month", "maanden"};

    static String[] words() {
        String[] w = new String[TERMS.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = TERMS[i].words();
        }
        return w;
    }

    private static Term t(String w, ContractType type, int strength) {
        return new Term(w, type, strength);
    }

    @Override
    public String name() {
        return "contract";
    }

    /** Employment named beside freelancing as its alternative: "employee or contractor", « salarié ou freelance ». */
    private static final String[] EMPLOYEE_OR = {"employee or", "or an employee", "or as an employee", "salarie ou",
        "ou salarie", "werknemer of", "of werknemer", "employment or", "or employment"};

    /** The words of an equal-opportunity statement, whose list of employment decisions names no contract. */
    private static final String[] EQUAL_OPPORTUNITY = {"discriminat", "equal opportunit", "equal employment",
        "without regard to",
        // and a privacy notice: "we keep your personal data for one year", « vos données personnelles sont conservées 2 ans »
        "personal data", "donnees personnelles", "donnees a caractere personnel", "persoonsgegevens", "privacy"};

    /** Where the words of an equal-opportunity statement stand, ascending; null when the text has none. */
    private static int[] policyWords(String f) {
        java.util.stream.IntStream.Builder at = java.util.stream.IntStream.builder();
        int n = 0;
        for (String w : EQUAL_OPPORTUNITY) {
            for (int k = f.indexOf(w); k >= 0 && n < 200; k = f.indexOf(w, k + 1), n++) {
                at.add(k);
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
        int[] policy = policyWords(f); // (found once: a term's sentence is read only near one of them)
        int bestScore = 0;
        int bestPos = -1;
        int bestEnd = -1;
        ContractType best = null;
        for (Term term : TERMS) {
            for (int i : t.hits.of(term.words())) {
                int from = i + term.words().length();
                if (!boundary(f, i, term.words())) {
                    continue;
                }
                if (term.words().equals("benevolat") && fieldOfWork(f, i)) {
                    continue; // « Coordinateur du pôle bénévolat »: the field of the job, not its contract
                }
                if (enumerated(f, i, from) && !sameTypeAlternative(f, i, from, term.type())
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
                Matcher m = YEARS.matcher(f).region(Math.max(0, i - 45), Math.min(f.length(), i + 45));
                if (!m.find() || policy != null && inPolicy(t, policy, m.start(), m.end())) {
                    continue; // (« … keeping my personal data for one year »: a privacy notice's period)
                }
                // a duration in months fits a CDD, a mission or an internship: weaker than any named kind
                // (but "funded for 12 months" is a post's funding: a job's fixed term)
                boolean months = m.group().contains("mois") || m.group().contains("month");
                int score = score(t, m.start(), months && !m.group().startsWith("funded") ? 1 : 2);
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
        java.util.List<int[]> ends = jobEnds(t, t.bodyStart);
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
     * The other member of « X ou Y » is a contract of the same type: « contrat de professionnalisation ou
     * d'apprentissage » is an apprenticeship either way, unlike « CDD ou CDI ».
     */
    private static boolean sameTypeAlternative(String f, int i, int end, ContractType type) {
        String after = f.substring(end, Math.min(f.length(), end + 45));
        String before = f.substring(Math.max(0, i - 45), i);
        for (Term other : TERMS) {
            if (other.type() != type || other.strength() < 2 && !other.words().contains("apprenti")) {
                continue;
            }
            String w = other.words().replaceFirst("^contrat (?:d'|de |du )?", "");
            if (w.length() >= 4 && (after.matches("(?s)(?: ou | or |/)(?:d'|de |un |une |en |a )?" + java.util.regex.Pattern.quote(w) + "\\b.*")
                    || before.matches("(?s).*\\b" + java.util.regex.Pattern.quote(w) + "(?: ou | or |/)"))) {
                return true;
            }
        }
        return false;
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
