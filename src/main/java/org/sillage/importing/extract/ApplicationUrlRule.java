package org.sillage.importing.extract;

import org.sillage.domain.Field;

/**
 * The application URL: a web address in a sentence about applying ("Clique ici pour candidater -> URL",
 * "Please apply through [the webpages](URL)", « envoyer votre candidature ... sur le [site](URL) »), or a
 * form/ATS address. Information pages (« plus d'informations », "more details", « voir conditions »,
 * documents to download) are left out.
 */
final class ApplicationUrlRule implements Rule {
    private static final String[] APPLY = {"candidat", "postul", "apply", "application form", "formulaire", "sollicit",
        "solliciteer", "submit", "envoyer votre candidature", "candidature", "applications", "deposer sur", "deposez votre", "a deposer",
        "reageer via", "reageren via"};
    private static final String[] NOT_APPLY = {"plus d'information", "plus d'info", "more details", "more information",
        "en savoir plus", "voir conditions", "telecharger", "download", "learn more", "plus de details", "fiche de poste",
        "meer informatie", "see also", "voir aussi", "conditions sur"};
    private static final String[] FORM_HOSTS = {"docs.google.com/forms", "forms.gle", "typeform.com", "welcometothejungle",
        "lever.co", "greenhouse.io", "workable.com", "smartrecruiters", "recruitee.com", "teamtailor", "jobteaser",
        "demarches-simplifiees.fr", "taleo", "workday", "bamboohr", "/apply", "/candidature", "/postuler", "jobs.lever"};

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
                    && s.charAt(e) != ']' && s.charAt(e) != '>' && s.charAt(e) != '"' && s.charAt(e) != '<' && s.charAt(e) != '»') {
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
            int se = t.sentenceEnd(i);
            // the visible text of a markdown link "[text](url)" counts with its sentence
            boolean apply = Keywords.regionContainsAny(f, ss, i, APPLY) || Keywords.containsAny(url.toLowerCase(), FORM_HOSTS);
            boolean info = Keywords.regionContainsAny(f, ss, i, NOT_APPLY);
            if (info) {
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
        for (String w : APPLY) {
            int k = f.lastIndexOf(w, pos);
            if (k >= s) {
                apply = Math.max(apply, k);
            }
        }
        return info >= apply;
    }
}
