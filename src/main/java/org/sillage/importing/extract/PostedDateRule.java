package org.sillage.importing.extract;

import java.time.LocalDate;
import org.sillage.domain.Field;

/**
 * The publication date: front matter ({@code date}, {@code created_at}, {@code published}...) or a
 * phrase of the text ("Posted on 11-14-2025", "Poste ouvert le 30/11/2019", "Publié le", "Geplaatst op").
 * The date must be complete (day, month and year).
 */
final class PostedDateRule implements Rule {
    private static final String[] META_KEYS = {"date", "created_at", "created", "published", "published_at",
        "publish_date", "publication_date", "posted", "posted_on", "date_posted", "dateposted", "pubdate", "date_published", "publication", "date_publication",
        "datepublished", "publishdate", "publish_on", "published_on", "publiee_le", "date_de_publication", "parution"};
    static final String[] PHRASES = {"posted on", "posted:", "date posted", "published on", "publie le",
        "publiee le", "date de publication", "mis en ligne le", "mise en ligne le", "mise en ligne :", "mis en ligne :", "poste ouvert le", "offre publiee le",
        "annonce publiee le", "geplaatst op", "publicatiedatum", "gepubliceerd op", "date de parution", "parue le",
        "posted", "publie :", "publication :", "publication le", "date de mise en ligne", "en ligne depuis le",
        "publiee :", "paru le", "date of posting", "posting date", "date de diffusion", "diffusee le",
        "date de l'offre", "date de l'annonce", "offre du", "annonce du", "date d'ouverture", "opening date", "open date",
        "opening and closing period", "periode d'ouverture", "candidatures ouvertes du", "applications open from",
        "posting period", "periode d'affichage", "publicatieperiode"};

    /** Phrases of the period a posting is shown: the start of the range after them is its publication. */
    private static final java.util.Set<String> POSTING_PERIOD = java.util.Set.of(DateRanges.POSTING_PERIOD);

    @Override
    public String name() {
        return "posted";
    }

    @Override
    public void apply(PostingText t) {
        if (t.isSet(Field.POSTED_DATE)) {
            return;
        }
        PostingText.Meta m = t.meta(META_KEYS);
        if (m != null) {
            DateGrammar.DateMatch d = DateGrammar.findIn(t.fold, m.start(), m.end(), t::numericOrder);
            if (d != null && d.toDate() != null) {
                write(t, d.toDate(), d, "posted.front-matter");
                return;
            }
        }
        // any other key whose role is the publication: "published_date", "poste_ouvert", "opens"; one that says
        // published first (« meta.dates.published_at » beside « created_at », when the page was written)
        for (boolean saysPublished : new boolean[] {true, false}) {
            for (var e : t.frontMatter.entrySet()) {
                if ((!saysPublished || e.getKey().toLowerCase(java.util.Locale.ROOT).contains("publi"))
                        && MetaDateRoles.metaRole(e.getKey()) == DateRoles.Role.POSTED) {
                    PostingText.Meta fm = e.getValue();
                    DateGrammar.DateMatch d = DateGrammar.findIn(t.fold, fm.start(), fm.end(), t::numericOrder);
                    if (d != null && d.toDate() != null) {
                        write(t, d.toDate(), d, "posted.front-matter:" + e.getKey());
                        return;
                    }
                }
            }
        }
        String f = t.fold;
        if (t.bodyStart == 0 && unfencedDate(t)) {
            return;
        }
        for (String p : PHRASES) {
            for (int i : t.hits.of(p)) {
                int from = i + p.length();
                if (i > 0 && Character.isLetterOrDigit(f.charAt(i - 1)) || endOfPublication(f, i)) {
                    continue;
                }
                // "Opening and closing period for this job application: Wednesday, May 5, 2021 EDT to ..."
                int end = Math.min(f.length(), from + (p.startsWith("open") || p.contains("ouverture") ? 70 : 25));
                int nl = f.indexOf('\n', from);
                if (nl >= 0 && nl < end) {
                    end = nl;
                }
                if (POSTING_PERIOD.contains(p)) {
                    // "Posting period: December 3 - January 6, 2019": the start of the range, its year from the end's
                    DateGrammar.DateMatch start = DateRanges.rangeStart(t, from, Math.min(f.length(), from + 70));
                    if (start != null) {
                        write(t, start.toDate(), start, "posted.period");
                        return;
                    }
                    continue;
                }
                DateGrammar.Order byPhrase = p.startsWith("posted") || p.startsWith("date posted") || p.startsWith("published")
                        ? DateGrammar.Order.MONTH_FIRST : DateGrammar.Order.DAY_FIRST;
                // the text's own unambiguous numeric dates decide, else the phrase's language
                DateGrammar.DateMatch d = DateGrammar.findIn(f, from, end,
                        () -> t.numericEvidence() != null ? t.numericEvidence() : byPhrase);
                if (d != null && d.toDate() != null) {
                    write(t, d.toDate(), d, "posted.phrase");
                    return;
                }
            }
        }

        letterDate(t);
    }

