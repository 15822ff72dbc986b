package org.sillage.importing.extract;

import static org.sillage.importing.extract.DocumentWords.FOLLOWING;
import static org.sillage.importing.extract.DocumentWords.OPTIONAL;
import static org.sillage.importing.extract.DocumentWords.TERMS;
import static org.sillage.importing.extract.DocumentWords.WAIVE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sillage.domain.DocumentRequirement;
import org.sillage.domain.Field;
import org.sillage.domain.Necessity;
import org.sillage.importing.extract.DocumentWords.Term;
import org.sillage.importing.extract.DocumentsRule.Mention;

/**
 * The documents of a list that a line about sending introduces ("Please include:", « Le dossier comprendra : »), for
 * {@link DocumentsRule}; and the {@code other:} items made plain.
 */
final class DocumentListItems {

    /** An introduction that ends on what goes with the e-mail: "Email jobs@x.org with", « … à rh@x.fr avec ». */
    private static final Pattern MAIL_WITH = Pattern.compile("\\b(?:with|avec|met)\\s*$");
    private static final String[] LIST_INTRO = {"include", "joindre", "joint", "envoy", "send", "submit", "provide",
        "fournir", "comprendre", "comprenant", "dossier", "documents", "pieces", "attach", "upload",
        "stuur", "meesturen", "candidature", "application", "faire parvenir", "adresser", "transmettre",
        // "please email us at x@y with the following before October 5:"
        "with the following", "email us", "e-mail us"};
    private static final String[] NOT_DOCUMENTS = {"devra", "devez", "must have", "should have", "competence", "profil",
        "skills", "qualif", "savoir", "missions", "taches", "tasks", "responsib", "will ", "offrons", "offer", "benefits",
        "avantages", "requirements", "exig"};
    /** An introduction that says the items are documents (« devra comporter les pièces suivantes : »). */
    private static final String[] DOCUMENTS_NAMED = {"pieces suivantes", "documents suivants", "following documents",
        "pieces a fournir", "pieces a joindre", "documents to", "documents a"};
    private static final Pattern ITEM_MARK = Pattern.compile("^[ \\t]*(?:[-*•·▪►][ \\t]*(?=\\p{L})|(?:[-*•·▪►–]|\\d{1,2}[.)])[ \\t]+)");
    private static final Pattern ITEM_HEAD = Pattern.compile(
            "^(?:(?:(?:one|two|three|1|2|3)[- ]pages?|a|an|your|the|one|un|une|des|le|la|les|vos|votre|ton|tes|brief|short|detailed|full|complete|copy of|copie de|copies de|een|je|jouw|uw"
            // "A copy or link to your (draft) Master's thesis", "A (draft) version of your thesis"
            // (first: "a one page summary of past research", "a two-page research statement": its length, not its name)
            + "|copy or link to|link to|\\(draft\\)|draft|version of)\\s+)*"
            + "([\\p{L}][\\p{L}'’ -]{2,60}?)(?=\\s*(?:[,;:(.]|$| - | – | from | including | describing | detailing | listing | explaining | outlining | stating | précisant | precisant | présentant | presentant | décrivant | decrivant | détaillant | detaillant | expliquant | indiquant | for | with | using | of max| de max| de \\d| \\(| \\[|\\d))");

