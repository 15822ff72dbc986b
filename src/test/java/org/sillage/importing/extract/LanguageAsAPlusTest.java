package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A language that is a plus is not required (rules 27): « is een pré », « mooi meegenomen », "an advantage". */
class LanguageAsAPlusTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private static String posting(String line) {
        return "Kassamedewerker weekend\n\nDierentuin Horizons\n\nWat vragen wij\n\nJe bent klantvriendelijk\n\n" + line
                + "\n\nMotivatie is belangrijker dan opleiding\n";
    }

    @Test
    void aDutchPlusIsNoRequirement() {
        assertThat(extractor.extract(posting("Kennis van Duits en Engels is een pré")).languagesRequired()).isEmpty();
        assertThat(extractor.extract(posting("Kennis van Duits en Engels is mooi meegenomen")).languagesRequired()).isEmpty();
        assertThat(extractor.extract(posting("Kennis van Duits strekt tot aanbeveling")).languagesRequired()).isEmpty();
        // asked outright, it is
        assertThat(extractor.extract(posting("Je spreekt vloeiend Duits")).languagesRequired()).containsExactly("de");
    }

    @Test
    void anAdvantageIsNoRequirement() {
        assertThat(extractor.extract("Project Officer\n\nHorizons Trust\n\nRequirements\n\nFluent written and spoken English\n\n"
                + "Knowledge of German is an advantage\n").languagesRequired()).containsExactly("en");
    }
}
