package org.sillage.importing.extract;

import org.sillage.domain.Field;

/**
 * The application URL: a web address in a sentence about applying ("Clique ici pour candidater -> URL",
 * "Please apply through [the webpages](URL)", « envoyer votre candidature ... sur le [site](URL) »), or a
 * form/ATS address. Information pages (« plus d'informations », "more details", « voir conditions »,
 * documents to download) are left out.
 */
final class ApplicationUrlRule implements Rule {
    private static final String[] APPLY = {"candidater", "candidatez", "postul", "apply", "application form", "formulaire", "sollicit",
        "solliciteer", "submit", "envoyer votre candidature", "candidature", "applications", "deposer sur", "deposez votre", "a deposer",
        "reageer via", "reageren via"};
    private static final String[] NOT_APPLY = {"plus d'information", "plus d'info", "more details", "more information",
        "en savoir plus", "voir conditions", "telecharger", "download", "learn more", "plus de details", "fiche de poste",
        "meer informatie", "see also", "voir aussi", "conditions sur", "consultez", "visitez", "visit our", "visit the"};
    /** Phrases that name the link as the way to apply even beside an information phrase ("More information and the application link"). */
    private static final String[] STRONG = {"application link", "how to apply", "apply online", "apply here", "apply through",
        "apply via", "apply at", "must apply", "postuler en ligne", "lien de candidature", "formulaire de candidature",
        "candidatez en ligne", "postulez en ligne", "apply on", "application portal", "portail emploi", "online application"};
    /** Front-matter keys whose value is the way to apply. */
    private static final String[] META_APPLY = {"apply form link", "apply_form_link", "application_link", "apply_link",
        "application_url", "apply_url", "emploi_url", "candidature_url", "lien_candidature", "application link", "apply link"};
    /** Front-matter keys whose value may be the posting's page or the way to apply: taken for a form or ATS host only. */
    private static final String[] META_LINK = {"link", "url", "external_url"};
    private static final String[] FORM_HOSTS = {"docs.google.com/forms", "forms.gle", "typeform.com", "welcometothejungle",
        "lever.co", "greenhouse.io", "workable.com", "smartrecruiters", "recruitee.com", "teamtailor", "jobteaser",
        "demarches-simplifiees.fr", "taleo", "workday", "bamboohr", "/apply", "/candidature", "/postuler", "jobs.lever",
        "airtable.com/embed", "usajobs.gov/job", "candidateexperience", "emploi.cnrs.fr/offres"};

    static final String[] ANCHORS = {"http", "www."};

    @Override
    public String name() {
        return "url";
    }

