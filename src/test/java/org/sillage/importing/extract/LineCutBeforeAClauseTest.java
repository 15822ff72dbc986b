package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A line that ends on the word opening a clause (« die », "who", « qui ») is a sentence cut before its list, never a
 * title (rules 29).
 */
class LineCutBeforeAClauseTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"vooral mensen die", "we are looking for people who", "nous cherchons des personnes qui",
        "het is een plek dat"})
    void aLineEndingOnAClauseOpenerIsASentence(String line) {
        assertThat(TitleFilters.isSentence(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vrijwilliger", "responsable de projet", "data scientist", "chargee de mission qualite"})
    void aTitleIsNot(String line) {
        assertThat(TitleFilters.isSentence(line)).isFalse();
    }

    @Test
    void theCutLineIsNotTakenForTheTitle() {
        String text = "# Wie zoeken we?\n\nVooral mensen die:\n\n* Geduldig zijn: je legt graag uit.\n"
                + "* Handig zijn met hardware.\n\nStuur ons een berichtje via de website.\n";
        assertThat(extractor.extract(text).title()).isNotEqualToIgnoringCase("Vooral mensen die");
    }
}