    /**
     * A list introduced by a line about sending ("Please include:", « Le dossier comprendra : »): each item
     * is a document; an item outside the lexicon becomes {@code other:<its words>} ("other:list of
     * publications", « other:projet de recherche »).
     */
    static void read(PostingText t, List<Mention> kept, Map<String, DocumentRequirement> docs) {
        String f = t.fold;
        int guard = 0;
        for (int i : listIntroEnds(t)) {
            if (guard++ >= 200) {
                break;
            }
            int ls = t.lineStart(i);
            // "The position will be advertised on the portal. Applicants should send the following documents:":
            // the sentence that ends on the colon introduces the list, not the line's earlier sentences
            int own = t.sentenceStart(i);
            String intro = f.substring(Math.max(ls, own), i);
            int longest = 160;
            if (!Keywords.containsAny(intro, LIST_INTRO) && intro.length() <= 60) {
                // « … doivent faire parvenir, par courriel à x@y, au\nformat PDF: »: the sentence that ends on the
                // colon, over its broken lines
                int ss = t.sentenceStart(i);
                if (ss == ls && ls >= 2 && f.charAt(ls - 2) == ',') {
                    ss = t.sentenceStart(ls - 2); // "… with the following before October 5,\n2022:"
                }
                if (ss < ls && i - ss <= 240) {
                    intro = f.substring(ss, i).replace('\n', ' ');
                    longest = 240;
                }
            }
            int label = intro.indexOf(": ");
            if (label > 0 && label <= 20 && intro.substring(0, label).split(" ").length <= 3) {
                intro = intro.substring(label + 2); // "TO APPLY: Applicants should send …:": the label is no part of it
            }
            // "submit the following documents on the [online application page](https://…):": a link's address
            // makes no introduction longer
            // "Email jobs@x.org with:": an address to write to, and what to write with
            boolean mailWith = intro.indexOf('@') >= 0 && MAIL_WITH.matcher(intro).find();
            if (intro.length() - urlLength(intro) > longest || !Keywords.containsAny(intro, LIST_INTRO) && !mailWith
                    || Keywords.containsAny(intro, NOT_DOCUMENTS) && !Keywords.containsAny(intro, DOCUMENTS_NAMED)
                    || Keywords.containsAny(intro, Keywords.INFO_WORDS)) {
                continue;
            }
            int p = f.charAt(i) == ':' ? i + 2 : i + 1;
            int items = 0;
            List<int[]> spans = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            boolean anyKnown = false;
            int blanks = 0;
            boolean spaced = false;
            int indent = -1;
            while (p < f.length() && items < 12) {
                int le = t.lineEnd(p);
                String line = t.text.substring(p, le);
                Matcher mark = ITEM_MARK.matcher(line);
                int lead = leadingBlanks(line);
                if (items > 0 && lead > indent && !line.isBlank()) {
                    // "* A list of examples of the following types:\n  * Web-based map\n  * Map or other project in\n
                    // physical format": a nested item is a kind of the item above it, an indented line goes on with it
                    p = le + 1;
                    continue;
                }
                if (!mark.find(0)) {
                    int aside = items == 0 ? asideEnd(t, p, line) : -1;
                    if (aside > 0) {
                        // "…with the JOBID: 135325:\n\nhttp://…\n(Note that this is a unified pool…)\n\n– a
                        // curriculum vitae": the intro's link and a note in brackets come before the items
                        p = aside + 1;
                        continue;
                    }
                    // « -Lettre de motivation\n\n-CV\n\n-Mémoire technique »: one blank line may part two items
                    // (only when the list is spaced so from its first two items: a tight list ends on a blank line)
                    if (line.isBlank() && (items == 0 || ++blanks == 1 && (items == 1 || spaced))) {
                        p = le + 1;
                        continue;
                    }
                    break;
                }
                if (items == 0) {
                    indent = lead;
                }
                if (items == 1) {
                    spaced = blanks > 0;
                }
                blanks = 0;
                items++;
                // « • Cover letter • Academic transcripts »: a PDF puts two columns of a list on one line
                int is = p + mark.end();
                while (is < le) {
                    int ie = is;
                    while (ie < le && "•▪►".indexOf(t.text.charAt(ie)) < 0) {
                        ie++;
                    }
                    String kind = null;
                    for (Term term : TERMS) {
                        int k = Keywords.indexIn(f, term.words(), is, ie);
                        if (k >= 0 && Keywords.wordAt(f, k, term.words()) && !term.kind().startsWith("other:")) {
                            kind = term.kind();
                            break;
                        }
                    }
                    int end = ie;
                    while (end > is && f.charAt(end - 1) == ' ') {
                        end--;
                    }
                    if (end > is) {
                        spans.add(new int[] {is, end});
                        kinds.add(kind);
                        anyKnown |= kind != null;
                        if (kind != null && !kind.equals("references") && namesReferences(f, is, end)) {
                            spans.add(new int[] {is, end}); // "A resume with two references": both are asked
                            kinds.add("references");
                        }
                    }
                    is = ie + 1;
                    while (is < le && f.charAt(is) == ' ') {
                        is++;
                    }
                }
                p = le + 1;
            }
            if (!anyKnown) {
                continue; // a list of documents names at least one the lexicon knows
            }
            for (int x = 0; x < spans.size(); x++) {
                int is = spans.get(x)[0];
                int le = spans.get(x)[1];
                String kind = kinds.get(x);
                String itemFold = f.substring(is, le);
                // "A CV (including the list of publications if applicable)": what the brackets add is optional, not the CV
                String itemOwn = INCLUDING.matcher(itemFold).replaceAll(" ");
                if (Keywords.containsAny(itemOwn, WAIVE) || Keywords.containsAny(itemOwn, OPTIONAL)) {
                    continue;
                }
                if (kind != null) {
                    if (!docs.containsKey(kind)) {
                        docs.put(kind, new DocumentRequirement(kind, Necessity.REQUIRED, null, null, null));
                        t.evidence(Field.REQUIRED_DOCUMENTS, is, le, "documents.list-item");
                    }
                } else {
                    String item = Clean.value(t.slice(is, le));
                    Matcher h = item == null ? null : ITEM_HEAD.matcher(item.toLowerCase(java.util.Locale.ROOT));
                    if (h != null && h.find() && !itemFold.contains("@") && !itemFold.contains("http")) {
                        String words = h.group(1).strip();
                        if (words.split(" ").length <= 4 && namesDiplomas(itemFold.strip())) {
                            words = null; // « Diplômes » in a list of documents: the diploma
                            if (!docs.containsKey("diploma")) {
                                docs.put("diploma", new DocumentRequirement("diploma", Necessity.REQUIRED, null, null, null));
                                t.evidence(Field.REQUIRED_DOCUMENTS, is, le, "documents.list-item");
                            }
                        }
                        if (words != null && (words.startsWith("list") || words.startsWith("liste"))
                                && itemFold.contains("publication")) {
                            words = "list of publications"; // "A list of your top 2 publications", « Liste des publications »
                        }
                        if (words != null && words.split(" ").length <= 6 && !docs.containsKey("other:" + words)) {
                            docs.put("other:" + words, new DocumentRequirement("other:" + words, Necessity.REQUIRED, null, null, null));
                            t.evidence(Field.REQUIRED_DOCUMENTS, is, le, "documents.list-item");
                        }
                    }
                }
            }
        }
    }

