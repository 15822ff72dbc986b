package org.sillage.importing.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sillage.domain.Field;

/**
 * Languages required (ISO 639-1). Names joined by "and", commas or slashes are one list read with one cue;
 * a list joined by "or" is a choice and requires none. A list is required with a cue close before it in its
 * clause (« Maîtrise du français », "command of English", « vaardigheid in het Nederlands ») or just after
 * it (« obligatoire », "proficiency", « niveau B2 »), a cue of necessity later in its sentence, or when it
 * is a bare item under a requirements heading. Not required: "un plus", "an asset", "ideally", « un peu »,
 * anything under an assets heading. A bilingual post names French and English (French and Dutch in Belgium).
 */
final class LanguagesRule implements Rule {
    private static final String[][] NAMES = {
        // (« de Nederlandse taal », « de Engelse taal »: the Dutch adjective names the language too)
        // (« la langue française »: the French adjective too; « Je bent Nederlandstalig »: Dutch-speaking)
        {"fr", "francais", "french", "frans", "franse", "francaise", "franstalig"},
        {"en", "anglais", "english", "engels", "engelse", "anglaise", "engelstalig"},
        {"nl", "neerlandais", "dutch", "nederlands", "flamand", "nederlandse", "neerlandaise", "nederlandstalig"},
        {"de", "allemand", "german", "duits"},
        {"es", "espagnol", "spanish", "spaans"}, {"it", "italien", "italian", "italiaans"},
        {"pt", "portugais", "portuguese", "portugees"}, {"ar", "arabe", "arabic", "arabisch"},
        {"zh", "chinois", "chinese", "mandarin"}, {"ru", "russe", "russian", "russisch"},
        {"ja", "japonais", "japanese", "japans"}, {"ko", "coreen", "korean", "koreaans"}, {"pl", "polonais", "polish"},
        {"tr", "turc", "turkish"}, {"sw", "swahili", "kiswahili"}, {"ur", "ourdou", "urdu"}, {"hi", "hindi"},
        {"el", "grec", "greek", "grieks"}, {"sv", "suedois", "swedish", "zweeds"}, {"da", "danois", "danish", "deens"},
        {"ro", "roumain", "romanian", "roemeens"}, {"uk", "ukrainien", "ukrainian", "oekraiens"},
        {"fa", "persan", "persian", "farsi"}, {"vi", "vietnamien", "vietnamese"},
    };
    private static final String[] CUE_BEFORE = {"maitris", "maitrise", "courant", "fluent", "fluency", "proficien",
        "bilingue", "bilingual", "connaissance", "knowledge of", "excellent", "spoken", "written", "parle", "ecrit",
        "command of", "command in", "skills in", "communication in", "vaardigheid", "redaction",
        "bon niveau", "niveau en", "good level", "level of", "profil linguistique", "b1", "b2", "c1", "c2", "langues :", "langue :", "languages:", "language:", "vloeiend", "kennis van",
        "beheersing", "beheers", "niveau b", "niveau c", "level", "native", "langue maternelle", "pratique de", "speak",
        "talen:", "taal:", "vlot", "spreekt", "spreek je", "schrijft", "je beheerst", "goede kennis", "couramment",
        "you speak", "you are fluent", "vous parlez", "a l'aise en", "a l'aise avec l'",
        // « je kunt goed communiceren in zowel het Nederlands als het Engels »
        "communiceren in",
        // "teaching requires mastering of the Dutch language", "mastery of English"
        "mastery of", "mastering of", "mastering the",
        // « Compétences en français et anglais »
        "competences en", "competence en",
        // "You are able to write English well", "able to speak and write French"
        "able to write", "able to speak", "able to communicate in", "write and speak", "speak and write"};
    private static final String[] CUE_AFTER = {"obligatoire", "exige", "requis", "required", "indispensable", "essential",
        "courant", "fluent", "vereist", "noodzakelijk", "impératif", "imperatif", "mandatory", "ecrit et parle", "lu, ecrit",
        "essentiel", "proficiency", "niveau", "level", "b1", "b2", "c1", "c2", "technique", "scientifique", "a must",
        "een must", "ecrit et oral", "oral et ecrit", "written and spoken", "spoken and written", "(spoken", "(written",
        "(oral", "(ecrit", "skills",
        // « Minimaal Nederlands kunnen lezen en schrijven », « Nederlands in woord en geschrift »
        "lezen en schrijven", "spreken en schrijven", "in woord en geschrift",
        // a level in brackets after the name (« Talenkennis » then « Nederlands (goed) »)
        "(goed", "(zeer goed", "(uitstekend", "(vloeiend", "(moedertaal", "(good", "(very good", "(fluent", "(native",
        "(excellent", "(courant", "(bon", "(tres bon", "(bonne"};
    private static final String[] NOT_REQUIRED = {"un plus", "atout", "a plus", "an asset", "asset", "ideally", "idealement",
        "souhaite", "souhaitable", "apprecie", "would be", "preferred", "preferably", "bonus", "pluspunt", "is desirable",
        "nice to have", "serait", "may be", "peut etre", "profils linguistiques", "linguistic profiles",
        "appreciated", "desirable", "desired", "not a prerequisite", "appreciee", "facilitat", "enrich", "not required", "welcome", "bienvenu", "optionnel", "optional",
        // "proficiency in German is not expected or required"
        "not expected", "not needed", "not necessary", "pas exige", "pas requis", "pas necessaire", "niet vereist", "niet nodig",
        // « Kennis van Duits en Engels is een pré », « … strekt tot aanbeveling », "… is an advantage", « un avantage »
        "is een pre", "een pre ", "een pre.", "een pre,", "niet noodzakelijk", "mooi meegenomen", "strekt tot aanbeveling",
        "an advantage", "un avantage"};
    /** Said later in the sentence of a language, past any comma: it is not needed. */
    private static final String[] NOT_NEEDED = {"pas necessaire", "pas exige", "pas requis", "pas obligatoire",
        "not required", "not necessary", "not needed", "not expected", "niet nodig", "niet vereist", "niet noodzakelijk"};
    private static final String[] LOCAL_NOT = {"un peu", "a little", "some ", "notions", "quelques", "basic", "de base",
        " ou ", " or "};

