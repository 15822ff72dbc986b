package org.sillage.importing.extract;

import java.util.ArrayList;
import java.util.List;
import org.sillage.domain.Field;

import static org.sillage.importing.extract.TitleLines.GENERIC;
import static org.sillage.importing.extract.TitleLines.LETTER_SUBJECTS;
import static org.sillage.importing.extract.TitleLines.NOT_WORD;
import static org.sillage.importing.extract.TitleLines.dashIn;
import static org.sillage.importing.extract.TitleLines.endsASentence;
import static org.sillage.importing.extract.TitleLines.endsOnColon;
import static org.sillage.importing.extract.TitleLines.endsOpen;
import static org.sillage.importing.extract.TitleLines.isDateLine;
import static org.sillage.importing.extract.TitleLines.isGeneric;
import static org.sillage.importing.extract.TitleLines.namesABody;
import static org.sillage.importing.extract.TitleLines.opensWithGeneric;
import static org.sillage.importing.extract.TitleLines.participle;
import static org.sillage.importing.extract.TitleLines.skipArticle;
import static org.sillage.importing.extract.TitleLines.startsGeneric;
import static org.sillage.importing.extract.TitleLines.strippedIs;

/**
 * The job title, in this order: front matter {@code roles}/{@code job_title}; a front-matter {@code title}
 * that is not a « X recrute Y » sentence; « X recrute un(e) Y » in the first lines of the body (Y); the
 * same in the front-matter title; the first heading or line of the body, without generic labels
 * (« Poste à pourvoir », « Fiche de poste – Alternance : »).
 */
final class TitleRule implements Rule {
    private static final String[] ROLE_KEYS = {"roles", "role", "job_title", "jobtitle", "position", "poste", "intitule"};
    @Override
    public String name() {
        return "title";
    }

    @Override
    public void apply(PostingText t) {
        if (t.isSet(Field.TITLE)) {
            return;
        }
        TitleCandidates pool = new TitleCandidates();
        gather(t, pool);
        TitleCandidates.Candidate best = pool.best();
        if (best != null) {
            String value = best.value();
            int end = best.end();
            for (int k = 0; k < 2 && best.start() >= t.bodyStart; k++) {
                int[] next = TitleContinuation.next(t, best.start(), end, value);
                if (next == null) {
                    break;
                }
                value = value + " " + Clean.value(t.slice(next[0], next[1]));
                end = next[1];
            }
            t.out().title(value);
            t.set(Field.TITLE);
            t.titleStart = best.start();
            t.titleEnd = end;
            t.evidence(Field.TITLE, best.start(), end, best.rule());
        }
    }

    /** How much a candidate is worth by where it was found, before its words are weighed. */
    private static double prior(String rule) {
        return switch (rule) {
            case "title.front-matter-role" -> 14;
            case "title.front-matter" -> 12;
            case "title.layout-labelled", "title.line-named-by-recruits", "title.title-label" -> 10;
            case "title.layout", "title.labelled" -> 9;
            case "title.recruits", "title.recruits-block", "title.recruits-next-line", "title.body-label" -> 8;
            case "title.front-matter-recruits" -> 8.5;
            case "title.after-label" -> 7;
            case "title.we-recruit" -> 6;
            case "title.we-recruit-en" -> 4.5;
            case "title.heading", "title.summary-recruits" -> 6;
            case "title.recruits-body" -> 4;
            case "title.as-the-job" -> 3.5; // (below a line that says the same: "As a Communications editor, you …")
            case "title.page-title" -> 4;
            default -> 5; // title.first-line, lowered by its rank
        };
    }