    /** Brackets that add to an item what it includes: « (y compris …) », "(including …)", "(with …)". */
    private static final Pattern INCLUDING = Pattern.compile(
            "\\((?:" + String.join("|", DocumentsRule.INCLUDING) + ")[^()]*\\)");

    /** How many spaces and tabs start {@code line}. */
    private static int leadingBlanks(String line) {
        int k = 0;
        while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) {
            k++;
        }
        return k;
    }

    /** Whether a list item {@code [s, e)} of the folded text also names the references ("A CV with two referees"). */
    private static boolean namesReferences(String f, int s, int e) {
        for (String words : REFERENCE_TERMS) {
            int k = Keywords.indexIn(f, words, s, e);
            if (k >= 0 && Keywords.wordAt(f, k, words)) {
                return true;
            }
        }
        return false;
    }

    /** The lexicon's names of the references. */
    private static final String[] REFERENCE_TERMS = java.util.Arrays.stream(TERMS)
            .filter(t -> t.kind().equals("references")).map(Term::words).toArray(String[]::new);

    /**
     * Where an aside between a list's introduction and its first item ends (a line that is only a web address,
     * or a note in brackets over at most six lines), or -1.
     */
    private static int asideEnd(PostingText t, int p, String line) {
        String l = line.strip();
        if ((l.startsWith("http://") || l.startsWith("https://")) && l.indexOf(' ') < 0) {
            return t.lineEnd(p);
        }
        if (!l.startsWith("(")) {
            return -1;
        }
        int q = p;
        for (int k = 0; k < 6 && q < t.text.length(); k++) {
            int le = t.lineEnd(q);
            String part = t.text.substring(q, le).strip();
            if (part.isEmpty()) {
                return -1;
            }
            if (part.endsWith(")") || part.endsWith(").")) {
                return le;
            }
            q = le + 1;
        }
        return -1;
    }

    /** How many characters of {@code s} are web addresses ("https://…" up to the next space or closing bracket). */
    private static int urlLength(String s) {
        int n = 0;
        for (int i = s.indexOf("http"); i >= 0; i = s.indexOf("http", i + 1)) {
            if (s.startsWith("https://", i) || s.startsWith("http://", i)) {
                int e = i;
                while (e < s.length() && !Character.isWhitespace(s.charAt(e)) && s.charAt(e) != ')' && s.charAt(e) != ']') {
                    e++;
                }
                n += e - i;
                i = e;
            }
        }
        return n;
    }

    /**
     * Where the introductions of lists end: each colon that ends a line, and each line that says "the following"
     * without a colon (its line break), in text order.
     */
    private static List<Integer> listIntroEnds(PostingText t) {
        String f = t.fold;
        java.util.TreeSet<Integer> ends = new java.util.TreeSet<>();
        for (int i = f.indexOf(":\n", t.bodyStart); i >= 0 && ends.size() < 200; i = f.indexOf(":\n", i + 2)) {
            ends.add(i);
        }
        for (String w : FOLLOWING) {
            for (int k : t.hits.of(w)) {
                int le = t.lineEnd(k);
                if (k >= t.bodyStart && le < f.length() && f.charAt(le) == '\n' && (le == 0 || f.charAt(le - 1) != ':')) {
                    int next = le + 1;
                    while (next < f.length() && (f.charAt(next) == '\n' || f.charAt(next) == ' ')) {
                        next++;
                    }
                    if (next < f.length() && ITEM_MARK.matcher(t.text.substring(next, t.lineEnd(next))).find()) {
                        ends.add(le);
                    }
                }
            }
        }
        return new ArrayList<>(ends);
    }

    /** Whether an item of a list of documents (folded) names the diplomas: « Diplômes », « copie des diplômes ». */
    private static final Pattern DIPLOMA_LEVEL = Pattern.compile(
            "(?:master'?s?|bachelor'?s?|phd|doctoral|licence|highest|last|latest|university) (?:diplomas?|degree certificates?)");

    /** Words an item's name may open on that are no part of it ("their master thesis", « leur dernier diplôme »). */
    private static final Pattern OTHER_LEAD = Pattern.compile(
            "^(?:(?:their|your|his|her|his/her|its|our|leur|leurs|votre|vos|son|sa|ses|notre|nos|je|jouw|uw|hun|zijn|haar)\\s+)+");
    /** « leur dernier diplôme », "their last diploma" once the possessive is gone. */
    private static final Pattern LAST_DIPLOMA = Pattern.compile("(?:last|latest|dernier|derniers) (?:diplomas?|diplomes?|degree)");
    /** Names that are no document: a word alone that only points, a subject line's label. */
    private static final java.util.Set<String> OTHER_NOT_NAMES = java.util.Set.of("their", "your", "his", "her", "its",
        "leur", "leurs", "votre", "vos", "output", "other", "others", "autre", "autres", "ander", "andere");

    /**
     * The {@code other:} items made plain: a possessive in front goes, a diploma named so becomes the diploma, a
     * subject line's label (« Objet de l'email ») and a lone pointing word are dropped.
     */
    static void tidyOthers(Map<String, DocumentRequirement> docs) {
        if (docs.keySet().stream().noneMatch(k -> k.startsWith("other:"))) {
            return;
        }
        Map<String, DocumentRequirement> tidy = new LinkedHashMap<>();
        for (Map.Entry<String, DocumentRequirement> e : docs.entrySet()) {
            String kind = e.getKey();
            if (!kind.startsWith("other:") || kind.endsWith("_profile")) {
                tidy.putIfAbsent(kind, e.getValue());
                continue;
            }
            String words = OTHER_LEAD.matcher(kind.substring(6)).replaceFirst("").strip();
            String folded = TextNormalizer.normalize(words).fold;
            if (words.length() < 3 || OTHER_NOT_NAMES.contains(folded) || folded.startsWith("objet ")
                    || folded.startsWith("subject ") || folded.startsWith("onderwerp ")) {
                continue;
            }
            String now = namesDiplomas(folded) || LAST_DIPLOMA.matcher(folded).matches() ? "diploma" : "other:" + words;
            DocumentRequirement d = e.getValue();
            tidy.putIfAbsent(now, now.equals(kind) ? d
                    : new DocumentRequirement(now, d.necessity(), d.format(), d.length(), d.language()));
        }
        docs.clear();
        docs.putAll(tidy);
    }

    static boolean namesDiplomas(String item) {
        return item.startsWith("diplom") || item.startsWith("copie des diplom") || item.startsWith("copies des diplom")
                // "master diploma", "bachelor's degree certificate", « diplôme de master »: a diploma named by its level
                || DIPLOMA_LEVEL.matcher(item).matches();
    }

    private DocumentListItems() {
    }
}