    /** The keywords this rule looks up through the lexicon: the language names and the words of a bilingual post. */
    static String[] names() {
        List<String> all = new ArrayList<>(java.util.Arrays.asList(LANGUAGE_NAMES));
        all.addAll(java.util.Arrays.asList(BILINGUAL));
        return all.toArray(new String[0]);
    }

    private static final String[] BILINGUAL = {"bilingue", "bilingual", "tweetalig"};
    private static final String[] LANGUAGE_NAMES = languageNames();

    private static String[] languageNames() {
        List<String> all = new ArrayList<>();
        for (String[] l : NAMES) {
            all.addAll(java.util.Arrays.asList(l).subList(1, l.length));
        }
        return all.toArray(new String[0]);
    }

    @Override
    public String name() {
        return "languages";
    }

    @Override
    public void apply(PostingText t) {
        String f = t.fold;
        // every language name of the body, in text order, then grouped when only a connective stands between two
        List<int[]> names = new ArrayList<>(); // {start, end, language index}
        for (int l = 0; l < NAMES.length; l++) {
            for (int n = 1; n < NAMES[l].length; n++) {
                String name = NAMES[l][n];
                int count = 0;
                for (int i : t.hits.of(name)) {
                    if (i >= t.bodyStart && count++ < 50 && Keywords.wordAt(f, i, name)) {
                        names.add(new int[] {i, i + name.length(), l});
                    }
                }
            }
        }
        names.sort((a, b) -> Integer.compare(a[0], b[0]));
        Set<String> found = new LinkedHashSet<>();
        for (int g = 0; g < names.size();) {
            int h = g;
            boolean choice = false;
            while (h + 1 < names.size()) {
                int link = connective(f, names.get(h)[1], names.get(h + 1)[0]);
                if (link < 0) {
                    break;
                }
                choice |= link == 1;
                h++;
            }
            int gs = names.get(g)[0];
            int ge = names.get(h)[1];
            if (!choice && required(t, gs, ge)) {
                for (int k = g; k <= h; k++) {
                    int[] m = names.get(k);
                    if (found.add(NAMES[m[2]][0])) {
                        t.evidence(Field.LANGUAGES_REQUIRED, m[0], m[1], "languages.cue");
                    }
                }
            }
            g = h + 1;
        }
        bilingualPost(t, found);
        if (!found.isEmpty()) {
            List<String> ordered = new ArrayList<>(found);
            ordered.sort(null);
            t.out().languagesRequired(ordered);
            t.set(Field.LANGUAGES_REQUIRED);
        }
    }

