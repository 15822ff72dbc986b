package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A CMS's job page keeps the offer's period as nested dates (« dates: from: day: … to: day: … »): the end of the
 * period is the deadline and its start the posted date (rules 26, ADR 0065). Other nested objects stay unread.
 */
class NestedFrontMatterDatesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private static final String PAGE = """
            ---
            title: >-
              Régisseur général (H/F)
            meta:
              hugo:
                path: "/jobs/2026/02/26-regisseur"
            dates:
              computed:
                short: >-
                  Du 26 février au 22 mars 2026
              from:
                day: "2026-02-26"
              to:
                day: "2026-03-22"
            %s
            ---

            La salle de spectacle recherche son régisseur général. Travail en soirée et en week-end.
            Entretiens prévus les 25 et 26 mars 2026. Prise de poste dès que possible.
            """;

    @Test
    void theEndOfTheOffersPeriodIsTheDeadlineAndItsStartThePostedDate() {
        var fields = extractor.extract(PAGE.formatted(""));
        assertThat(fields.deadline()).isEqualTo(LocalDate.of(2026, 3, 22));
        assertThat(fields.postedDate()).isEqualTo(LocalDate.of(2026, 2, 26));
    }

    @Test
    void anObjectNotNamingDatesIsNotRead() {
        var fields = extractor.extract(PAGE.replace("dates:", "design:").formatted(""));
        assertThat(fields.deadline()).isNull();
    }

    @Test
    void aTopLevelKeyWrittenWithADotKeepsItsRole() {
        var fields = extractor.extract("""
                ---
                title: Chargé de mission
                date.published: 2024-05-01
                ---

                L'association recrute un chargé de mission.
                """);
        assertThat(fields.postedDate()).isEqualTo(LocalDate.of(2024, 5, 1));
    }
}
