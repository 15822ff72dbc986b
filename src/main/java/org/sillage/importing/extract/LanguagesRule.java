package org.sillage.importing.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sillage.domain.Field;

/**
 * Languages required (ISO 639-1): a language name with a requirement cue close before it in the same
 * clause (« Maîtrise du français », "Fluency in English", "excellent level of spoken and written English",
 * « Niveau B2 ... (français/néerlandais) ») or just after it (« obligatoire », "required"). Not required:
 * "un plus", "an asset", "ideally", « un peu », and any choice (« en anglais ou en français »).
 */
final class LanguagesRule implements Rule {
    private static final String[][] NAMES = {
        {"fr", "francais", "french", "frans"}, {"en", "anglais", "english", "engels"},
        {"nl", "neerlandais", "dutch", "nederlands", "flamand"}, {"de", "allemand", "german", "duits"},
        {"es", "espagnol", "spanish", "spaans"}, {"it", "italien", "italian", "italiaans"},
        {"pt", "portugais", "portuguese", "portugees"}, {"ar", "arabe", "arabic", "arabisch"},
        {"zh", "chinois", "chinese", "mandarin"}, {"ru", "russe", "russian", "russisch"},
    };
    private static final String[] CUE_BEFORE = {"maitris", "maitrise", "courant", "fluent", "fluency", "proficien",
        "bilingue", "bilingual", "connaissance", "knowledge of", "excellent", "spoken", "written", "parle", "ecrit",
        "command of", "b1", "b2", "c1", "c2", "langues :", "langue :", "languages:", "language:", "vloeiend", "kennis van",
        "beheersing", "beheers", "niveau b", "niveau c", "level", "native", "langue maternelle", "pratique de", "speak",
        "talen:", "taal:", "vlot", "spreekt", "spreek je", "schrijft", "je beheerst", "goede kennis", "couramment",
        "you speak", "you are fluent", "vous parlez", "a l'aise en", "a l'aise avec l'"};
    private static final String[] CUE_AFTER = {"obligatoire", "exige", "requis", "required", "indispensable", "essential",
        "courant", "fluent", "vereist", "noodzakelijk", "impératif", "imperatif", "mandatory", "ecrit et parle", "lu, ecrit"};
    private static final String[] NOT_REQUIRED = {"un plus", "atout", "a plus", "an asset", "asset", "ideally", "idealement",
        "souhaite", "souhaitable", "apprecie", "would be", "preferred", "preferably", "bonus", "pluspunt", "is desirable",
        "nice to have", "serait", "may be", "peut etre", "linguistic profile", "profils linguistiques", "profil linguistique",
        "appreciated", "desirable", "not a prerequisite", "not required", "welcome", "bienvenu", "optionnel", "optional"};
    private static final String[] LOCAL_NOT = {"un peu", "a little", "some ", "notions", "quelques", "basic", "de base",
        " ou ", " or ", " of "};

    static String[] names() {
        java.util.List<String> all = new java.util.ArrayList<>();
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
        Set<String> found = new LinkedHashSet<>();
        for (String[] lang : NAMES) {
            for (int n = 1; n < lang.length && !found.contains(lang[0]); n++) {
                String name = lang[n];
                for (int i : t.hits.of(name)) {
                    if (i < t.bodyStart) {
                        continue;
                    }
                    int from = i + name.length();
                    if (!Keywords.wordAt(f, i, name)) {
                        continue;
                    }
                    if (required(t, i, from)) {
                        found.add(lang[0]);
                        t.evidence(Field.LANGUAGES_REQUIRED, i, from, "languages.cue");
                        break;
                    }
                }
            }
        }
        if (!found.isEmpty()) {
            List<String> ordered = new ArrayList<>(found);
            ordered.sort(null);
            t.out().languagesRequired(ordered);
            t.set(Field.LANGUAGES_REQUIRED);
        }
    }

    private static boolean required(PostingText t, int i, int end) {
        String f = t.fold;
        int s = t.sentenceStart(i);
        int e = t.sentenceEnd(i);
        int cs = clauseStart(f, s, i);
        int ce = clauseEnd(f, end, e);
        // « Ideally, you're fluent in French »: a one-word clause before counts with this one
        int prev = cs - 1;
        int ps = prev > s ? clauseStart(f, s, prev) : cs;
        String before = f.substring(Math.max(cs, i - 150), i);
        String local = f.substring(Math.max(cs, i - 12), i);
        String after = f.substring(end, Math.min(ce, end + 40));
        if (Keywords.containsAny(local, LOCAL_NOT) || after.startsWith(" ou ") || after.startsWith(" or ")
                || after.startsWith(" of ")) {
            return false;
        }
        if (Keywords.regionContainsAny(f, cs, ce, NOT_REQUIRED)
                || (cs - ps < 15 && Keywords.regionContainsAny(f, ps, cs, NOT_REQUIRED))
                || Keywords.regionContainsAny(f, s, e, new String[] {"may be", "peut etre", "linguistic profile", "profils linguistiques"})) {
            return false;
        }
        return Keywords.containsAny(before, CUE_BEFORE) || Keywords.containsAny(after, CUE_AFTER);
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