    /**
     * Every candidate the posting offers, each scored by {@link #prior} and by what its words say
     * ({@link TitleCandidates#features}); the order they are offered in breaks ties.
     */
    private void gather(PostingText t, TitleCandidates pool) {
        PostingText.Meta roles = t.meta(ROLE_KEYS);
        if (roles != null) {
            offer(t, pool, roles.start(), roles.end(), "title.front-matter-role");
        }
        PostingText.Meta title = t.meta("title", "job", "name");
        Recruit.Match metaRecruit = title == null ? null : Recruit.find(t.text, t.fold, title.start(), title.end());
        if (title != null && metaRecruit == null && !isGeneric(t.fold.substring(title.start(), title.end()))
                && !TitleLines.numberedName(t, title)) {
            offer(t, pool, title.start(), title.end(), "title.front-matter");
        }
        List<int[]> lines = TopLines.of(t, 8);
        fromLayout(t, pool, lines, false);
        for (int k = 0; k < Math.min(3, lines.size()); k++) {
            int[] l = lines.get(k);
            int colon = Keywords.indexIn(t.text, ":", l[0], l[1]);
            if (colon > 0 && colon + 2 < l[1] && isGeneric(t.fold.substring(l[0], colon), false)
                    && t.fold.substring(l[0], colon).chars().anyMatch(Character::isLetter)
                    && !recruiting(t, colon, l[1])) {
                // a label of the posting, not a section's name (« Contexte : le laboratoire … »); « Poste à
                // pourvoir : X recrute un(e) Y » is a recruiting sentence, read as such
                offer(t, pool, colon + 1, l[1], "title.labelled"); // "Vacature: Projectmedewerker ...", "Offre d'emploi : Chargé(e) de ..."
            }
            int bang = colon < 0 ? Keywords.indexIn(t.text, "!", l[0], l[1]) : -1;
            if (bang > 0 && bang + 2 < l[1] && isGeneric(t.fold.substring(l[0], bang), false)
                    && t.fold.substring(l[0], bang).chars().anyMatch(Character::isLetter)) {
                offer(t, pool, bang + 1, l[1], "title.labelled"); // "We're hiring! Communications Officer", « On recrute ! Animateur »
            }
            int dash = dashIn(t.text, l[0], l[1]);
            if (colon < 0 && dash > 0 && dash + 4 < l[1] && isGeneric(t.fold.substring(l[0], dash))
                    && !offer(t, pool, dash + 3, l[1], "title.labelled") && k + 1 < lines.size()) {
                // « PROPOSITION DE STAGE – 2025 »: a label and its year; the title is the next line
                int[] next = lines.get(k + 1);
                if (!isGeneric(t.fold.substring(next[0], next[1]))) {
                    offer(t, pool, next[0], next[1], "title.after-label");
                }
            }
            if (strippedIs(t.fold, l[0], l[1], "recrute", "recrute :", "recherche", "is hiring")
                    && k + 1 < lines.size()) {
                int[] next = lines.get(k + 1);
                offer(t, pool, skipArticle(t, next[0], next[1]), next[1], "title.recruits-block");
            }
            Recruit.Match m = Recruit.find(t.text, t.fold, l[0], l[1]);
            if (m != null) {
                // « Chargé de mission biodiversité / L'association recrute un chargé de mission », « Animateur
                // jeunesse / La commune de X recrute un animateur »: the line above that starts with the same words
                // says the whole title
                String job = t.fold.substring(m.jobStart(), m.jobEnd()).strip().replaceFirst("[.;:!,]+$", "").strip();
                // « L'association cherche des animateurs » under « Animateur jeunesse »: the plural names the same job
                String stem = job.indexOf(' ') < 0 && (job.endsWith("s") || job.endsWith("x")) ? job.substring(0, job.length() - 1) : job;
                for (int j = 0; j < k && stem.length() >= 4; j++) {
                    int[] above = lines.get(j);
                    String af = t.fold.substring(above[0], above[1]).strip();
                    if (af.length() > stem.length() && af.startsWith(stem)) {
                        offer(t, pool, above[0], above[1], "title.line-named-by-recruits");
                    }
                }
            }
            if (m != null && m.orgStart() >= 0) {
                offer(t, pool, m.jobStart(), m.jobEnd(), "title.recruits");
            }
            if (m != null && m.orgStart() < 0 && m.jobEnd() - m.jobStart() >= 3 && m.jobEnd() - m.jobStart() <= 90
                    && !TitleBodySentences.SOMEONE.matcher(t.fold).region(m.jobStart(), m.jobEnd()).lookingAt()) {
                // « Nous recrutons un·e X pour … »; "We are looking for a friendly advisor" says less than the line above
                offer(t, pool, m.jobStart(), m.jobEnd(), t.fold.startsWith("we ", l[0]) || t.fold.startsWith("we're ", l[0])
                        ? "title.we-recruit-en" : "title.we-recruit");
            }
            if (m != null && m.jobEnd() - m.jobStart() < 2 && k + 1 < lines.size() && !participle(t, l[0], l[1])
                    && !endsASentence(t.fold, l[0], l[1])) {
                // "Stad Kortrijk zoekt een\nProjectmedewerker ...", « X recrute\nUn·e Y en CDD (12 mois) »
                int[] next = lines.get(k + 1);
                int[] job = Recruit.jobOnLine(t.fold, next[0], next[1]);
                if (!isGeneric(t.fold.substring(next[0], next[1]))) {
                    offer(t, pool, job[0], job[1], "title.recruits-next-line");
                }
            }
        }
        if (metaRecruit != null) {
            offer(t, pool, metaRecruit.jobStart(), metaRecruit.jobEnd(), "title.front-matter-recruits");
        }
        // « description: L'association X recrute un·e chargé·e de … », "subtitle: We are hiring a …"
        for (String key : SUMMARY_KEYS) {
            PostingText.Meta d = t.meta(key);
            for (int ls = d == null ? Integer.MAX_VALUE : d.start(); d != null && ls < d.end(); ls = t.lineEnd(ls) + 1) {
                int le = Math.min(d.end(), t.lineEnd(ls));
                Recruit.Match m = Recruit.find(t.text, t.fold, ls, le);
                if (m != null && m.jobEnd() - m.jobStart() >= 3) {
                    offer(t, pool, m.jobStart(), m.jobEnd(), "title.summary-recruits");
                }
            }
        }
        // "ASSOCIATION X / OFFRE D'EMPLOI / Chargé(e) de mission": the line after a generic label is the title
        for (int k = 1; k + 1 < Math.min(6, lines.size()); k++) {
            int[] l = lines.get(k);
            if (isGeneric(t.fold.substring(l[0], l[1]), false)) {
                int[] next = lines.get(k + 1);
                if (!isGeneric(t.fold.substring(next[0], next[1]))) {
                    offer(t, pool, next[0], next[1], "title.after-label");
                }
            }
        }
        fromLayout(t, pool, lines, true);
        TitleBodySentences.Offer offer = (s, e, rule) -> offer(t, pool, s, e, rule);
        TitleBodySentences.bodyLabels(t, offer);
        TitleBodySentences.recruitsInBody(t, offer);
        TitleBodySentences.asTheJob(t, offer);
        pageTitle(t, pool);
        int rank = 0;
        for (int[] l : lines) {
            int s = l[0];
            int e = l[1];
            int[] link = TopLines.wholeLineLink(t.text, s, e);
            if (link != null) {
                // "# [Alternance Développeur/se - Java](https://…/apply/…)": a job board's heading is a link to the offer
                s = link[0];
                e = link[1];
            }
            int colon = Keywords.indexIn(t.text, ":", s, e);
            if (e - s > 400 && (colon <= 0 || colon + 1 >= e || e - (colon + 1) > 400)) {
                continue; // a paragraph, even after a label's colon: offer() would refuse it (and its words are not read)
            }
            String lf = t.fold.substring(s, e);
            // "Fiche de Poste – Alternance : Chargé.e de mission" -> after the colon
            if (isDateLine(lf) || lf.contains("http") || lf.startsWith("note") || e - s > 80 && lf.endsWith(".")
                    || endsOnColon(lf)) {
                continue; // ("Date posted:" opens what the next line says)
            }
            if (colon > 0 && Keywords.containsAny(t.fold.substring(s, colon), FORM_FIELDS)) {
                continue; // « Nom, prénom et grade du responsable du stage : X »: a form's field, not the job
            }
            if (colon > 0 && colon + 1 < e && Keywords.containsAny(t.fold.substring(s, colon), GENERIC)
                    && Keywords.indexIn(t.fold, ". ", s, colon) < 0) { // (« Vacature X (24 uur). Per: zo snel mogelijk. »: another sentence's label)
                s = colon + 1;
            } else if (isGeneric(lf)) {
                continue;
            } else {
                for (String label : LEADING_LABELS) {
                    // "Information Sheet Early Years Practitioners": a pack's label, then the job
                    if (lf.startsWith(label) && e - s > label.length() + 2
                            && Character.isUpperCase(t.text.charAt(s + label.length()))) {
                        s += label.length();
                        break;
                    }
                }
            }
            int next = t.lineEnd(e) + 1;
            if (e - s >= 60 && next < t.text.length() && t.text.charAt(next) != '\n') {
                int ne = t.lineEnd(next);
                if (ne - next < 60 && ne > next && !t.text.substring(next, ne).strip().endsWith(":")
                        && (Character.isLowerCase(t.text.charAt(next)) || endsOpen(t.fold, s, e))) {
                    e = ne; // a title wrapped on two lines
                }
            }
            if (offer(t, pool, s, e, "title.first-line", 5 - 0.5 * rank)) {
                rank++;
            }
        }
    }

