package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;

/** The publication date by kind: front-matter key by its role, a header line, an offer's date, a letter's date, an opening. */
class PostedDateKindsTest {

    private static PostingFields read(String text) {
        return new RuleExtractor().extract(text);
    }

    @Test
    void aFrontMatterKeyWhoseRoleIsThePublication() {
        assertThat(read("---\npublished_date: 4 février 2023\ntitle: Juriste\n---\n\nNous recrutons.").postedDate())
                .isEqualTo(LocalDate.of(2023, 2, 4));
        assertThat(read("---\nposte_ouvert: 2022-06-01\nposte_ferme: 2022-07-01\n---\n\nStage.").postedDate())
                .isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(read("---\nopens: 2023-10-02\ncloses: 2023-10-20\n---\n\nAnalyst.").postedDate())
                .isEqualTo(LocalDate.of(2023, 10, 2));
    }

    @Test
    void theEndOfThePublicationIsNoPublication() {
        assertThat(read("Chargé de mission\n\nDate de fin de publication : 15/03/2025\n\nEnvoyez votre CV.").postedDate())
                .isNull();
        assertThat(read("Chargé de mission\n\nPublication : 01/02/2025\n\nEnvoyez votre CV.").postedDate())
                .isEqualTo(LocalDate.of(2025, 2, 1));
    }

    @Test
    void aDateLineOnTopWithoutFences() {
        assertThat(read("title: Offre de stage au club\ndate: 2019/05/14\n\nLe club recrute un stagiaire.").postedDate())
                .isEqualTo(LocalDate.of(2019, 5, 14));
        assertThat(read("Chargé de mission\n\ndate: 2019/05/14 nous avons reçu").postedDate()).isNull();
    }

    @Test
    void theDateOfTheOffer() {
        assertThat(read("OFFRE DE POSTE\n\nRéf. 3301 Date de l’offre 02/03/2023 Postulez avant le 30/03/2023").postedDate())
                .isEqualTo(LocalDate.of(2023, 3, 2));
    }

    @Test
    void aPutOnlineLabel() {
        assertThat(read("Animateur (H/F)\n\nAssociation Horizons\nMise en ligne : 2 février 2026\n\nCandidatures avant le "
                + "15 mars 2026.").postedDate()).isEqualTo(LocalDate.of(2026, 2, 2));
    }

    @Test
    void aLettersPlaceAndDate() {
        assertThat(read("Association Les Tilleuls\n\n       Nantes, le 12/09/2023\n\nOFFRE D'EMPLOI\n\nÉducateur.").postedDate())
                .isEqualTo(LocalDate.of(2023, 9, 12));
        assertThat(read("Éducateur\n\nLes entretiens auront lieu à Nantes, le 12/09/2023 au siège.").postedDate()).isNull();
    }

    @Test
    void theOpeningOfAnApplicationPeriod() {
        PostingFields f = read("Analyst\n\nOpening and closing period for this job application: 9:00am on Monday, "
                + "March 6, 2023 EST to 11:59pm on Friday, March 17, 2023 EST");
        assertThat(f.postedDate()).isEqualTo(LocalDate.of(2023, 3, 6));
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2023, 3, 17));
    }
}
