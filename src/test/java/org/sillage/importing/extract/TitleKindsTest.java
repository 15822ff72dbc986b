package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;

/** Titles written after a label or a date on their own line. */
class TitleKindsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aLabelBeforeTheTitleOnItsLineGoes() {
        PostingFields f = extractor.extract("""
                Poste : Animatrice / animateur nature

                Le centre accueille des classes vertes toute l'année.
                """);
        assertThat(f.title()).isEqualTo("Animatrice / animateur nature");
    }

    @Test
    void aDutchWantedLabelGoes() {
        PostingFields f = extractor.extract("""
                Gezocht: tuinier met groene vingers

                Wij zoeken iemand voor onze moestuin.
                """);
        assertThat(f.title()).isEqualTo("Tuinier met groene vingers");
    }

    @Test
    void aJobProfileHeadingInCapitalsGoes() {
        PostingFields f = extractor.extract("""
                PROFIL DE POSTE CHARGÉ DE MÉDIATION SCIENTIFIQUE

                Finalité du poste
                Faire connaître les collections.
                """);
        assertThat(f.title()).isEqualTo("CHARGÉ DE MÉDIATION SCIENTIFIQUE");
    }

    @Test
    void theMonthOfThePostingBeforeTheTitleGoes() {
        PostingFields f = extractor.extract("""
                March 2024 - Field Technician Co-op

                Join our water quality team for a four-month term.
                """);
        assertThat(f.title()).isEqualTo("Field Technician Co-op");
    }

    @Test
    void aYearAfterAProposalLabelIsNoTitle() {
        PostingFields f = extractor.extract("""
                PROPOSITION DE STAGE – 2026

                Suivi acoustique des chauves-souris

                Contexte : le laboratoire étudie les chiroptères.
                """);
        assertThat(f.title()).isEqualTo("Suivi acoustique des chauves-souris");
    }

    @Test
    void aLogoAndADateOnTopAreNoTitle() {
        PostingFields f = extractor.extract("""
                logo
                12 mars 2026

                Responsable administratif et financier

                Missions
                """);
        assertThat(f.title()).isEqualTo("Responsable administratif et financier");
    }

    @Test
    void aLineAboveThatARecruitingSentenceNamesShortIsTheWholeTitle() {
        PostingFields f = extractor.extract("""
                Juillet 2026

                Chargé de mission zones humides

                L'association Marais Vivants recrute un chargé de mission pour deux ans.
                """);
        assertThat(f.title()).isEqualTo("Chargé de mission zones humides");
        assertThat(f.organization()).isEqualTo("Marais Vivants");
    }

    @Test
    void aKindOfBodyIsNoOrganisationName() {
        PostingFields f = extractor.extract("""
                Animateur nature

                L'association recrute un animateur nature.
                """);
        assertThat(f.organization()).isNull();
    }
}