    /** English labels that open a job pack's first line before the job's name, never a title's own words. */
    private static final String[] LEADING_LABELS = {"information sheet ", "job description ", "role description ",
        "job profile ", "recruitment pack ", "candidate pack ", "application pack "};
    /** The labels of an offer form's fields about a person or a place (« Nom, prénom : », "Supervisor:"). */
    private static final String[] FORM_FIELDS = {"nom, prenom", "nom et prenom", "prenom", "responsable du stage",
        "encadrant", "tuteur", "supervisor", "telephone", "adresse", "address", "e-mail", "email", "courriel"};
    private static final String[] SUMMARY_KEYS = {"description", "subtitle", "summary", "excerpt", "lead", "intro", "chapo"};

    /** The page's {@code <title>} or {@code og:title}, without the site's name after a bar or a dash, when the text writes it. */
    private void pageTitle(PostingText t, TitleCandidates pool) {
        for (PostingText.Marked mt : t.marks(org.sillage.importing.TextStructure.Kind.META_TITLE)) {
            String v = mt.value();
            if (v == null) {
                continue;
            }
            for (String sep : new String[] {" | ", " – ", " — ", " - ", " :: "}) {
                int k = v.indexOf(sep);
                if (k > 3) {
                    v = v.substring(0, k);
                }
            }
            String vf = TextNormalizer.normalize(v.strip()).fold;
            if (vf.length() < 4) {
                continue;
            }
            int at = t.fold.indexOf(vf, t.bodyStart);
            if (at >= 0) {
                offer(t, pool, at, at + vf.length(), "title.page-title");
            }
        }
    }

