package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.DocumentRequirement;

/**
 * A laboratory named by its label, with its city after a comma; a topic label above the title; documents joined by a
 * slash, or qualified by an adjective; remote work said in other words.
 */
class LabLabelAndSlashTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aLaboratorysLabelNamesTheEmployerAndTheCityAfterItsCommaTheWorkplace() {
        var e = extractor.extract("""
                Offre de stage de master 2027

                Laboratoire : Écologie des Forêts Alpines (EFA), Chambéry
                Encadrement : Jeanne Martin
                Durée : 5 mois

                Sujet : dynamique des hêtraies sous climat changeant.
                """);
        assertThat(e.organization()).isEqualTo("Écologie des Forêts Alpines (EFA)");
        assertThat(e.location()).isEqualTo("Chambéry");
    }

    @Test
    void aLaboratorysAcronymOrUnitNumberAfterItsNameIsPartOfIt() {
        assertThat(extractor.extract("""
                Postdoctoral position in soft matter

                Laboratory: Laboratoire Interdisciplinaire de Chimie (LIChim), Université de Caen, France
                Duration: 24 months
                """).organization()).isEqualTo("Laboratoire Interdisciplinaire de Chimie (LIChim)");
        assertThat(extractor.extract("""
                Stage de master en optique

                Laboratoire : Optique et Matériaux (UMR 6303), Dijon
                Durée : 5 mois
                """).organization()).isEqualTo("Optique et Matériaux (UMR 6303)");
    }

    @Test
    void aLaboratoryNamedAtALinesStartIsNoLabel() {
        var e = extractor.extract("""
                Ingénieur d'études en analyse de données

                Laboratoire de Physique des Plasmas, équipe Diagnostics. Le poste est basé à Palaiseau.
                """);
        assertThat(e.organization()).isNotEqualTo("de Physique des Plasmas");
    }

    @Test
    void aTopicLabelAloneOnItsLineIsNotTheTitle() {
        assertThat(extractor.extract("""
                Internship topic

                Measuring soil moisture with low-cost radar sensors

                Location: Soil Physics Lab, Wageningen, the Netherlands
                """).title()).isEqualTo("Measuring soil moisture with low-cost radar sensors");
    }

    @Test
    void twoDocumentsJoinedByASlashAreOneItemAndTheListGoesOn() {
        assertThat(kinds("To apply: send resume/portfolio, cover letter and two references to jobs@example.org."))
                .containsExactlyInAnyOrder("cv", "cover_letter", "references");
    }

    @Test
    void anAdjectiveBeforeAKnownDocumentIsNotADocumentOfItsOwn() {
        assertThat(kinds("To apply: send your CV, brief cover letter (two paragraphs is fine) to jobs@example.org."))
                .containsExactlyInAnyOrder("cv", "cover_letter");
    }

    @Test
    void examplesOfProjectsAreAPortfolio() {
        assertThat(kinds("Stuur je motivatie, cv en voorbeelden van je werk naar werk@example.nl."))
                .containsExactlyInAnyOrder("cover_letter", "cv", "portfolio");
    }

    @Test
    void aDutchPhotoGoesWithTheCv() {
        assertThat(kinds("Stuur dan jouw cv met foto en motivatie naar werk@example.nl."))
                .containsExactlyInAnyOrder("cv", "other:foto", "cover_letter");
    }

    @Test
    void remoteWorkInOtherWords() {
        assertThat(extractor.extract("""
                Data reporter

                The job is based in our Chicago office; remote candidates are welcome.
                """).remoteText()).contains("remote candidates");
        assertThat(extractor.extract("""
                Data reporter

                The job is based in our Chicago office. Telecommuting is not possible.
                """).remoteText()).isEqualTo("Telecommuting is not possible");
    }

    private java.util.List<String> kinds(String body) {
        return extractor.extract("Graphic designer\n\n" + body + "\n").requiredDocuments().stream()
                .map(DocumentRequirement::kind).toList();
    }
}
