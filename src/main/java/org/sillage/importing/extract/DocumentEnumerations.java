package org.sillage.importing.extract;

import static org.sillage.importing.extract.DocumentWords.OPTIONAL;
import static org.sillage.importing.extract.DocumentWords.REFERENCE_WORDS;
import static org.sillage.importing.extract.DocumentWords.WAIVE;
import static org.sillage.importing.extract.DocumentsRule.ITEM_END;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sillage.domain.DocumentRequirement;
import org.sillage.domain.Field;
import org.sillage.domain.Necessity;
import org.sillage.importing.extract.DocumentsRule.Mention;

/**
 * The items enumerated in a sentence after a document the lexicon knows (« CV, lettre de motivation, relevés de
 * notes et deux lettres de recommandation »): the others become {@code other:<words>}, or references. The lists set
 * as lines under an introduction are {@link DocumentListItems}'.
 */
final class DocumentEnumerations {
    private DocumentEnumerations() {
    }

    private static final Pattern ALTERNATIVE_SEP = Pattern.compile("^\\s*(?:/|\\bou\\b|\\bor\\b)\\s*");
    /**
     * What goes between two items of a list; in Dutch « cv met foto » adds one too. (English "with" and French
     * « avec » were tried: on postings never tuned on they added wrong items, "a CV with …" qualifies it.)
     */
    private static final Pattern ENUM_SEP = Pattern.compile("^\\s*(?:,|;|\\+|&|\\band\\b|\\bet\\b|\\ben\\b|as well as|ainsi que|plus"
            + "|\\bmet\\b)\\s*(?:(?:and|et|en)\\s+)?(?:[-–•]\\s+|\\(?\\d\\)\\s+)?");
    private static final String ENUM_ITEM_START =
            "^(?:(?:a|an|your|the|one|two|three|four|un|une|des|le|la|les|vos|votre|ton|tes|deux|trois|quatre|\\d|\\d[- ]pages?|copy of the|copies of the|copy of|copies of|copie des|copies des|copie de|copies de|copie du|copie d'|een|je|jouw|uw|twee|drie|latest|last|recent|most recent|dernier|derniers|derniere|dernieres|recents|recentes|their|his|her|his/her|leur|leurs|son|sa|ses"
            // « faites-nous part de votre CV, de votre compte github et d'une lettre attrayante »: each item's « de »
            + "|de|du|d'une|d'un"
            + "|short|detailed|full|complete|updated|concise|court|courte|detaille|detaillee|korte)\\s+)*"
            + "([\\p{L}][\\p{L}'’ -]{2,50}?)(?=\\s*(?:[,;:().!?\\n/]|$| - | – |\\+| and | et | en | or | ou |";
    private static final String ENUM_ITEM_END = " to | a | à | by | par | avant | before | naar | via | at | in | on | from | for | pour | with | avec | including | describing | dans | sur | au | aux | per | in one | as | en un | sous | under | uniquement | only | \\d| (?:de|du|des|of|van) \\p{L}{0,3}\\d))";
    /** An enumerated item; in Dutch "of" ("or") ends it, elsewhere it is part of it ("list of publications"). */
    private static final Pattern ENUM_ITEM_NL = Pattern.compile(ENUM_ITEM_START + " of |" + ENUM_ITEM_END);
    private static final Pattern ENUM_ITEM = Pattern.compile(ENUM_ITEM_START + ENUM_ITEM_END);
    /** The nouns a document's name is built on: an enumerated item without one is not a document. */
    private static final String[] DOCUMENT_NOUNS = {"letter", "lettre", "brief", "transcript", "releve", "notes",
        "grades", "certificat", "certificate", "attestation", "copy", "copie", "proof", "preuve", "justificatif",
        "statement", "list", "liste", "project", "projet", "proposal", "plan", "essay", "thesis", "these", "memoire",
        "draft", "sample", "exemple", "echantillon", "report", "rapport", "recommend", "referen", "referee",
        "diplom", "degree", "publication", "portfolio", "dossier", "cijferlijst", "getuigschrift", "verklaring",
        "bewijs", "scriptie", "photo", "foto", "bulletin", "pretention", "expectation", "casier"};

    /** Words that only qualify the document named after them ("a brief cover letter", "a short CV"). */
    private static final Pattern ITEM_ADJECTIVES = Pattern.compile(
            "(?:(?:a|an|your|the|brief|short|detailed|full|complete|updated|up-to-date|concise)\\s+)+"
            // « copie de la carte d'identité », "a copy of your passport": a copy of a known document is that document
            + "|(?:(?:a|une|la|les|een)\\s+)?(?:copie|copies|photocopie|photocopies|copy|copies|scan|kopie)"
            + "(?:\\s+(?:de la|de l'|de|du|des|d'|of|of the|of your|van|van de|van het|van je|van uw))?\\s*");

    /** An item starting with a preposition is a phrase about the documents (« sous référence X »), not one. */
    private static final java.util.Set<String> ITEM_NOT_START = java.util.Set.of("sous", "under", "with", "avec", "par",
        "by", "to", "in", "en", "for", "pour", "de", "dans", "via", "au", "aux", "sur", "on", "at", "als", "met", "onder",
        "including", "y", "compris", "mentioning", "mentionnant", "indiquant", "quoting", "stating");

    private static final java.util.Set<String> NOT_ITEMS = java.util.Set.of("other", "autres", "etc", "so on", "more",
        "contact", "contacts", "details", "information", "informations", "documents", "pieces", "piece", "application",
        "candidature", "e-mail", "email", "mail", "courriel", "attachment", "attachments", "pdf", "file", "files",
        "fichier", "fichiers", "format", "single pdf", "subject", "objet", "name", "nom", "prenom", "date");

