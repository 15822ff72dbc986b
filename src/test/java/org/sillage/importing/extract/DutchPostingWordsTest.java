package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.ContractType;

/** Dutch words read for what they mean (rules 33): an internship's compounds, examples, « intern en extern », when to start. */
class DutchPostingWordsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aGraduationInternshipIsAnInternship() {
        String text = "Afstudeerstage Finance\n\nBen jij een enthousiaste student Bedrijfseconomie? Stuur je cv naar jobs@example.nl.\n";
        assertThat(extractor.extract(text).contractType()).isEqualTo(ContractType.STAGE);
    }

    @Test
    void contractsGivenAsExamplesAreNotOffered() {
        String text = "Softwareontwikkelaar\n\nHet aantal uren en de constructie (bijv. freelance, dienstverband of stage) "
                + "bespreken we graag met je.\n";
        assertThat(extractor.extract(text).contractType()).isNull();
    }

    @Test
    void internalIsNoIntern() {
        String text = "Marketing Manager\n\nJe onderhoudt een relevant intern en extern relatienetwerk.\n";
        assertThat(extractor.extract(text).contractType()).isNull();
    }

    @Test
    void aNameJoinedByAPlus() {
        String text = "Marketing Manager\n\nCultuur+Ondernemen zoekt een marketing manager. Cultuur+Ondernemen helpt "
                + "culturele organisaties. Mail naar info@cultuur-ondernemen.nl.\n";
        assertThat(extractor.extract(text).organization()).isEqualTo("Cultuur+Ondernemen");
    }

    @Test
    void aSystemsAvailabilityIsNoStart() {
        String text = "DevOps engineer\n\nJe gaat de schaalbaarheid, veiligheid en beschikbaarheid van ons platform verder verbeteren.\n";
        assertThat(extractor.extract(text).startText()).isNull();
    }

    @Test
    void soonAndShortly() {
        assertThat(extractor.extract("Vacature Marketing Manager (24 uur). Per: zo snel mogelijk.\n\nOver ons\n").startText())
                .isEqualTo("zo snel mogelijk");
        assertThat(extractor.extract("Adviseur\n\nStichting X zoekt op korte termijn een ervaren adviseur.\n").startText())
                .isEqualTo("op korte termijn");
    }
}
