package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** « à compter du 1er septembre » names the start (rules 28), as « à partir du » does. */
class StartFromADateTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void fromADate() {
        assertThat(extractor.extract("Chercheur contractuel\n\nÉcole Horizons\n\nPoste de chercheur contractuel à pourvoir à "
                + "compter du 1er septembre 2026.\n").startDate()).isEqualTo(LocalDate.of(2026, 9, 1));
        // a deadline's sentence is no start's
        assertThat(extractor.extract("Chercheur contractuel\n\nÉcole Horizons\n\nLes candidatures doivent parvenir avant le "
                + "1er mai 2026. Le poste est à pourvoir en septembre.\n").startDate()).isNull();
    }
}
