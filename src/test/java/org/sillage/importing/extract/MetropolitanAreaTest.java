package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Greater Montreal Metropolitan Area, Canada": the area with its metropolis, not "Metropolitan Area" alone (rules 28). */
class MetropolitanAreaTest {

    @Test
    void theAreaWithItsMetropolis() {
        assertThat(new RuleExtractor().extract("Stagiaire développeur\n\nHorizons\n\n**Department: **Technology**Location: "
                + "**Greater Montreal Metropolitan Area, Canada\n\nNous créons des lieux de travail plus sûrs.\n").location())
                .isEqualTo("Greater Montreal Metropolitan Area, Canada");
    }
}