    /** Words that name a kind of position: « Stage de recherche : X », "PhD position: X" announce the title X. */
    private static final java.util.Set<String> KIND_WORDS = java.util.Set.of("stage", "stages", "internship", "these",
        "thesis", "phd", "doctorat", "doctoral", "postdoc", "post-doc", "postdoctoral", "sujet", "offre", "poste",
        "job", "vacature", "contrat", "cdd", "cdi", "alternance", "titre", "title", "position", "proposition", "m2",
        "master", "stagiaire", "intern", "recrutement");

    /**
     * The title as the file's layout shows it: the text set larger or bolder at the top of a PDF's first page,
     * a Word title or first heading style, a page's first {@code h1} near the top. A label before a colon
     * (« Stage de recherche en informatique : X ») is dropped; a mark made only of label words is passed over.
     */
    private void fromLayout(PostingText t, TitleCandidates pool, List<int[]> lines, boolean headings) {
        List<PostingText.Marked> candidates = new ArrayList<>();
        int topEnd = lines.isEmpty() ? t.bodyStart : lines.get(Math.min(lines.size(), 6) - 1)[1];
        if (!headings) {
            candidates.addAll(t.marks(org.sillage.importing.TextStructure.Kind.TITLE));
        } else {
            for (PostingText.Marked h : t.marks(org.sillage.importing.TextStructure.Kind.HEADING)) {
                if (h.level() == 1 && h.start() >= t.bodyStart && h.start() <= topEnd) {
                    candidates.add(h);
                    break;
                }
            }
        }
        for (PostingText.Marked m : candidates) {
            int s = m.start();
            int e = m.end();
            if (s < t.bodyStart || e <= s) {
                continue;
            }
            while (s < e && " #*_".indexOf(t.text.charAt(s)) >= 0) {
                s++;
            }
            String lf = t.fold.substring(s, e);
            if (isDateLine(lf) || lf.contains("http") || lf.contains("@") || lf.strip().endsWith("?")) {
                continue;
            }
            int colon = Keywords.indexIn(t.text, ":", s, e);
            if (colon > s && colon + 2 < e && LETTER_SUBJECTS.contains(t.fold.substring(s, colon).strip())
                    && Keywords.startsWithAny(t.fold.substring(colon + 1, e).strip(), 0, GENERIC)) {
                continue; // « Objet : Proposition de stage de fin d'études »: a letter's subject naming only the kind of offer
            }
            if (colon > s && colon + 2 < e) {
                String before = t.fold.substring(s, colon);
                boolean kind = isGeneric(before);
                for (String w : NOT_WORD.split(before)) {
                    kind |= KIND_WORDS.contains(w);
                }
                if (kind && t.fold.substring(colon + 1, e).strip().contains(" ")
                        && !recruiting(t, colon, e)
                        && offer(t, pool, colon + 1, e, "title.layout-labelled")) {
                    continue;
                }
            }
            if (isGeneric(lf) || namesABody(lf)) {
                continue;
            }
            offer(t, pool, s, e, headings ? "title.heading" : "title.layout");
        }
    }

