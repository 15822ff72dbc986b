package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A first line whose second sentence is a label's (« Vacature X (24 uur). Per: zo snel mogelijk. ») keeps its first
 * sentence as the title; « Over X » is a heading about a body (rules 33).
 */
class TitleLineWithALaterLabelTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void theLabelOfTheNextSentenceIsNotTheTitles() {
        String text = "Vacature Marketing Manager (24 uur / 0,6 fte). Per: zo snel mogelijk.\n\nOver Cultuur+Ondernemen\n\n"
                + "Cultuur+Ondernemen helpt culturele organisaties.\n";
        assertThat(extractor.extract(text).title()).isEqualTo("Vacature Marketing Manager (24 uur / 0,6 fte)");
    }

    @Test
    void aboutABodyInDutchIsNoTitle() {
        String text = "Over Horizons\n\nHorizons is een stichting in Utrecht.\n\nJe helpt ons team met de boekhouding.\n";
        assertThat(extractor.extract(text).title()).isNotEqualTo("Over Horizons");
    }
}
