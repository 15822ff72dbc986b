package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;

/**
 * A site builder's page gives the period it shows the offer (« dates.from.day », « dates.to.day ») and when the page
 * was published (« meta.dates.published_at »): the end of a few weeks' showing is the deadline, a day's or some
 * months' is the site's setting, and the publication is the page's own date.
 */
class DisplayWindowDatesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private PostingFields page(String from, String to, String text) {
        return extractor.extract("---\ntitle: \"Chargé·e d'accueil\"\nmeta:\n  dates:\n"
                + "    created_at: \"2026-01-20T16:52:50+01:00\"\n    published_at: \"2026-01-23T16:52:49+01:00\"\n"
                + "dates:\n  from:\n    day: \"" + from + "\"\n  to:\n    day: \"" + to + "\"\n---\n\n" + text);
    }

    @Test
    void anOfferShownAFewWeeksClosesWhenItStopsBeingShown() {
        assertThat(page("2026-02-26", "2026-03-22", "L'association recrute un·e chargé·e d'accueil.").deadline())
                .hasToString("2026-03-22");
    }

    @Test
    void anOfferShownADayOrForMonthsHasNoDeadlineFromIt() {
        assertThat(page("2025-08-08", "2025-08-09", "L'entreprise recherche une personne motivée.").deadline()).isNull();
        assertThat(page("2026-01-21", "2026-06-30", "Missions de 8 mois à partir du 1er novembre 2025.").deadline()).isNull();
        // a deadline the text states is one, however long the offer is shown
        assertThat(page("2026-01-21", "2026-06-30", "Date limite de candidature : 20 mars 2026.").deadline())
                .hasToString("2026-03-20");
    }

    @Test
    void thePagesPublicationIsItsPostedDate() {
        assertThat(page("2026-01-21", "2026-06-30", "L'association recrute.").postedDate()).hasToString("2026-01-23");
    }
}