    /** Words that may stand between two language names of one list: and (0), or (1), an article or a preposition. */
    private static final java.util.Map<String, Integer> LINKS = java.util.Map.ofEntries(
            java.util.Map.entry("et", 0), java.util.Map.entry("and", 0), java.util.Map.entry("en", 0),
            java.util.Map.entry("&", 0), java.util.Map.entry("/", 0), java.util.Map.entry("+", 0),
            java.util.Map.entry("und", 0), java.util.Map.entry("as well as", 0),
            // « zowel het Nederlands als in het Engels »: both
            java.util.Map.entry("als", 0),
            java.util.Map.entry("ou", 1), java.util.Map.entry("or", 1), java.util.Map.entry("of", 1),
            java.util.Map.entry("either", 1), java.util.Map.entry("soit", 1), java.util.Map.entry("and/or", 1),
            java.util.Map.entry("et/ou", 1), java.util.Map.entry("en/of", 1));
    private static final Set<String> ARTICLES = Set.of("l'", "le", "la", "du", "de", "de l'", "d'", "het", "the", "in",
        "en", "a", "au", "al'", "l\u2019");

    /**
     * What links two language names: 0 for "and" (or a comma), 1 for "or", -1 when they are not one list
     * (other words between them).
     */
    private static int connective(String f, int from, int to) {
        if (to - from > 16 || to <= from) {
            return to == from ? 0 : -1;
        }
        String gap = f.substring(from, to).replace("\u2019", "'").replace("/", " / ").replace("&", " & ")
                .replace("+", " + ").replace(",", " , ").replace("l'", "l' ").replace("d'", "d' ").strip();
        int link = 0;
        boolean word = false;
        for (String tok : gap.split("\\s+")) {
            if (tok.isEmpty() || tok.equals(",")) {
                continue;
            }
            Integer kind = LINKS.get(tok);
            if (kind != null && !(tok.equals("en") && word)) {
                link = Math.max(link, kind);
                word = true;
                continue;
            }
            if (!ARTICLES.contains(tok) && !tok.equals("l'") && !tok.equals("d'")) {
                return -1;
            }
        }
        return link;
    }

    /**
     * « Poste bilingue à nomination impérative », "bilingual position (CBC)", « profil linguistique : bilingue »:
     * a bilingual post names no language; French and English are meant (French and Dutch in a Belgian posting).
     */
    private static void bilingualPost(PostingText t, Set<String> found) {
        String f = t.fold;
        for (String w : BILINGUAL) {
            for (int i : t.hits.of(w)) {
                if (i < t.bodyStart || !Keywords.wordAt(f, i, w)) {
                    continue;
                }
                int s = t.sentenceStart(i);
                int e = t.sentenceEnd(i);
                boolean post = Keywords.regionContainsAny(f, Math.max(s, i - 60), i, BILINGUAL_POST)
                        || Keywords.regionContainsAny(f, i, Math.min(e, i + 40), new String[] {"imperati", "(bbb", "(cbc",
                            "(ccc", "requis", "required", "obligatoire", "exige"});
                if (!post || Keywords.regionContainsAny(f, s, e, NOT_REQUIRED)
                        || Keywords.regionContainsAny(f, s, e, new String[] {"may be", "peut etre", "profils linguistiques",
                            "linguistic profiles", "candidates", "candidats"})
                        || Keywords.regionContainsAny(f, s, e, LANGUAGE_NAMES)) {
                    continue;
                }
                boolean belgian = "nl".equals(t.language) || Keywords.containsAny(f, new String[] {"belgique", "belgie",
                    "bruxelles", "brussel"});
                found.add("fr");
                found.add(belgian ? "nl" : "en");
                t.evidence(Field.LANGUAGES_REQUIRED, i, i + w.length(), "languages.bilingual");
                return;
            }
        }
    }

