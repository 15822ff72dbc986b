package org.sillage.importing.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Whether words name a job or a kind of position, in French, English and Dutch (« chargé de mission », "engineer", "medewerker"). */
final class JobNames {

    private JobNames() {
    }

    /** Starts of words that name a job or a kind of position, in French, English and Dutch. */
    static final String[] JOB_STARTS = {
        // French
        "charge", "assistant", "attache", "ingenieur", "technicien", "chercheu", "enseignant", "professeu", "doctora",
        "postdoc", "post-doc", "stagiaire", "alternan", "apprenti", "animat", "coordinat", "coordonnat", "directeu",
        "directri", "responsable", "gestionnaire", "conseill", "secretaire", "comptable", "juriste", "mediat", "educat",
        "infirmi", "medecin", "developpeu", "designer", "consultant", "analyst", "administrat", "bibliothecaire",
        "documentaliste", "archiviste", "delegue", "referent", "volontaire", "benevole", "jobiste", "vendeu", "cuisini",
        "serveu", "employe", "ouvrier", "operat", "controleu", "formateu", "formatri", "intervenant", "accompagnat",
        "redacteu", "redactri", "traducteu", "traductri", "graphiste", "photographe", "gardien", "surveillant",
        "moniteu", "monitri", "auxiliaire", "plombier", "electricien", "menuisier", "jardinier", "chauffeu",
        "magasinier", "logisticien", "commercia", "acheteu", "regisseu", "producteu", "productri", "officier",
        // English
        "manager", "officer", "director", "coordinator", "engineer", "developer", "scientist", "researcher", "student",
        "fellow", "associate", "specialist", "technician", "advisor", "adviser", "editor", "writer", "architect",
        "programmer", "teacher", "lecturer", "professor", "nurse", "clerk", "accountant", "fundraiser", "organizer",
        "organiser", "representative", "executive", "secretary", "librarian", "volunteer", "curator", "instructor",
        "trainer", "paralegal", "strategist", "planner", "producer", "internship", "apprentice", "worker", "operator",
        "driver", "postdoctoral", "doctoral", "owner", "steward", "cashier", "receptionist", "waiter", "guide", "agent",
        "practitioner", "therapist", "carer", "caretaker", "cleaner",
        // Dutch
        "medewerk", "beleidsmedewerk", "projectleider", "teamleider", "leidinggevende", "stagiair", "leerkracht",
        "docent", "onderzoeker", "promovend", "verpleegkundige", "monteur", "ontwikkelaar", "adviseur", "begeleider",
        "vrijwilliger", "verkoper", "schoonma"};
    /** Job nouns that often close a compound: « projectmedewerker », "webdeveloper", "accountmanager". */
    static final String[] JOB_ENDS = {"medewerker", "developer", "manager", "engineer", "leider", "adviseur",
        "ontwikkelaar", "begeleider", "coordinator", "assistent", "designer"};
    /** Whole words that name a job or a kind of position. */
    static final Set<String> JOB_WORDS = Set.of("intern", "interns", "lead", "chef", "cheffe", "job", "cook",
        "kok", "stage", "agent", "agente", "phd", "these", "thesis", "doctorat", "position", "vacancy", "vacature",
        "functie", "poste", "co-op", "bediening", "head", "chauffeur");
    static final String[] JOB_PHRASES = {"head of", "maitre de conferences", "contrat doctoral", "service civique", "scrum master",
        "chef de", "cheffe de"};

    /** {@link #JOB_STARTS} by their first char, {@link #JOB_ENDS} by their last (all ASCII). */
    static final String[][] STARTS_BY_FIRST = byChar(JOB_STARTS, true);
    static final String[][] ENDS_BY_LAST = byChar(JOB_ENDS, false);

    static String[][] byChar(String[] words, boolean first) {
        java.util.Map<Character, List<String>> m = new java.util.HashMap<>();
        for (String w : words) {
            m.computeIfAbsent(w.charAt(first ? 0 : w.length() - 1), k -> new ArrayList<>()).add(w);
        }
        String[][] r = new String[128][];
        m.forEach((c, l) -> r[c] = l.toArray(String[]::new));
        return r;
    }

    /** Whether a word of {@code fold} (a run of letters and hyphens) names a job; the phrases of {@link #JOB_PHRASES} too. */
    static boolean namesAJob(String fold) {
        if (Keywords.containsAny(fold, JOB_PHRASES)) {
            return true;
        }
        int n = fold.length();
        int i = 0;
        while (i < n) {
            int cp = fold.codePointAt(i);
            if (!Character.isLetter(cp) && cp != '-') {
                i += Character.charCount(cp);
                continue;
            }
            int s = i;
            while (i < n) {
                cp = fold.codePointAt(i);
                if (!Character.isLetter(cp) && cp != '-') {
                    break;
                }
                i += Character.charCount(cp);
            }
            if (i - s >= 2 && namesAJob(fold, s, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word {@code fold[s, e)} is a job's word, starts with one or ends a compound on one. */
    static boolean namesAJob(String fold, int s, int e) {
        String w = fold.substring(s, e);
        if (JOB_WORDS.contains(w)) {
            return true;
        }
        if (w.startsWith("employer") || w.startsWith("employment")) {
            return false; // "employer contribution up to 5%": English words that only start like « employé »
        }
        char first = w.charAt(0);
        String[] starts = first < 128 ? STARTS_BY_FIRST[first] : null;
        if (starts != null) {
            for (String p : starts) {
                if (w.startsWith(p)) {
                    return true;
                }
            }
        }
        char last = w.charAt(w.length() - 1);
        String[] ends = last < 128 ? ENDS_BY_LAST[last] : null;
        if (ends != null) {
            for (String x : ends) {
                if (w.length() > x.length() && w.endsWith(x)) {
                    return true;
                }
            }
        }
        return false;
    }
}
