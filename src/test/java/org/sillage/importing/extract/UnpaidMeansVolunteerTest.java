package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.ContractType;

/**
 * A pay's label that says there is none makes a volunteer's role (rules 27): « Salaire : Volontaire », "an unpaid role";
 * a temporary post is a fixed-term one.
 */
class UnpaidMeansVolunteerTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void noPayIsAVolunteersRole() {
        assertThat(extractor.extract("Rédacteurs et rédactrices\n\nRevue Horizons\n\n- Salaire : Volontaire\n- Horaires : une demi-journée "
                + "par quinzaine\n").contractType()).isEqualTo(ContractType.VOLUNTEER);
        assertThat(extractor.extract("Editor\n\nHorizons Review\n\nThis is an unpaid role of about four hours a month.\n").contractType())
                .isEqualTo(ContractType.VOLUNTEER);
        // a salary that is paid says nothing of the kind
        assertThat(extractor.extract("Editor\n\nHorizons Review\n\n- Salaire : 2 000 € brut mensuel\n").contractType()).isNull();
    }

    @Test
    void aTemporaryPostIsFixedTerm() {
        assertThat(extractor.extract("Afternoon Assistant\n\nHorizons School\n\nTemporary Post: September 2015 to July 2016\n\n"
                + "Temporary post until July 2016, with a possibility of it leading to a permanent position.\n").contractType())
                .isEqualTo(ContractType.CDD);
    }
}