    /**
     * « CV, relevés de notes et lettres de recommandation », "CV and application letter": the other items of
     * an enumeration that names a document to send are documents too; outside the lexicon, a letter of
     * application or motivation is a cover letter, a recommendation or referee is a reference, anything
     * else is {@code other:<its words>}.
     */
    static void enumerated(PostingText t, List<Mention> kept, List<Mention> all, Map<String, DocumentRequirement> docs) {
        String f = t.fold;
        int guard = 0;
        for (Mention m : kept) {
            DocumentRequirement d = docs.get(m.kind());
            if (d == null || d.necessity() != Necessity.REQUIRED || guard++ > 40) {
                continue;
            }
            int sentenceEnd = t.sentenceEnd(m.end());
            // « CV ; lettre de motivation ; relevés de notes »: a list goes on past its semicolons
            for (int more = 0; more < 4 && sentenceEnd + 1 < f.length() && f.charAt(sentenceEnd) == ';'; more++) {
                sentenceEnd = t.sentenceEnd(sentenceEnd + 1);
            }
            int p = m.end();
            for (int steps = 0; steps < 6 && p < sentenceEnd; steps++) {
                // "cover letter / statement of purpose; - research statement": past the alternative, the list goes on
                Matcher alt = ALTERNATIVE_SEP.matcher(f).region(p, sentenceEnd);
                if (alt.lookingAt()) {
                    Mention next = null;
                    for (Mention other : all) {
                        if (other.start() == alt.end()) {
                            next = other;
                        }
                    }
                    if (next != null) {
                        p = next.end();
                        continue;
                    }
                }
                Matcher sep = ENUM_SEP.matcher(f).region(p, sentenceEnd);
                if (!sep.lookingAt()) {
                    break;
                }
                int is = sep.end();
                Mention known = null;
                for (Mention other : kept) {
                    if (other.start() >= is && other.start() <= is + 25 && other.start() >= p) {
                        known = other;
                        break;
                    }
                }
                if (known != null && Keywords.onlyChars(f, is, known.start(), " abcdefghijklmnopqrstuvwxyz0123456789-")
                        && f.substring(is, known.start()).split(" ").length <= 3
                        // "a detailed CV, transcripts and cover letter": an item of its own comes before the known one;
                        // "a brief cover letter": an adjective is not one (in Dutch, a "brief" is a letter)
                        && (!Keywords.containsAny(f.substring(is, known.start()), DOCUMENT_NOUNS)
                            || ITEM_ADJECTIVES.matcher(f.substring(is, known.start())).matches())) {
                    p = known.end();
                    continue;
                }
                Matcher item = ("nl".equals(t.language) ? ENUM_ITEM_NL : ENUM_ITEM).matcher(f).region(is, sentenceEnd);
                if (!item.lookingAt()) {
                    break;
                }
                String words = item.group(1).strip();
                int n = words.split(" +").length;
                // « copie du permis de conduire »: the copy the item starts with makes it a document
                boolean aCopy = f.substring(is, item.start(1)).contains("cop");
                if (n > 5 || NOT_ITEMS.contains(words) || words.contains("@") || words.startsWith("http")
                        || !aCopy && !Keywords.containsAny(words, DOCUMENT_NOUNS) || ITEM_NOT_START.contains(words.split(" +")[0])) {
                    break;
                }
                Matcher itemEnd = ITEM_END.matcher(f).region(item.end(1), sentenceEnd);
                String clause = f.substring(is, itemEnd.find() ? itemEnd.start() : sentenceEnd);
                if (Keywords.containsAny(clause, OPTIONAL) || Keywords.containsAny(words, WAIVE)) {
                    // « justificatif RQTH le cas échéant », "a portfolio is a plus": asked of some only, the list goes on
                    p = item.end(1);
                    continue;
                }
                String kind;
                if (words.contains("recommend") || words.contains("referen") || words.contains("referee")
                        || words.startsWith("list") && clause.contains("name")
                            && Keywords.regionContainsAny(f, is, sentenceEnd, REFERENCE_WORDS)) {
                    // ("a list of 2-3 names and contact information for people who … serve as a reference")
                    kind = "references";
                } else if (DocumentListItems.namesDiplomas(words)) {
                    kind = "diploma";
                } else if (words.contains("motivation") || words.contains("motivatie")) {
                    kind = "cover_letter"; // "a one-page statement of motivation", « une note de motivation »
                } else if ((words.contains("letter") || words.contains("lettre") || words.contains("brief"))
                        && (words.contains("applic") || words.contains("motiv") || words.contains("intent")
                            || words.contains("candidat") || words.contains("presentation") || words.contains("interest")
                            || words.contains("explaining") || words.contains("why"))) {
                    kind = "cover_letter";
                } else if ((words.startsWith("lettre") || words.startsWith("letter") || "nl".equals(t.language) && words.startsWith("brief"))
                        && !words.contains(" de ") && !words.contains(" d'") && !words.contains(" of ") && !words.contains(" van ")
                        && !words.contains(" from ")) {
                    kind = "cover_letter"; // « d'une lettre attrayante » beside the CV: a letter qualified by no other purpose
                } else if ((words.contains("sample") || words.contains("echantillon") || words.contains("exemple"))
                        && (words.contains("writ") || words.contains("text") || words.contains("redaction"))) {
                    kind = "writing_sample";
                } else {
                    kind = "other:" + Clean.value(t.slice(item.start(1), item.end(1)));
                }
                if (!docs.containsKey(kind)) {
                    docs.put(kind, new DocumentRequirement(kind, Necessity.REQUIRED, null, null, null));
                    t.evidence(Field.REQUIRED_DOCUMENTS, item.start(1), item.end(1), "documents.enumerated");
                }
                p = item.end(1);
            }
        }
    }
}
