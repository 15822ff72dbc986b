package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The employer of a research posting set like a paper: the host named by its acronym in a location label after a
 * paragraph's run-in heading, an affiliation's footnote mark glued to its name, a technical term's plural "Networks".
 */
class ResearchHeaderOrgTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void theUnitAfterTheOffersLabelAndADashIsTheHost() {
        var e = extractor.extract("""
                Sujet de stage Master 2 – LaBEX INSERM UMR 9999

                Reconstruction d'images, débruitage et régularisation

                La tomographie est une modalité d'imagerie. Plusieurs approches ont été développées au laboratoire.
                """);
        assertThat(e.organization()).isEqualTo("LaBEX INSERM UMR 9999");
    }

    @Test
    void anAcronymBeforeAKnownCityInALocationLabelNamesTheHost() {
        var e = extractor.extract("""
                Master internship proposal

                Sparse Recovery for Radio Astronomy

                Radio interferometers produce huge volumes of data, and Deep Convolutional Networks are often
                used to image them. Deep Convolutional Networks (DCNs) need large training sets; DCNs also fail
                on rare sources. We will study DCNs with sparse priors.

                Practical. Location: LIRMM, Montpellier, France. Start in spring 2027.

                Contact. Send a CV to jeanne.martin@example.org.
                """);
        assertThat(e.organization()).isEqualTo("LIRMM");
        assertThat(e.location()).startsWith("Montpellier");
    }

    @Test
    void aFootnoteMarkGluedToAnAffiliationIsNotPartOfTheName() {
        var e = extractor.extract("""
                PhD Proposal (2027): Learning on Meshes

                Jeanne Martin1 Paul Durand2
                1CNRS, Agroécologie 2École des Mines d'Alès

                Context. Meshes are everywhere in simulation, and plant models need them too.
                Send a CV to jeanne.martin@example.org.
                """);
        // the first affiliation as written (ADR 0040), up to the next one's mark
        assertThat(e.organization()).isEqualTo("CNRS, Agroécologie");
    }

    @Test
    void aDigitBeforeTwoLettersIsTheNamesOwn() {
        var e = extractor.extract("""
                Consultant fonctionnel

                Rejoins les équipes 4SH en tant que consultant fonctionnel. Depuis plus de 10 ans, 4SH accompagne ses
                clients dans leurs projets numériques, et ça marche ! Tu travailleras chez 4SH, à Lyon.
                """);
        assertThat(e.organization()).isEqualTo("4SH"); // (rules 44; not « SH »)
    }
}
