package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;

/** « Recrutement envisagé : » dates the start, and an amount said gross by the month is the pay without a label (rules 31). */
class HiringDateAndGrossPayTest {
    private final PostingFields fields = new RuleExtractor().extract("Offre d'emploi : Maraîcher·ère à temps non complet\n"
            + "Date limite du dépôt des candidatures : 20 mars 2026\nRecrutement envisagé : 1er avril 2026.\n\n"
            + "Le Syndicat mixte recrute un agent pour la saison.\n\nCe que nous vous proposons :\n\n"
            + "2800 € brut mensuel sur 13 mois\n\nFrais pris en charge\n");

    @Test
    void theIntendedHiringDateIsTheStart() {
        assertThat(fields.startDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(fields.deadline()).isEqualTo(LocalDate.of(2026, 3, 20));
    }

    @Test
    void aGrossMonthlyAmountIsThePay() {
        assertThat(fields.salaryText()).isEqualTo("2800 € brut mensuel sur 13 mois");
    }
}
