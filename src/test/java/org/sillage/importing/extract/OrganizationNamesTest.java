package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A section's heading, the works cited and a name built on its own domain. */
class OrganizationNamesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private String organization(String text) {
        return extractor.extract(text).organization();
    }

    @Test
    void aBackgroundHeadingIsNoLetterhead() {
        assertThat(organization("""
                Powering molecular discovery through quantum algorithms

                Cloud Engineer

                Company Background
                Lumio was founded in 2019 by faculty from two universities and works on drug discovery.
                We are looking for a talented Cloud Engineer. Send your resume to jobs@lumio.example.com.
                """)).isNotEqualTo("Company Background");
    }

    @Test
    void theWorksCitedNameNoEmployer() {
        assertThat(organization("""
                1. Titre :

                Formalisation en théorie des types de la variété hypercubique

                2. Contexte :

                La théorie des types homotopiques est un paradigme alternatif à la théorie des ensembles.

                3. Bibliographie

                [1] : The Univalent Foundations Program. Homotopy Type Theory : Univalent Foundations of Mathematics.
                https://homotopytypetheory.org/book, Institute for Advanced Study, 2013.
                [2] : Homotopy Type Theory wiki, https://homotopytypetheory.org/wiki.
                """)).isNull();
    }

    @Test
    void aPaperLikeHeadersFirstAffiliation() {
        assertThat(organization("""
                Stage M2 Recherche

                Distilling Bell-nonlocality for quantum cryptography

                Jeanne Dupont1, Paul Martin2, and Anna Weil3
                1CEA, Institut de physique théorique
                2Télécom Paris, LTCI

                3IQOQI Vienna

                December 5, 2022

                1 Motivation and context
                Entangled quantum systems can exhibit a phenomenon known as nonlocality.
                """)).isEqualTo("CEA, Institut de physique théorique");
    }

    @Test
    void aHostLabelWithItsValueOnTheNextLine() {
        assertThat(organization("""
                Sujet de stage Master 2 en biostatistique

                Le stage porte sur l'analyse de données de cytométrie dans un essai vaccinal.

                Structure d'accueil :
                Centre de Recherche U1219 – Équipe SISTM
                Université de Bordeaux – ISPED
                146, rue Léo Saignat
                33076 Bordeaux Cedex

                Contact : jeanne.martin@u-bordeaux.example.fr
                """)).isEqualTo("Centre de Recherche U1219 – Équipe SISTM");
    }

    @Test
    void aNameBuiltOnItsDomain() {
        assertThat(organization("""
                **Job Title:** Senior Developer Relations Engineer
                **Location:** Remote

                ## Main Duties

                The Matrix.org Foundation is looking for a Senior Developer Relations Engineer to promote Matrix and
                animate the Matrix community, with The Matrix Conference and the Matrix Fringe Event.

                To apply, please send an email to <jobs@matrix.org> and attach a CV.
                """)).isEqualTo("Matrix.org Foundation");
    }

    @Test
    void anAddressDomainMayKeepTheNamesArticle() {
        assertThat(organization("Stagiaire juriste\n\nLa Cimade est une association de solidarité active avec les personnes "
                + "migrantes.\n\nCandidatures (CV et lettre) avant le 12 mai 2025 à stages@lacimade.org\n")).isEqualTo("Cimade");
        // a link's domain is anyone's: « les-scop.coop » does not make « SCOP » the employer
        assertThat(organization("Consultant senior\n\nDatactivist est une SCOP qui ouvre les données.\n\nLes SCOP sont des "
                + "entreprises détenues par leurs salariés : voir https://www.les-scop.coop/sites/fr/\n\n"
                + "Candidatures à jobs@datactivist.coop\n")).isEqualTo("Datactivist");
    }

    @Test
    void aNameMayStartWithALabelsWordWhenItsDomainSpellsIt() {
        assertThat(organization("We're hiring: Community Manager (part-time, 20h/week)\n\nThe Open Data Institute Belgium is "
                + "looking for a Community Manager to grow our network.\n\nDeadline: March 1st, 2025\n"
                + "Apply through our form: https://odi.be/apply\n")).isEqualTo("Open Data Institute Belgium");
    }

    @Test
    void aNameMayStartWithALabelsWordWhenItsAddressSaysSo() {
        // "Open" opens labels ("Open position"); the address's domain says it is the name's first word here
        assertThat(organization("Developer\n\nAbout us: Open Knowledge Belgium is a non-profit organisation.\n\n"
                + "Send your CV before 12 May 2025 to jobs@openknowledge.be\n")).isEqualTo("Open Knowledge Belgium");
    }

    @Test
    void anAddressDomainsFirstPartNamesTheBody() {
        // « apes-hdf.org »: the body, then its region; the name alone opens its sentence and asks for no job
        assertThat(organization("Conseiller (H/F)\n\nL'Apes (Acteurs pour une économie solidaire) recrute.\n\n"
                + "Candidatures avant le 12 mai 2025 à contact@apes-hdf.org\n")).isEqualTo("Apes");
    }

    @Test
    void aJobBoardsSecondLineIsNoEmployerWhenItIsTheTitle() {
        assertThat(organization("Careers at Green Futures\n\nProgramme Coordinator – Youth Climate Action\nFull-time, "
                + "12-month fixed-term contract\nLocation: Brussels (hybrid)\n\nGreen Futures is a European network of youth "
                + "organisations working on climate.\n\nSend your CV to jobs@greenfutures.eu by 14 March 2025.\n"))
                .isEqualTo("Green Futures");
    }

    @Test
    void aCompoundInCapitalsIsNotCutToItsLastWordAndAPledgeNamesTheEmployer() {
        String text = """
                Head, Records and Information Management

                Information Management works closely with the curators. Information Management is responsible for
                the registration of the collections.

                The Northern Museum of Nature is committed to developing inclusive selection processes.
                Send a cover letter and CV to competition@museum.example.
                """;
        assertThat(organization(text)).isEqualTo("Northern Museum of Nature");
    }

    @Test
    void theSecondLineOfAWrappedTitleIsNoEmployerUnderIt() {
        String text = """
                ÉTUDE DES DYNAMIQUES SPATIALES DANS LE CADRE DE SOURCES
                GÉOLOCALISÉES ET NON GÉOLOCALISÉES
                Localisation : Rouen
                CDD
                Salaire : selon grille

                Cette thèse se déroulera au laboratoire LITIS. Envoyez CV et lettre à these@litis.example.
                """;
        assertThat(extractor.extract(text).title()).contains("NON GÉOLOCALISÉES");
        assertThat(organization(text)).isNotEqualTo("GÉOLOCALISÉES ET NON GÉOLOCALISÉES");
    }

    @Test
    void aLanguageAskedForIsNoName() {
        assertThat(organization("""
                Backend developer

                Wat we vragen
                Je hebt drie jaar ervaring met PHP. Kennis van Nederlands is een pré.
                Stuur je cv naar jobs@bedrijf.example.
                """)).isNotEqualTo("Kennis van Nederlands");
        assertThat(organization("""
                Backend developer

                Knowledge of French is an asset. Send your CV to jobs@company.example.
                """)).isNotEqualTo("Knowledge of French");
    }
}