    private static final String[] BILINGUAL_POST = {"poste", "position", "profil linguistique", "linguistic profile",
        "functie", "role", "emploi", "job"};

    private static boolean required(PostingText t, int i, int end) {
        String f = t.fold;
        int s = t.sentenceStart(i);
        int e = t.sentenceEnd(i);
        int cs = clauseStart(f, s, i);
        int ce = clauseEnd(f, end, e);
        // « Ideally, you're fluent in French »: a one-word clause before counts with this one
        int prev = cs - 1;
        int ps = prev > s ? clauseStart(f, s, prev) : cs;
        String local = f.substring(Math.max(cs, i - 12), i);
        String after = f.substring(end, Math.min(ce, end + 40));
        if (Keywords.containsAny(local, LOCAL_NOT) || after.startsWith(" ou ") || after.startsWith(" or ")) {
            return false;
        }
        PostingText.Heading h = t.headingBefore(i);
        if (h != null && i - h.end() < 1500 && Keywords.containsAny(h.fold(), ASSET_HEADINGS)) {
            return false; // "Preferred qualifications:", « Atouts »: what follows is not required
        }
        if (underAssetsIntro(t, i)) {
            return false; // "The following qualifications will be an asset:" then "- Fluency in Spanish, French, …"
        }
        if (Keywords.regionContainsAny(f, cs, ce, NOT_REQUIRED)
                || (cs - ps < 15 && Keywords.regionContainsAny(f, ps, cs, NOT_REQUIRED))
                || Keywords.regionContainsAny(f, s, e, new String[] {"may be", "peut etre", "linguistic profiles",
                    "profils linguistiques"})
                || Keywords.regionContainsAny(f, end, e, NOT_NEEDED)) {
            return false; // (« La maîtrise de la langue française, qui est la langue nationale, n'est pas nécessaire »)
        }
        // « ..., en français et en anglais »: a clause holding only a preposition reads with the one before it
        int bs = cs;
        if (cs > s && Keywords.onlyChars(f, cs, i, " ")
                || cs > s && i - cs <= 5 && Keywords.containsAny(f.substring(cs, i), new String[] {"en", "in"})) {
            bs = ps;
        }
        if (f.startsWith("talig", end - 5)) {
            return true; // « Je bent Nederlandstalig », « Dagwerk – voltijds – Nederlandstalig »: speaking it is asked
        }
        String before = f.substring(Math.max(bs, i - 150), i);
        if (Keywords.containsAny(before, CUE_BEFORE) || Keywords.containsAny(after, CUE_AFTER)) {
            return true;
        }
        // « Une partie du travail se fait en anglais, une maîtrise écrite et orale est nécessaire. »
        if (Keywords.regionContainsAny(f, end, Math.min(e, end + 90), STRONG_AFTER)
                && !Keywords.regionContainsAny(f, s, e, NOT_REQUIRED)) {
            return true;
        }
        return listedUnderRequirements(t, i, end);
    }

