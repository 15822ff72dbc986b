package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.DocumentRequirement;

/** Labels written in bold or in Dutch, a label whose value is no place, and documents named in a list. */
class LabelValuesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aBoldLabelOfTheInternshipsPlace() {
        assertThat(extractor.extract("""
                Stage M2 : classification de séries temporelles

                **Lieu du stage** : Laboratoire ERIC, Université Lyon 2, Bron (principalement), avec des visites au LIRIS.
                """).location()).isEqualTo("Laboratoire ERIC, Université Lyon 2, Bron (principalement)");
    }

    @Test
    void aDutchPlaceLabel() {
        assertThat(extractor.extract("""
                Woningmakelaar

                Plaats: Arnhem
                Uren: 32-40 uur
                """).location()).isEqualTo("Arnhem");
    }

    @Test
    void aLabelSayingHowNotWhereIsNoLocation() {
        assertThat(extractor.extract("""
                Travailleur social (H/F)

                Lieu du poste : En présentiel
                Type de contrat : CDI
                """).location()).isNull();
    }

    @Test
    void diplomasAndRecentTranscriptsInAListOfDocuments() {
        assertThat(extractor.extract("""
                Formateur hygiène (H/F)

                Pour postuler, envoyez les documents suivants :
                - CV
                - Diplômes
                - Références
                """).requiredDocuments()).extracting(DocumentRequirement::kind)
                .containsExactlyInAnyOrder("cv", "diploma", "references");
        assertThat(extractor.extract("""
                Stage M2

                Envoyez votre CV, vos derniers relevés de notes et une lettre de motivation à stage@example.org.
                """).requiredDocuments()).extracting(DocumentRequirement::kind)
                .containsExactlyInAnyOrder("cv", "other:relevés de notes", "cover_letter");
    }

    @Test
    void aDutchImperativeToMailTheDocuments() {
        assertThat(extractor.extract("""
                Woningmakelaar

                Solliciteren?
                Mail je motivatiebrief en CV naar werken@example.nl.
                """).requiredDocuments()).extracting(DocumentRequirement::kind)
                .containsExactlyInAnyOrder("cover_letter", "cv");
    }

    @Test
    void aTitleLabelAndItsValueInATablesCells() {
        assertThat(extractor.extract("""
                Offres réservées aux travailleurs handicapés

                OFFRE n° 7157P

                Intitulé du poste  agent de service

                Code ROME  K2204 - Nettoyage de locaux
                """).title()).isEqualTo("Agent de service");
    }

    @Test
    void aDutchFunctionLabelBelowTheSitesMenu() {
        assertThat(extractor.extract("""
                vacancies

                Home

                vacancies

                Functie: Woningmakelaar Sale & Lease Back

                Plaats: Arnhem
                """).title()).isEqualTo("Woningmakelaar Sale & Lease Back");
    }

    @Test
    void aLabelsWordInASentenceIsNoOrganisationLabel() {
        assertThat(extractor.extract("""
                Formateur métiers de bouche

                Vos missions
                • Animer des formations techniques en établissement : découpe, panification, pâtisserie.
                """).organization()).isNotEqualTo("découpe, panification, pâtisserie");
    }

    @Test
    void aKnownPlaceAfterTheRecruitersNameIsNotPartOfIt() {
        assertThat(extractor.extract("""
                Contentmanager

                Het RKD – Nederlands Instituut voor Kunstgeschiedenis in Den Haag zoekt een Contentmanager voor 24 uur per week.
                """).organization()).doesNotContain("Den Haag");
        assertThat(extractor.extract("""
                Medewerker PR en marketing

                Het Rijksmuseum van Oudheden in Leiden zoekt een medewerker PR en marketing.
                """).organization()).isEqualTo("Het Rijksmuseum van Oudheden");
    }

    @Test
    void aServiceContractAsTheContractsValueAndAMonthsContract() {
        assertThat(extractor.extract("""
                Journaliste

                - **Type de contrat :** Prestation de service
                """).contractType()).isEqualTo(org.sillage.domain.ContractType.FREELANCE);
        assertThat(extractor.extract("""
                Chef de la conception

                Le service se concentre sur la prestation de services publics améliorés.
                """).contractType()).isNull();
        assertThat(extractor.extract("""
                Research Assistant

                Nine-months contract starting October 2014.
                """).contractType()).isEqualTo(org.sillage.domain.ContractType.CDD);
    }

    @Test
    void languagesListedAsAssetsAreNotRequired() {
        assertThat(extractor.extract("""
                Content Creator

                The following qualifications will be an asset to your application. However, please apply anyway.

                - Previous video creation experience.
                - Fluency in Spanish, French, Portuguese, or other languages.
                """).languagesRequired()).isEmpty();
        assertThat(extractor.extract("""
                Directeur (F-M-X)

                **Les plus**

                * Avoir une bonne connaissance du secteur associatif
                * Maîtriser le néerlandais
                """).languagesRequired()).isEmpty();
    }
}