    private boolean offer(PostingText t, TitleCandidates pool, int s, int e, String rule) {
        return offer(t, pool, s, e, rule, prior(rule));
    }

    /** Adds the span as a candidate when it reads as a title once trimmed; says whether it did. */
    private boolean offer(PostingText t, TitleCandidates pool, int s, int e, String rule, double prior) {
        if (e <= s) {
            return false;
        }
        if (e - s > 400) {
            return false; // a paragraph, not a title (and too long to be worth the checks below)
        }
        String v = Clean.value(t.slice(s, e));
        if (v == null) {
            return false;
        }
        v = TitleTrim.trimTitle(v);
        if (rule.startsWith("title.recruits") || rule.startsWith("title.we-recruit")) {
            v = TitleTrim.withoutPraise(v);
        }
        if (v.length() > 200) {
            return false;
        }
        String fold = TextNormalizer.normalize(v).fold; // (folded once for both the checks and the pool)
        if (TitleFilters.notATitle(fold.strip(), true)) {
            return false;
        }
        String checked = v;
        if (t.location != null) {
            // "Head of Program Support Services - Lille": the city is not part of the title
            String city = CITY_END.split(t.location, 2)[0].strip();
            for (String dash : new String[] {" - ", " – ", " — ", " | "}) {
                if (!city.isEmpty() && v.endsWith(dash + city)) {
                    v = v.substring(0, v.length() - dash.length() - city.length()).strip();
                }
            }
        }
        if (v.length() < 2 || v.length() > 200) {
            return false;
        }
        pool.add(v, v.equals(checked) ? fold : TextNormalizer.normalize(v).fold, s, e, rule, prior);
        return true;
    }

    private static final java.util.regex.Pattern CITY_END = java.util.regex.Pattern.compile("[,(]");
    /** Whether a label's value is a recruiting sentence (« Poste à pourvoir : X recrute un(e) Y »), read as such. */
    private static boolean recruiting(PostingText t, int from, int to) {
        return Keywords.regionContainsAny(t.fold, from, to, OrganizationRule.VERBS);
    }
}
