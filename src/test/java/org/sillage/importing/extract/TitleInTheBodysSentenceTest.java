package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A posting with no title line names its job in a sentence of its body (rules 33): "As a Scrum Master, you'll
 * join …", "We are now looking for a …"; a line that ends on a colon announces what follows and is no title; the
 * job ends before "for X's unit".
 */
class TitleInTheBodysSentenceTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void theJobTheReaderIsAddressedAs() {
        String text = "Date posted:\n\nAug 28, 2021\n\n(Canada, Mexico, Chile)\n\n"
                + "At Example Corp, our mission is to help people find answers to their questions every day.\n\n"
                + "As a Scrum Master, you'll join a cross-disciplinary team of developers and designers.\n\n"
                + "What you'll bring:\n\n- 3+ years of experience\n";
        assertThat(extractor.extract(text).title()).isEqualTo("Scrum Master");
    }

    @Test
    void onTheTextsLastLine() {
        String text = "Date posted:\n\nAug 28, 2021\n\nAs a Scrum Master, you'll join a cross-disciplinary team of developers. You will report to the CTO.";
        assertThat(extractor.extract(text).title()).isEqualTo("Scrum Master");
    }

    @Test
    void frenchAddressesTheJobToo() {
        String text = "Informations pratiques :\n\nLieu : Lille\n\n"
                + "L'association accompagne les habitants du quartier depuis vingt ans.\n\n"
                + "En tant que chargé de mission, vous animerez le réseau des bénévoles.\n";
        assertThat(extractor.extract(text).title()).isEqualTo("Chargé de mission");
    }

    @Test
    void aSentenceWithoutAJobIsNoTitle() {
        String text = "Informations pratiques :\n\nAs a result, you will work from our Lille office.\n\n"
                + "Project Coordinator\n\nWe offer a fixed-term contract.\n";
        assertThat(extractor.extract(text).title()).isEqualTo("Project Coordinator");
    }

    @Test
    void anAdverbBetweenTheAuxiliaryAndTheVerb() {
        String text = "About the company\n\nExample Corp builds software for hospitals.\n\nAbout the role\n\n"
                + "Example Corp is growing fast. We are now looking for a Strategic Account Executive to help us grow.\n\n"
                + "How you'll contribute\n\n- Reach out to clients.\n";
        assertThat(extractor.extract(text).title()).isEqualTo("Strategic Account Executive");
    }

    @Test
    void theJobEndsBeforeWhoseUnitItIs() {
        String text = "Responsibilities are as follows:\n\n"
                + "We are currently seeking a Technology Exploration Trainee for Example Group’s innovation unit, Example Lab. "
                + "The traineeship lasts six months.\n";
        assertThat(extractor.extract(text).title()).isEqualTo("Technology Exploration Trainee");
    }

    @Test
    void aLineEndingOnAColonIsNoTitle() {
        String text = "Date posted:\n\nAug 28, 2021\n\nSkills and requirements\n\n- Five years in payroll.\n";
        assertThat(extractor.extract(text).title()).isNotEqualTo("Date posted");
    }
}
