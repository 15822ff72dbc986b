package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A place label written without its colon is followed by a place: one word after it is a known town, or no place (rules 31). */
class UnmarkedLocationLabelTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private String location(String line) {
        return extractor.extract("Médecin généraliste\n\nActivité salariée en CDI au centre de santé.\n\n## Aides à l'installation\n\n"
                + line + "\n\nEnvoyer CV et lettre de motivation.\n").location();
    }

    @Test
    void anAdjectiveIsNoPlace() {
        assertThat(location("Zone d'intervention Prioritaire")).isNotEqualTo("Prioritaire");
    }

    @Test
    void aKnownTownStays() {
        assertThat(location("Zone d'intervention Roubaix")).isEqualTo("Roubaix");
    }
}
