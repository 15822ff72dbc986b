package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.ContractType;
import org.sillage.domain.PostingFields;

/**
 * Title, organisation and contract chosen among candidates gathered from every place a posting states them
 * (ADR 0032): the best by where it was found and what its words say, not the first place that matched.
 */
class CandidatePoolsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aJobLineBelowALetterheadWinsOverTheLetterheadsAddress() {
        PostingFields f = extractor.extract("""
                Atelier des Dunes
                14 rue des Mouettes
                29200 Brest

                Animateur·rice nature (H/F)

                L'atelier accueille des classes de découverte du littoral toute l'année.
                """);
        assertThat(f.title()).isEqualTo("Animateur·rice nature (H/F)");
    }

    @Test
    void aRecruitingSentenceInTheFrontMatterDescriptionGivesTheTitle() {
        PostingFields f = extractor.extract("""
                ---
                title: Offre d'emploi
                description: Le rucher de la Combe recrute un·e apiculteur·rice saisonnier·e.
                ---

                La saison commence en avril et finit en septembre.
                """);
        assertThat(f.title()).isEqualTo("Apiculteur·rice saisonnier·e");
    }

    @Test
    void aTitleLabelFurtherDownTheBodyIsRead() {
        PostingFields f = extractor.extract("""
                Bienvenue sur notre page carrières

                Notre cabinet grandit et cherche de nouveaux talents.

                Intitulé du poste : Juriste en droit social

                Vous conseillerez nos clients.
                """);
        assertThat(f.title()).isEqualTo("Juriste en droit social");
    }

    @Test
    void weRecruitOnTheFirstLineNamesTheJob() {
        PostingFields f = extractor.extract("""
                Nous recrutons un·e développeur·se Java pour renforcer l'équipe produit.

                Vous travaillerez sur notre outil de planification.
                """);
        assertThat(f.title()).isEqualTo("Développeur·se Java");
    }

    @Test
    void aCentreOfResearchDoesNotRecruitAnything() {
        PostingFields f = extractor.extract("""
                CENTRE DE RECHERCHE EN OCÉANOGRAPHIE

                Technicien·ne de laboratoire (H/F)

                Le centre étudie les courants côtiers.
                """);
        assertThat(f.title()).isEqualTo("Technicien·ne de laboratoire (H/F)");
    }

    @Test
    void aPossessiveAndAPictographAroundTheJobGo() {
        PostingFields f = extractor.extract("""
                ---
                title: On recrute
                description: Nous recherchons notre futur·e comptable 🧮
                ---

                Le poste est à pourvoir dès maintenant.
                """);
        assertThat(f.title()).isEqualTo("Comptable");
    }

    @Test
    void aRecruitmentLabelBeforeTheJobGoes() {
        PostingFields f = extractor.extract("""
                Recrutement gardien·ne de refuge

                Le refuge accueille les randonneurs de juin à septembre.
                """);
        assertThat(f.title()).isEqualTo("Gardien·ne de refuge");
    }

    @Test
    void aFrontMatterTitleOutweighsAJobNamedInAList() {
        PostingFields f = extractor.extract("""
                ---
                title: Product owner du service Mes Démarches
                ---

                ## Ce que nous cherchons

                - Une expérience de cheffe de projet numérique
                """);
        assertThat(f.title()).isEqualTo("Product owner du service Mes Démarches");
    }

    @Test
    void aSectionNameBeforeAColonIsNoTitleLabel() {
        PostingFields f = extractor.extract("""
                OFFRE DE STAGE – 2027

                Cartographie des haies bocagères

                Contexte : le parc suit l'évolution de son bocage.
                """);
        assertThat(f.title()).isEqualTo("Cartographie des haies bocagères");
    }

    @Test
    void aUnitWrittenBeforeItsParentIsNamedWithIt() {
        PostingFields f = extractor.extract("""
                Doctoral researcher in coastal ecology

                The Saltmarsh Dynamics group at Northfield University is looking for a PhD candidate.
                """);
        assertThat(f.organization()).isEqualTo("Saltmarsh Dynamics group at Northfield University");
    }

    @Test
    void aShortNameInBracketsBeforeTheRecruitingVerbIsTheName() {
        PostingFields f = extractor.extract("""
                Technicien forestier (H/F)

                L'Office des forêts du Val (OFV Nord) recrute un technicien forestier pour son antenne.
                """);
        assertThat(f.organization()).isEqualTo("OFV Nord");
    }

    @Test
    void aSignatureNamesTheEmployerWhenNothingElseDoes() {
        PostingFields f = extractor.extract("""
                Animateur jeunesse (H/F)

                Vous animerez les ateliers du mercredi.

                Candidatures par courrier.

                Fondation Les Trois Rivières
                """);
        assertThat(f.organization()).isEqualTo("Fondation Les Trois Rivières");
    }

    @Test
    void aTitleSaysWhereTheJobIs() {
        PostingFields f = extractor.extract("""
                Data Engineer at Northwind Analytics

                You will build and run our data pipelines.
                """);
        assertThat(f.organization()).isEqualTo("Northwind Analytics");
    }

    @Test
    void aOneWordLineAtTheEndIsNoSignature() {
        PostingFields f = extractor.extract("""
                Animateur jeunesse (H/F)

                Vous animerez les ateliers du mercredi.

                Projet
                """);
        assertThat(f.organization()).isNull();
    }

    @Test
    void aNameTheTextDefinesStandsEvenWithoutARecruitingVerb() {
        PostingFields f = extractor.extract("""
                Jardinier·ère (H/F)

                Les Vergers du Plateau sont une association d'insertion par le maraîchage.
                Le poste est basé à Besançon.
                """);
        assertThat(f.organization()).isEqualTo("Les Vergers du Plateau");
    }

    @Test
    void theTitlesOwnWordSaysAnInternship() {
        PostingFields f = extractor.extract("""
                Stagiaire en communication

                Vous rejoindrez l'équipe pour six semaines au printemps.
                """);
        assertThat(f.contractType()).isEqualTo(ContractType.STAGE);
    }

    @Test
    void aContractLabelInTheBodyNamesTheKind() {
        PostingFields f = extractor.extract("""
                Accueil du festival

                Type de contrat : Bénévole
                Vous accueillerez le public aux entrées.
                """);
        assertThat(f.contractType()).isEqualTo(ContractType.VOLUNTEER);
    }

    @Test
    void aLecturershipIsAnotherKindOfContract() {
        PostingFields f = extractor.extract("""
                Maître de conférences en chimie analytique

                L'enseignement portera sur la licence de chimie.
                """);
        assertThat(f.contractType()).isEqualTo(ContractType.OTHER);
    }
}