    /** « Date de fin de publication : », "end of publication": when the offer is withdrawn, not when it was published. */
    private static boolean endOfPublication(String f, int i) {
        String before = f.substring(Math.max(0, i - 8), i);
        return before.endsWith("fin de ") || before.endsWith("fin d'") || before.endsWith("end of ")
                || before.endsWith("einde ") || before.endsWith("eind ");
    }

    /**
     * "title: …" then "date: 2018/03/27" on top, without the "---" fences of a front matter (the lines may
     * have been joined as one wrapped line): a text that opens on a key and a colon, then a date key.
     */
    private static boolean unfencedDate(PostingText t) {
        String f = t.fold;
        int colon = f.indexOf(':');
        if (colon <= 0 || colon > 20 || !f.substring(0, colon).matches("[a-z_]+")) {
            return false;
        }
        int limit = Math.min(f.length(), 400);
        for (String key : new String[] {"date: ", "date : ", "published: ", "created_at: "}) {
            int k = f.indexOf(key);
            if (k < 0 || k >= limit || k > 0 && !Character.isWhitespace(f.charAt(k - 1))) {
                continue;
            }
            DateGrammar.DateMatch d = DateGrammar.parseAt(f, k + key.length(), t::numericOrder);
            if (d != null && d.toDate() != null) {
                write(t, d.toDate(), d, "posted.header-line");
                return true;
            }
        }
        return false;
    }

    /**
     * A letter's place and date, alone on a line near the top: « Rennes, le 21/02/2024 », "Lyon, 3 mars 2023".
     * The date the offer was written, the only publication date such a file gives.
     */
    private static void letterDate(PostingText t) {
        String f = t.fold;
        String text = t.text;
        int pos = t.bodyStart;
        for (int line = 0; line < 15 && pos < f.length(); line++) {
            int e = t.lineEnd(pos);
            int s = pos;
            while (s < e && (f.charAt(s) == ' ' || f.charAt(s) == '\t' || f.charAt(s) == '*' || f.charAt(s) == '_')) {
                s++; // (« *Paris, 15 septembre 2017* »: set in italics)
            }
            int comma = f.indexOf(", ", s);
            if (comma > s && comma < e && comma - s <= 30 && Character.isUpperCase(text.charAt(s))
                    && f.substring(s, comma).matches("[\\p{L}' -]+")) {
                int from = comma + 2;
                if (f.startsWith("le ", from)) {
                    from += 3;
                }
                DateGrammar.DateMatch d = DateGrammar.parseAt(f, from, DateGrammar.Order.DAY_FIRST);
                if (d != null && d.toDate() != null && f.substring(d.end(), e).replace('*', ' ').replace('_', ' ').isBlank()) {
                    write(t, d.toDate(), d, "posted.letter-date");
                    return;
                }
            }
            pos = e + 1;
        }
    }

    private static void write(PostingText t, LocalDate date, DateGrammar.DateMatch d, String rule) {
        t.out().postedDate(date);
        t.postedDate = date;
        t.set(Field.POSTED_DATE);
        t.evidence(Field.POSTED_DATE, d.start(), d.end(), rule);
    }
}