    @Override
    public void apply(PostingText t) {
        if (t.isSet(Field.APPLICATION_URL)) {
            return;
        }
        if (frontMatter(t)) {
            return;
        }
        String s = t.text;
        String f = t.fold;
        int from = t.bodyStart;
        int[] https = t.hits.of("http");
        int[] wwws = t.hits.of("www.");
        int a = 0;
        int b = 0;
        for (int guard = 0; guard < 300; guard++) {
            while (a < https.length && https[a] < from) {
                a++;
            }
            while (b < wwws.length && (wwws[b] < from || wwws[b] >= 3 && f.startsWith("://", wwws[b] - 3))) {
                b++;
            }
            int i = a < https.length ? https[a] : -1;
            int w = b < wwws.length ? wwws[b] : -1;
            if (i < 0 || (w >= 0 && w < i)) {
                i = w;
            }
            if (i < 0) {
                return;
            }
            int e = i;
            while (e < s.length() && e - i < 500 && !Character.isWhitespace(s.charAt(e)) && s.charAt(e) != ')'
                    && s.charAt(e) != ']' && s.charAt(e) != '>' && s.charAt(e) != '"' && s.charAt(e) != '<' && s.charAt(e) != '»' && s.charAt(e) != '`') {
                e++;
            }
            while (e > i && ".,;:!?'".indexOf(s.charAt(e - 1)) >= 0) {
                e--;
            }
            from = Math.max(e, i + 4);
            String url = s.substring(i, e);
            if (!url.startsWith("http") && !url.startsWith("www.")) {
                continue;
            }
            if (url.length() < 10 || url.endsWith(".pdf") || url.endsWith(".png") || url.endsWith(".jpg")) {
                continue;
            }
            int ss = Math.max(t.sentenceStart(i), i - 250);
            int ls = t.lineStart(i);
            if (ss == ls && Keywords.onlyChars(f, ls, i, " <>*_-\t") && ls >= 2) {
                // a link alone on its line under "Candidates must apply through CNRS:": the line above is its sentence
                int pe = ls - 1;
                while (pe > 0 && Character.isWhitespace(f.charAt(pe - 1))) {
                    pe--;
                }
                int pl = t.lineStart(pe);
                // or a short label cell above it ("Apply online" / URL in a table), or a button's (« Je postule ! »)
                if (pe > 0 && (f.charAt(pe - 1) == ':' || pe - pl <= 40 && ".!?;".indexOf(f.charAt(pe - 1)) < 0
                        || pe - pl <= 25 && f.charAt(pe - 1) == '!')) {
                    ss = Math.max(t.sentenceStart(pe - 1), pe - 250);
                }
            }
            int se = t.sentenceEnd(i);
            // the visible text of a markdown link "[text](url)" counts with its sentence
            boolean strong = Keywords.regionContainsAny(f, ss, i, STRONG);
            boolean apply = strong || Keywords.regionContainsAny(f, ss, i, APPLY) || Keywords.containsAny(url.toLowerCase(), FORM_HOSTS);
            boolean info = Keywords.regionContainsAny(f, ss, i, NOT_APPLY);
            if (info && (!strong || closerInfo(f, ss, i))) {
                continue;
            }
            if (apply && !Keywords.regionContainsAny(f, ss, se, new String[] {"question"})) {
                t.out().applicationUrl(url);
                t.set(Field.APPLICATION_URL);
                t.evidence(Field.APPLICATION_URL, i, e, "url.application-sentence");
                return;
            }
        }
    }

    /** « emploi_url: https://docs.google.com/forms/... », "link = ATS address": the front matter's apply link. */
    private static boolean frontMatter(PostingText t) {
        PostingText.Meta m = t.meta(META_APPLY);
        if (m == null) {
            m = t.meta(META_LINK);
            if (m == null || !Keywords.containsAny(m.value().toLowerCase(java.util.Locale.ROOT), FORM_HOSTS)) {
                return false;
            }
        }
        String v = m.value().strip();
        while (!v.isEmpty() && "\"'<>[]".indexOf(v.charAt(0)) >= 0) {
            v = v.substring(1);
        }
        while (!v.isEmpty() && "\"'<>[],".indexOf(v.charAt(v.length() - 1)) >= 0) {
            v = v.substring(0, v.length() - 1);
        }
        if (!(v.startsWith("http") || v.startsWith("www.")) || v.indexOf(' ') >= 0 || v.length() < 10) {
            return false;
        }
        t.out().applicationUrl(v);
        t.set(Field.APPLICATION_URL);
        t.evidence(Field.APPLICATION_URL, m.start(), m.end(), "url.front-matter");
        return true;
    }

    /** True when an information phrase is nearer to the link than any apply word. */
    private static boolean closerInfo(String f, int s, int pos) {
        int info = -1;
        for (String w : NOT_APPLY) {
            int k = f.lastIndexOf(w, pos);
            if (k >= s) {
                info = Math.max(info, k);
            }
        }
        int apply = -1;
        for (String w : STRONG) {
            int k = f.lastIndexOf(w, pos);
            if (k >= s) {
                apply = Math.max(apply, k);
            }
        }
        for (String w : APPLY) {
            int k = f.lastIndexOf(w, pos);
            if (k >= s) {
                apply = Math.max(apply, k);
            }
        }
        return info >= apply;
    }
}
