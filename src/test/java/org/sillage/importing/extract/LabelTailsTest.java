package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;

/**
 * What French letterheads and title lines add after a dash: the contract after the job (« Comptable (H/F) –
 * CDI »), the page's label after the employer (« Association Horizons - Offre d'emploi »).
 */
class LabelTailsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private PostingFields read(String head) {
        return extractor.extract(head + "\n\nMissions : animer des ateliers.\n\nCandidatures : CV et lettre à rh@horizons.fr "
                + "avant le 15 mars 2026.\n");
    }

    @Test
    void whatTheLineSaysOfTheJobAfterItsNameGoes() {
        assertThat(read("Cloud Engineer Position Available\nHorizons Foundation").title()).isEqualTo("Cloud Engineer");
        assertThat(read("Library and Information Advisor Vacancy\nHorizons Foundation").title())
                .isEqualTo("Library and Information Advisor");
        // a one-word job keeps its "position"
        assertThat(read("PhD position available\nHorizons Foundation").title()).isEqualTo("PhD position available");
    }

    @Test
    void theContractAfterTheTitlesDashIsLeftToItsOwnField() {
        PostingFields f = read("Offre n°123 – Comptable (H/F) – CDI\nAssociation Horizons");
        assertThat(f.title()).isEqualTo("Comptable (H/F)");
        assertThat(f.contractType()).hasToString("CDI");
        assertThat(read("Community Officer - Full time\nHorizons Foundation").title()).isEqualTo("Community Officer");
        // what is not a contract stays
        assertThat(read("Animateur - Service Jeunesse\nAssociation Horizons").title()).isEqualTo("Animateur - Service Jeunesse");
    }

    @Test
    void thePagesLabelAfterTheEmployersDashIsNoPartOfItsName() {
        PostingFields f = read("Association Horizons - Offre d'emploi\n\nAnimateur / Animatrice jeunesse (H/F)");
        assertThat(f.organization()).isEqualTo("Association Horizons");
        assertThat(f.title()).isEqualTo("Animateur / Animatrice jeunesse (H/F)");
    }

    @Test
    void theContractBeforeTheJobAfterRecrutementIsLeftToItsOwnField() {
        PostingFields f = read("Recrutement CDD 12 mois Ingénieur d'étude en informatique\nAssociation Horizons");
        assertThat(f.title()).isEqualTo("Ingénieur d'étude en informatique");
        assertThat(f.contractType()).hasToString("CDD");
        assertThat(read("Recrutement stage : Chargé de communication\nAssociation Horizons").title()).isEqualTo("Chargé de communication");
    }

    @Test
    void theKindOfOfferAndTheSubjectsLabelAreNoTitle() {
        assertThat(read("Mission de service civique\n« Ambassadeur du tri »\nDurée : 8 mois").title()).isEqualTo("Ambassadeur du tri");
        assertThat(read("Le 3 février 2025\n\nPROPOSITION DE STAGE\nSujet : Analyse des données de mobilité urbaine\n"
                + "Laboratoire LAMIH, Valenciennes").title()).isEqualTo("Analyse des données de mobilité urbaine");
    }

    @Test
    void theTownAfterTheEmployersCommaIsItsPlace() {
        PostingFields f = read("Chargé de mission\n\nRiverside Community Alliance, London.");
        assertThat(f.organization()).isEqualTo("Riverside Community Alliance");
        assertThat(f.location()).isEqualTo("London");
        assertThat(read("Chargée de projet\n\nAssociation Horizons, Roubaix, France").organization()).isEqualTo("Association Horizons");
        // a university's campus after its comma is part of its name
        assertThat(read("Research assistant\n\nUniversity of California, Berkeley").organization())
                .isEqualTo("University of California, Berkeley");
    }

    @Test
    void aDutchOrganisationLabelNamesTheEmployerAndASectionBeforeASlashIsNoTitle() {
        PostingFields f = extractor.extract("Vacature\n\nFunctie: Medewerker communicatie (0,8 fte)\nOrganisatie: Stichting Horizons\n\n"
                + "Wat ga je doen?\n");
        assertThat(f.organization()).isEqualTo("Stichting Horizons");
        assertThat(extractor.extract("Emploi / Chargé·e d'accueil et d'administration\n\nPublié le 2 mars 2025\n").title())
                .isEqualTo("Chargé·e d'accueil et d'administration");
    }
}
