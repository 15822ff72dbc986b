package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where French postings say the job is: public-service labels (« Résidence administrative », « Secteur
 * géographique »), « Basé(e) à », and last where the employer is set up (« implantée à », « nos locaux de »).
 */
class FrenchWorkplaceWordsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private String location(String line) {
        return extractor.extract("Chargé de mission (H/F)\n\nAssociation Les Amis\n\nMissions : accueil du public et suivi des "
                + "dossiers.\n\n" + line + "\n\nEnvoyez CV et lettre de motivation à rh@amis.fr\n").location();
    }

    @Test
    void oneOfTheEmployersOwnSitesNamedByItsTown() {
        assertThat(location("Pour son foyer de Dunkerque, l'association recrute un éducateur.")).isEqualTo("Dunkerque");
        assertThat(location("Vous intégrerez l'équipe de l'agence de Béthune.")).isEqualTo("Béthune");
        // a site named by something else than a town is no workplace
        assertThat(location("Vous intégrerez l'équipe de notre centre de Formation.")).isNull();
    }

    @Test
    void publicServiceLabels() {
        assertThat(location("Résidence administrative : Lille")).isEqualTo("Lille");
        assertThat(location("Secteur géographique : Arras")).isEqualTo("Arras");
    }

    @Test
    void theTerritoryWorkedOnAndATownWithAnElidedParticle() {
        assertThat(location("Vous interviendrez sur le territoire de Dunkerque.")).isEqualTo("Dunkerque");
        assertThat(location("Le poste est basé à Villeneuve d'Ascq avec déplacements réguliers.")).isEqualTo("Villeneuve d'Ascq");
        // a territory that is no town's name stays unsaid
        assertThat(location("Vous interviendrez sur le territoire de la métropole.")).isNull();
    }

    @Test
    void aServiceThenItsTownAndATownThenItsPostcode() {
        assertThat(location("Lieu d'affectation : Direction de l'Action Sociale – Arras")).isEqualTo("Arras");
        assertThat(location("Lieu de travail : Lille – déplacements dans la région")).isEqualTo("Lille");
        assertThat(location("Poste à Lille, 59000")).isEqualTo("Lille");
        assertThat(location("Le poste est situé à Lens (62).")).isEqualTo("Lens (62)");
    }

    @Test
    void aTablesRowALabelAloneAboveItsTownAndAColonAfterBased() {
        assertThat(location("| Lieu de travail | Lille |")).isEqualTo("Lille");
        assertThat(location("Localisation\n\nLille (59)")).isEqualTo("Lille (59)");
        assertThat(location("Poste basé à : Lille")).isEqualTo("Lille");
        // a row whose label is not the first cell is another field's
        assertThat(location("| Contrat | CDI | Tuteur | Martin |")).isNull();
    }

    @Test
    void basedWithAnInclusiveEnding() {
        assertThat(location("Basé(e) à Lille, avec déplacements dans la région.")).isEqualTo("Lille");
    }

    @Test
    void whereTheEmployerIsSetUp() {
        assertThat(location("L'association, implantée à Calais depuis 1990, recrute un animateur.")).isEqualTo("Calais");
        assertThat(location("Vous travaillerez dans nos locaux de Boulogne-sur-Mer.")).isEqualTo("Boulogne-sur-Mer");
        assertThat(location("La Maison Folie est une association culturelle installée à Wazemmes.")).isEqualTo("Wazemmes");
        assertThat(location("Le poste est à pourvoir au sein de notre antenne de Douai.")).isEqualTo("Douai");
    }

    @Test
    void aStreetThenItsTownWithoutAPostcode() {
        assertThat(location("Dans les locaux de l'association, 12 rue Nationale à Tourcoing.")).isEqualTo("Tourcoing");
        assertThat(location("Rendez-vous au 3 place du Marché à Villeneuve d'Ascq pour l'entretien.")).isEqualTo("Villeneuve d'Ascq");
    }

    @Test
    void aSentenceSayingWhereTheJobIsBasedComesFirst() {
        assertThat(location("L'association, implantée à Calais depuis 1990, recrute. Le poste est basé à Dunkerque."))
                .isEqualTo("Dunkerque");
    }

    @Test
    void aCommonWordThatIsAlsoAVillageIsNoWorkplaceInAName() {
        // « Villé » and « Mer » are French communes; in « La Ville de Roubaix » the town is Roubaix
        assertThat(extractor.extract("Chargé de mission (H/F)\n\nLa Ville de Roubaix recrute un chargé de mission pour sa "
                + "direction de la culture.\n\nCandidatures avant le 12 mai 2025 à rh@exemple.fr\n").location()).isEqualTo("Roubaix");
        assertThat(location("Poste basé à Mer (41)")).startsWith("Mer");
    }

    @Test
    void aLabelsWordInsideANameIsNoLabel() {
        // « VILLE DE WATTRELOS »: « Ville » labels a town only before its value (« Ville : Lille »)
        String loc = extractor.extract("VILLE DE WATTRELOS\nDépartement du Nord\n\nRECRUTE\n\nUN(E) RESPONSABLE DU SERVICE "
                + "JEUNESSE\n\nCandidatures avant le 28 février 2025 à recrutement@ville-wattrelos.fr\n").location();
        assertThat(loc).isEqualTo("WATTRELOS");
        assertThat(location("Ville : Roubaix")).isEqualTo("Roubaix");
    }

    @Test
    void aPlaceAloneAfterADashOnAHeaderLine() {
        assertThat(extractor.extract("La Communauté d'Agglomération du Boulonnais (CAB)\nrecrute\nun Chargé de mission "
                + "Développement Économique (H/F)\nPoste à temps complet – Boulogne-sur-Mer\n\nDate limite : 10/03/2025\n"
                + "Candidature à recrutement@agglo-boulonnais.fr\n").location()).isEqualTo("Boulogne-sur-Mer");
        // a service after the dash is no place
        assertThat(extractor.extract("Animateur - Service Jeunesse\n\nCandidature à rh@asso.fr avant le 10/03/2025\n")
                .location()).isNull();
    }
}
