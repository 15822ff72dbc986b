package org.sillage.importing.extract;

import static org.sillage.importing.extract.OrganizationWords.COMPOUND_HEADS;
import static org.sillage.importing.extract.OrganizationWords.LABEL_WORDS;
import static org.sillage.importing.extract.OrganizationWords.WEBMAIL;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hiring organisation chosen among the names of the posting: every capitalised name is a candidate,
 * scored by what the text says of it. It is the subject of a recruiting verb ("X is hiring", « X recrute »,
 * "X zoekt"), or defined ("X is an NGO", « X est une association »), or what an "About X" heading is about,
 * or the name behind the posting's e-mail and web domains (oxybulle.org: "Oxybulle"), or it holds a word
 * that names a body (laboratoire, university, stichting, asbl); it is named again and again. A person's
 * name (the local part of an address, after « Mme », "Dr") is never an organisation, and neither is a
 * place or a posting's own label ("Stage", "Vacature"). Below a score, nothing is said.
 */
final class OrganizationCandidates {

    /** Score from which a candidate is taken. */
    static final int THRESHOLD = 5;

    record Candidate(String name, int start, int end, int score, String why, boolean strong) {
    }

    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}\\d@.])(?:(?:L'|l'|L’|l’|The |the |Les |Le |La |Het |De )?)(?:(?:ONG|NGO|ASBL|VZW) (?=\\p{Lu}))?"
            // "LGBT+", « Canal+ »: a plus sign ends a word of a name, or joins two (« Cultuur+Ondernemen »)
            // "King’s. We are …": a full stop before a new sentence ends the name
            // "fileAI", "pyOpenSci", "iWOW": a brand may open on a few small letters, then a capital
            + "((?:[\\p{Lu}\\d]|\\p{Ll}{1,6}(?=\\p{Lu}))(?:[\\p{L}\\d&®@’'-]|\\.(?! \\p{Lu})|\\+(?=\\p{Lu}))*\\+?(?:(?: | de | du | des | de la | d'| d’| of | for | and | et | & | van | voor | der | für | la | le )"
            + "[\\p{Lu}\\d](?:[\\p{L}\\d&®@’'-]|\\.(?! \\p{Lu})|\\+(?=\\p{Lu}))*\\+?){0,6})");
    /** A legal form written before a name (« VZW De Link », « ASBL Les Amis »). */
    private static final Pattern LEGAL_PREFIX = Pattern.compile("(?:ong|ngo|asbl|vzw) ");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?<![\\w.-])(?:[\\w.+-]+@|https?://)((?:[a-z0-9-]+\\.)+[a-z]{2,6})(?![\\w-])",
            Pattern.CASE_INSENSITIVE);
    private static final String[] VERBS = {" is hiring", " are hiring", " is looking", " is searching", " is seeking",
        " seeks", " is recruiting", " recrute", " recrutent", " recherche un", " recherche une", " cherche un", " cherche une",
        " zoekt", " werft", " is op zoek", " offers", " biedt", " offre un", " propose un", " propose une",
        // « Zwerfkat Wommelgem vzw is steeds op zoek naar vrijwilligers »
        " is steeds op zoek", " is altijd op zoek", " is nog op zoek", " is nu op zoek", " zijn op zoek",
        " zijn steeds op zoek", " zijn altijd op zoek"};
    private static final String[] DEFINES = {" is a ", " is an ", " is the ", " est une ", " est un ", " est la ", " est le ",
        " is een ", " sont un ", " sont une ", " sont des ", " are a ", " are an ", " sits ", " was founded", " a ete cree", " fondee", " founded in", " works ", " aims ", " vise ",
        " est ne",
        // "The Canadian Museum of Nature is committed to …", « Le Musée … s'est engagé à … »: an employer's pledge
        " is committed to", " s'est engage", " s'engage a", " zet zich in", " (", ","};
    private static final String[] BEFORE = {"chez ", "au sein de ", "au sein du ", "au sein d'", "bij ", "join ",
        "rejoindre ", "rejoignez ", "rejoins ", "about ", "l'asbl ", "l'asbl « ", "association « ", "l'association « ",
        "la fondation ", "le laboratoire ", "du laboratoire ", "stichting ", "l'ong ", "l'entreprise ", "la societe ", "a propos de ", "a propos d'", "over ", "qui est ", "de l'association ",
        "l'association ", "at ", "for ", "pour "};
    /** Each of {@link #BEFORE} followed by an article (« chez l' », "join the"), built once. */
    private static final String[][] BEFORE_THEN = new String[BEFORE.length][];

    static {
        for (int i = 0; i < BEFORE.length; i++) {
            BEFORE_THEN[i] = new String[] {BEFORE[i] + "l'", BEFORE[i] + "la ", BEFORE[i] + "the "};
        }
    }

    /** Words before a name that say what kind of body it is (« l'ONG X », "le laboratoire X"): the name is one. */
    private static final Set<String> NAMES_A_BODY = Set.of("l'asbl ", "l'asbl « ", "association « ", "l'association « ",
        "la fondation ", "le laboratoire ", "du laboratoire ", "stichting ", "l'ong ", "de l'association ", "l'association ");
    private static final String[] HEADING_ABOUT = {"about ", "a propos de ", "a propos d'", "over ", "qui est ", "qui sommes",
        "l'entreprise", "l'association", "la structure", "who we are", "notre structure", "presentation de "};
    static final String[] BODIES = {"universit", "laborato", "lab ", " lab", "institu", "association", "stichting",
        "fondation", "foundation", "asbl", "vzw", "b.v", "inc", "ltd", "gmbh", "sarl", "scop", " ong", "ngo", "ecole",
        "school", "centre", "center", "ministere", "ministry", "agence", "agency", "direction", "team", "group",
        "societe", "company", "museum", "ville de", "commune", "conseil", "departement", "region", "network ", "reseau",
        "collectif", "federation", "union", "cooperati", "cnrs", "inria", "inrae", "ird", "epfl", "college", "hogeschool",
        "gemeente", "service", "office", "bureau", "project", "projet", "fund", "software", "studio", "alliance"};

    private static final Pattern GENERIC_STEM = Pattern.compile("univ.*|mail|web|www|site|jobs?|career|careers|recrutement|rh|hr");
    private static final Pattern LOCAL_SPLIT = Pattern.compile("[._+-]");
    private static final Pattern AFTER_QUOTE = Pattern.compile("^ ?[»\"”]");
    private static final Pattern AFTER_BRACKET = Pattern.compile("^ \\((?:[^)]{1,12}|[a-z]{2,8}, [^)]{1,30})\\)(?= )"); // "(HDSU, www.hdsu.org)"
    private static final Pattern AFTER_LEGAL = Pattern.compile("^ (asbl|vzw|b\\.v\\.?|inc\\.?|ltd\\.?|sas|sarl|gmbh|scop|aisbl)(?![a-z])");
    private static final Pattern COMPACT_ARTICLE = Pattern.compile("^(the|la|le|l)(?=.{4})");
    private static final Set<String> ARTICLES = Set.of("la", "le", "l", "les", "the", "de", "het");
    private OrganizationCandidates() {
    }

    /** The best-scored candidate, or null when none reaches the threshold. */
    static Candidate best(PostingText t) {
        return best(ranked(t));
    }

    /** The best of candidates already ranked: strong and over the threshold. */
    static Candidate best(List<Candidate> ranked) {
        Candidate best = null;
        for (Candidate c : ranked) {
            if (c.strong() && c.score() >= THRESHOLD && (best == null || c.score() > best.score())) {
                best = c;
            }
        }
        return best;
    }

    /** Every candidate seen as a name with some signal, best first (weak ones included: the pool weighs them). */
    static List<Candidate> ranked(PostingText t) {
        List<Candidate> result = new ArrayList<>();
        String text = t.text;
        String fold = t.fold;
        int from = t.bodyStart;
        int to = Math.min(text.length(), from + 30_000);
        Set<String> stems = new HashSet<>();
        Set<String> locals = new HashSet<>();
        Set<String> mailboxes = new HashSet<>(); // « wva@telenet.be »: a body's own mailbox at a provider names it
        Set<String> mailStems = new HashSet<>(); // the stems of e-mail addresses' domains (not of links)
        Set<String> mailHeads = new HashSet<>(); // their first hyphenated part
        Matcher dm = DOMAIN.matcher(fold).region(0, to);
        while (dm.find()) {
            String label = NameShapes.registered(dm.group(1));
            String stem = label.replace("-", "");
            int at = fold.lastIndexOf('@', dm.start(1));
            if (!WEBMAIL.contains(label) && !GENERIC_STEM.matcher(stem).matches()) {
                stems.add(stem);
                if (at >= dm.start() && at < dm.end()) {
                    mailStems.add(stem);
                    int hyphen = label.indexOf('-');
                    if (hyphen >= 3) {
                        mailHeads.add(label.substring(0, hyphen)); // « contact@apes-hdf.org »: the body, then its region
                    }
                }
            }
            if (at >= dm.start() && at < dm.end() && WEBMAIL.contains(label)) {
                mailboxes.add(fold.substring(dm.start(), at));
            }
            if (at >= dm.start() && at < dm.end()) {
                for (String part : LOCAL_SPLIT.split(fold.substring(dm.start(), at))) {
                    if (part.length() >= 3) {
                        locals.add(part);
                    }
                }
            }
        }
        Map<String, int[]> scores = new LinkedHashMap<>(); // key -> {score, start, end, count}
        Map<String, StringBuilder> whys = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Matcher m = NAME.matcher(text).region(from, to);
        int guard = 0;
        while (m.find() && guard++ < 3000) {
            int s0 = m.start(1);
            int e = NameShapes.trimEnd(text, s0, m.end(1));
            int sp = text.indexOf(' ', s0);
            boolean afterWord = false; // « Chez Averna, nous … »: a name after a word, whatever opens the sentence
            boolean legalForm = s0 >= m.start() + 4 && LEGAL_PREFIX.matcher(fold).region(m.start(), s0).lookingAt();
            if (sp > s0 && sp + 1 < e && LABEL_WORDS.contains(fold.substring(s0, sp)) && Character.isUpperCase(text.charAt(sp + 1))
                    && !COMPOUND_HEADS.contains(fold.substring(s0, sp))
                    && !legalForm // (« VZW De Link »: after a legal form, « De » is the name's own article)
                    && !NameShapes.startsWithStem(fold, s0, e, sp - s0, stems)) { // "Open Knowledge Belgium" at openknowledge.be, "Open Data Institute" at odi.be
                s0 = sp + 1; // "Over Restaurant X", "About The Y Trust": a heading's word, then the name
                afterWord = true;
            }
            if (Character.isDigit(text.charAt(s0)) && s0 + 3 < e && Character.isUpperCase(text.charAt(s0 + 1))
                    && (s0 == 0 || !Character.isLetterOrDigit(text.charAt(s0 - 1)))) {
                // « 1CNRS, Gipsa-lab »: an affiliation's footnote mark glued to the name by the PDF; a digit before
                // two letters only is the name's own (« chez 4SH »: a name of two letters is none)
                s0++;
            }
            final int s = s0;
            if (e - s < 2 || e - s > 90) {
                continue;
            }
            String name = text.substring(s, e);
            String key = NameShapes.key(fold.substring(s, e));
            String first = NameShapes.firstWord(fold, s, e);
            if (key.length() < 2 || LABEL_WORDS.contains(first) && !name.contains(" ") || LABEL_WORDS.contains(key)
                    || DateGrammar.month(first) != null || locals.contains(first) && !name.contains(" ")
                    && !(NameShapes.isUpper(name) && mailboxes.contains(first))
                    || NameShapes.isPerson(t, s, e, locals)) {
                continue;
            }
            if (LABEL_WORDS.contains(first) && !NameShapes.startsWithBody(fold, s) && !legalForm
                    && !NameShapes.startsWithStem(fold, s, e, first.length(), stems)) {
                continue;
            }
            int[] sc = scores.computeIfAbsent(key, k -> new int[] {0, s, e, 0, 0, 0});
            StringBuilder why = whys.computeIfAbsent(key, k -> new StringBuilder());
            names.putIfAbsent(key, name);
            sc[3]++;
            int ps = m.start(); // with its article: "« Les Territoires de la Mémoire » est…"
            boolean sentenceStart = NameShapes.sentenceStart(text, ps);
            if (!sentenceStart || afterWord || name.length() > 1 && NameShapes.isUpper(name) || NameShapes.capitalisedWords(name) >= 2 || legalForm) {
                sc[4] = 1; // seen as a name, not as the first word of a sentence
            }
            int gain = 0;
            String after = fold.substring(e, Math.min(fold.length(), e + 50));
            if (after.length() > 1 && (after.charAt(0) != ' ' || "»\"”(abvilsgn".indexOf(after.charAt(1)) >= 0)) {
                // (the three clean-ups only where they can apply: they ran for every name of the text)
                after = AFTER_LEGAL.matcher(AFTER_BRACKET.matcher(AFTER_QUOTE.matcher(after).replaceFirst("")).replaceFirst("")).replaceFirst("");
            }
            boolean object = Recruit.afterSmallPreposition(text, fold, s, Math.max(0, s - 60));
            for (String v : VERBS) {
                if (v.equals(" biedt") && name.indexOf(' ') < 0 && !NameShapes.isUpper(name)) {
                    continue; // « Hiermee biedt je … »: a Dutch sentence may open on an adverb before its verb
                }
                if (!object && (after.startsWith(v) || after.startsWith(" (") && fold.startsWith(v, fold.indexOf(')', e) + 1))) {
                    gain = Math.max(gain, 7);
                    add(why, "recruits");
                }
            }
            if (sentenceStart) {
                for (String d : DEFINES) {
                    if (after.startsWith(d) && (d.length() > 2 || name.indexOf(' ') > 0 || NameShapes.isUpper(name))) {
                        gain = Math.max(gain, d.length() > 2 ? 4 : 1);
                        add(why, "defined");
                        break;
                    }
                }
            }
            String before = fold.substring(Math.max(0, ps - 20), ps);
            String inside = fold.substring(Math.max(0, s - 20), s); // « l'ONG Terre Fertile »: the kind inside the match
            for (int bi = 0; bi < BEFORE.length; bi++) {
                String b = BEFORE[bi];
                if (before.endsWith(b) || s > ps && inside.endsWith(b) || before.endsWith(BEFORE_THEN[bi][0])
                        || before.endsWith(BEFORE_THEN[bi][1]) || before.endsWith(BEFORE_THEN[bi][2])) {
                    int g = b.equals("at ") || b.equals("for ") || b.equals("pour ") ? 1 : NAMES_A_BODY.contains(b) ? 5 : 3;
                    gain = Math.max(gain, g);
                    add(why, "after '" + b.strip() + "'");
                    break;
                }
            }
            int ls = t.lineStart(s);
            String lineBefore = fold.substring(ls, s).replace("#", "").replace("*", "").strip();
            for (String h : HEADING_ABOUT) {
                if (lineBefore.equals(h.strip()) && t.lineEnd(s) - e < 4) {
                    gain = Math.max(gain, 6);
                    add(why, "about-heading");
                }
            }
            PostingText.Heading heading = t.headingBefore(s);
            if (heading != null && Keywords.containsAny(heading.fold(), HEADING_ABOUT) && s - heading.end() < 300
                    && sentenceStart) {
                gain = Math.max(gain, 2);
                add(why, "first in an about section");
            }
            sc[0] += gain;
            sc[5] = Math.max(sc[5], gain);
            if (sc[1] < 0 || gain > 0 && sc[0] == gain) {
                sc[1] = s;
                sc[2] = e;
            }
        }
        lowerCaseBrands(t, from, to, mailStems, scores, whys, names);
        for (var en : scores.entrySet()) {
            String key = en.getKey();
            int[] sc = en.getValue();
            StringBuilder why = whys.get(key);
            int score = sc[0];
            boolean strong = sc[5] >= 3;
            String compact = COMPACT_ARTICLE.matcher(Keywords.asciiAlnum(key)).replaceFirst("");
            if (compact.length() >= 3 && NameShapes.isUpper(names.get(key)) && mailboxes.contains(compact)) {
                score += 6;
                strong = true;
                add(why, "mailbox " + compact);
            }
            boolean head = compact.length() >= 3 && mailHeads.contains(compact);
            if (head) {
                score += 6;
                strong = true;
                add(why, "domain head " + compact);
            }
            for (String stem : head ? Set.<String>of() : stems) {
                // « La Cimade » at stages@lacimade.org: an address's domain may keep the article the name is written
                // after (a link's may be anyone's: « les-scop.coop » is not « SCOP »)
                boolean withArticle = compact.length() >= 4 && mailStems.contains(stem) && stem.endsWith(compact) && stem.length() - compact.length() <= 3
                        && ARTICLES.contains(stem.substring(0, stem.length() - compact.length()));
                if (compact.length() >= 3 && (stem.equals(compact) || withArticle || compact.length() >= 5 && stem.startsWith(compact)
                        && compact.length() * 10 >= stem.length() * 6
                        || NameShapes.isUpper(names.get(key)) && compact.length() >= 3 && stem.startsWith(compact)
                        || NameShapes.namedAfterDomain(key, stem))) {
                    // "CoderDojo Nijmegen" at info@coderdojo-nijmegen.nl: the whole address's name is more than its head
                    score += stem.equals(compact) && mailStems.contains(stem) && compact.length() > 6 ? 7 : 6;
                    strong = true;
                    add(why, "domain " + stem);
                    break;
                }
            }
            if (sc[4] == 0 && !why.toString().contains("domain")) {
                continue; // only ever the first word of a sentence, and no domain of its own: a common word
            }
            String f = " " + key + " ";
            if (Keywords.containsAny(f, BODIES)) {
                score += 2;
                strong |= sc[0] > 0;
                add(why, "body");
            }
            score += Math.min(3, sc[3] - 1);
            if (t.location != null && key.equals(NameShapes.key(TextNormalizer.normalize(t.location).fold)) && !OrganizationPool.mixedCase(t.location)
                    && OrganizationPool.namesAPlace(t.location)) {
                score -= 6;
            }
            if (score > 0 && (strong || why.length() > 0 || sc[3] >= 2)) {
                result.add(new Candidate(names.get(key), sc[1], sc[2], score, why + " x" + sc[3], strong));
            }
        }
        result.sort((a, b) -> Integer.compare(b.score(), a.score()));
        return result;
    }

    /**
     * A name written in small letters (« qatent est une startup », "acme is a cooperative"): a word that opens a
     * sentence defining it and that is also the domain of an address the text gives (fv@qatent.com). Added as a
     * defined name; the domain's weight comes after, as for any other name.
     */
    private static void lowerCaseBrands(PostingText t, int from, int to, Set<String> mailStems,
            Map<String, int[]> scores, Map<String, StringBuilder> whys, Map<String, String> names) {
        for (String stem : mailStems) {
            if (stem.length() < 4) {
                continue;
            }
            int guard = 0;
            for (int s = t.text.indexOf(stem, from); s >= 0 && s < to && guard++ < 20; s = t.text.indexOf(stem, s + 1)) {
                int e = s + stem.length();
                if (s > 0 && (Character.isLetterOrDigit(t.text.charAt(s - 1)) || "@./-".indexOf(t.text.charAt(s - 1)) >= 0)
                        || !NameShapes.sentenceStart(t.text, s)) {
                    continue;
                }
                String after = t.fold.substring(e, Math.min(t.fold.length(), e + 12));
                boolean defined = false;
                for (String d : DEFINES) {
                    defined |= d.length() > 2 && after.startsWith(d);
                }
                String key = NameShapes.key(t.fold.substring(s, e));
                if (defined && !scores.containsKey(key)) {
                    scores.put(key, new int[] {4, s, e, 1, 1, 4});
                    add(whys.computeIfAbsent(key, k -> new StringBuilder()), "defined");
                    names.put(key, t.text.substring(s, e));
                    break;
                }
            }
        }
    }

    private static void add(StringBuilder why, String s) {
        if (why.indexOf(s) < 0) {
            if (why.length() > 0) {
                why.append(", ");
            }
            why.append(s);
        }
    }
}