    /**
     * « Connaissances : » then "- Anglais (échanges avec les partenaires)": a list item that opens on the
     * language, under a heading of the profile or of the knowledge asked for (not one of assets).
     */
    private static boolean listedUnderRequirements(PostingText t, int i, int end) {
        String f = t.fold;
        int ls = t.lineStart(i);
        if (!Keywords.onlyChars(f, ls, i, " -*\u2022\u25aa\u25cf\u2013>\t'l:")) {
            return false;
        }
        if (!Keywords.onlyChars(f, ls, Math.min(i, ls + 1), "-*\u2022\u25aa\u25cf\u2013> \t") || i == ls) {
            // only a bulleted item, or a line opening a list of skills after a label ("Vous maîtrisez:")
            if (!Keywords.regionContainsAny(f, Math.max(0, ls - 120), ls, REQUIREMENT_LABELS)) {
                return false;
            }
        }
        int le = t.lineEnd(end);
        if (le - end > 80) {
            return false; // a sentence about the language, not an item naming it
        }
        PostingText.Heading h = t.headingBefore(i);
        String label = h != null && i - h.end() < 1500 ? h.fold() : f.substring(Math.max(0, ls - 120), ls);
        PostingText.Heading up = h == null || h.start() == 0 ? null : t.headingBefore(h.start() - 1);
        if (up != null && h.start() - up.end() < 400 && !Keywords.containsAny(label, REQUIREMENT_LABELS)) {
            label = up.fold() + " / " + label; // « Compétences souhaitées : » ... « Plus spécifiquement : »
        }
        return Keywords.containsAny(label, REQUIREMENT_LABELS) && !Keywords.containsAny(label, ASSET_HEADINGS);
    }

    private static final String[] REQUIREMENT_LABELS = {"profil", "competence", "connaissance", "qualification",
        "requirement", "required", "skills", "vous maitrisez", "savoir", "exigence", "langue", "language",
        "we expect", "wat verwachten", "wij vragen", "functie-eisen", "vereist", "taal", "you have", "vous avez",
        "requis"};
    /** A heading over what is welcome, not required (« profil souhaité » is the profile asked for, not one of these). */
    private static final String[] ASSET_HEADINGS = {"prefer", "nice to have", "atout", "un plus", "a plus", "les plus", "bonus",
        "asset", "pluspunt", "apprecie", "desirable", "optional", "optionnel", "welcome", "bienvenu",
        // "Other expertise that will be useful but not required"
        "not required", "not mandatory", "pas obligatoire", "pas requis", "niet vereist", "niet verplicht"};
    private static final String[] STRONG_AFTER = {"necessaire", "indispensable", "obligatoire", "exige", "requis",
        "required", "essential", "essentiel", "mandatory", "vereist", "een must", "is a must", "imperati"};

    /** Whether {@code i} is in a bulleted list whose introducing line says its items are assets. */
    private static boolean underAssetsIntro(PostingText t, int i) {
        String f = t.fold;
        int ls = t.lineStart(i);
        if (!Keywords.onlyChars(f, ls, Math.min(f.length(), ls + 1), "-*\u2022\u25aa\u25cf\u2013")) {
            return false;
        }
        int p = ls - 1;
        for (int guard = 0; p > 0 && guard < 15; guard++) {
            int pls = t.lineStart(p);
            String line = f.substring(pls, p).strip();
            if (!line.isEmpty() && "-*\u2022\u25aa\u25cf\u2013".indexOf(line.charAt(0)) < 0) {
                return line.length() <= 300 && Keywords.containsAny(line, ASSET_HEADINGS);
            }
            p = pls - 1;
        }
        return false;
    }

    private static int clauseStart(String f, int s, int i) {
        for (int k = i - 1; k > s; k--) {
            char c = f.charAt(k);
            if (c == ',' || c == ';' || c == ':' && k < i - 2 && !f.startsWith("langue", Math.max(0, k - 7))) {
                return k + 1;
            }
        }
        return s;
    }

    private static int clauseEnd(String f, int i, int e) {
        for (int k = i; k < e; k++) {
            char c = f.charAt(k);
            if (c == ',' || c == ';') {
                return k;
            }
        }
        return e;
    }
}
