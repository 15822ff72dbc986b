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
        "publiee le", "date de publication", "mis en ligne le", "mise en ligne le", "poste ouvert le", "offre publiee le",
        "annonce publiee le", "geplaatst op", "publicatiedatum", "gepubliceerd op", "date de parution", "parue le",
        "posted", "publie :", "publication :", "publication le", "date de mise en ligne", "en ligne depuis le",
        "publiee :", "paru le", "date of posting", "posting date", "date de diffusion", "diffusee le"};

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
        String f = t.fold;
        for (String p : PHRASES) {
            for (int i : t.hits.of(p)) {
                int from = i + p.length();
                if (i > 0 && Character.isLetterOrDigit(f.charAt(i - 1))) {
                    continue;
                }
                int end = Math.min(f.length(), from + 25);
                int nl = f.indexOf('\n', from);
                if (nl >= 0 && nl < end) {
                    end = nl;
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
    }

    private void write(PostingText t, LocalDate date, DateGrammar.DateMatch d, String rule) {
        t.out().postedDate(date);
        t.postedDate = date;
        t.set(Field.POSTED_DATE);
        t.evidence(Field.POSTED_DATE, d.start(), d.end(), rule);
    }
}
