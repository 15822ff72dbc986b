package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The workplace said in a sentence about where the organisation is settled. */
class LocationKindsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void whereTheCompanyIsEstablishedInDutch() {
        assertThat(extractor.extract("""
                Webdeveloper

                Wij zijn gevestigd in Zwolle en werken voor klanten in heel Nederland.
                """).location()).isEqualTo("Zwolle");
    }

    @Test
    void anAreaOfWorkAnOfficeOrAPlaceAfterItsVerbIsTheWorkplace() {
        assertThat(extractor.extract("""
                Chargé de mission (H/F)

                Zone d'intervention : Métropole lilloise
                """).location()).isEqualTo("Métropole lilloise");
        assertThat(extractor.extract("""
                Data engineer

                Office: Amsterdam
                """).location()).isEqualTo("Amsterdam");
        assertThat(extractor.extract("""
                Projectmedewerker

                Standplaats is Leuven.
                """).location()).isEqualTo("Leuven");
        assertThat(extractor.extract("""
                Projectmedewerker

                Standplaats is flexibel.
                """).location()).isNull();
    }

    @Test
    void theAreaAJobCoversIsItsWorkplaceAndABodyNamedLikeATownIsNoPlace() {
        assertThat(extractor.extract("""
                Educateur (H/F)

                Poste en CDI dans la région de Lens.
                """).location()).isEqualTo("Lens");
        // Ange-Gardien is a town in Québec; the home-care firm of that name is in the Gard
        assertThat(extractor.extract("""
                # Ange Gardien recrute un(e) assistant(e) de vie – secteur du Pont-du-Gard

                Envoyez votre CV à candidature@exemple.fr
                """).location()).isNull();
    }

    @Test
    void aMixOfOnSiteAndRemoteIsHowTheJobIsDoneNotWhere() {
        var f = extractor.extract("""
                Community Manager

                Location: On-Site and Remote Hybrid

                All remote work must be performed in a state in which the University is registered to do business.
                This is an in-person position based on our campus in Allston, MA.
                """);
        assertThat(f.location()).isEqualTo("Allston, MA");
        assertThat(f.remoteText()).isEqualTo("On-Site and Remote Hybrid");
    }

    @Test
    void aBodyWhereTheJobIsBasedKeepsItsTownInBrackets() {
        assertThat(extractor.extract("""
                Postdoc

                The Odyssey team (Inria, Ifremer & IMT Atlantique, France) is seeking a postdoctoral researcher.

                The postdoc will be based either at Inria (Rennes, France) or at Ifremer (Brest, France).
                """).location()).isEqualTo("Inria (Rennes, France)");
    }

    @Test
    void aTownInTheSentenceSayingWhereTheInternshipTakesPlace() {
        assertThat(extractor.extract("""
                Stage : apprentissage par renforcement

                Le stage se déroulera au sein du laboratoire LS2N à Nantes.
                """).location()).isEqualTo("Nantes");
    }

    @Test
    void theOfficeTheJobIsFor() {
        assertThat(extractor.extract("""
                Assistant comptable

                Le centre recrute un assistant comptable pour son bureau de Wavre.
                """).location()).isEqualTo("Wavre");
    }

    @Test
    void aSentenceSayingWhereTheJobIsBased() {
        assertThat(extractor.extract("""
                Animateur nature

                Nous cherchons un animateur pour nos sorties scolaires. Le poste est basé à Vesoul, avec des
                déplacements dans le département. Entretiens à Besançon le 3 mai.
                """).location()).isEqualTo("Vesoul");
        assertThat(extractor.extract("""
                Data Officer

                The role is based in Leeds May through September, with two days a week from home.
                """).location()).isEqualTo("Leeds");
    }

    @Test
    void thePresencePlaceInBrackets() {
        assertThat(extractor.extract("""
                Chargé·e de communication

                Un mi-temps en présentiel (Dinant) et en télétravail.
                Siège : 5000 Namur
                """).location()).isEqualTo("Dinant");
    }

    @Test
    void thePinMarksTheWorkplace() {
        assertThat(extractor.extract("""
                Wij zoeken een kok!

                💼 Fulltime 📍 Harderwijk
                Stuur je cv naar ons.
                """).location()).isEqualTo("Harderwijk");
        assertThat(extractor.extract("""
                Offre : agent d'accueil
                📍 à Saint-Malo
                Envoyez votre CV.
                """).location()).isEqualTo("Saint-Malo");
    }

    @Test
    void thePlaceATitleEndsOn() {
        assertThat(extractor.extract("""
                ---
                title: "Two PhD positions in soil ecology (Uppsala, Sweden)"
                ---
                We study how roots shape the soil. Apply by March 3.
                """).location()).isEqualTo("Uppsala, Sweden");
        assertThat(extractor.extract("""
                Postdoc in Grenoble

                We model glaciers. Apply by March 3.
                """).location()).isEqualTo("Grenoble");
        assertThat(extractor.extract("""
                Postdoc in Glaciology

                We model glaciers. Apply by March 3.
                """).location()).isNull();
    }

    @Test
    void aLabelBehindAPictographOrNamedPlace() {
        assertThat(extractor.extract("""
                Chargé·e de projet eau

                📍 Lieu d'affectation : Kara, Togo
                Durée : 12 mois
                """).location()).isEqualTo("Kara, Togo");
        assertThat(extractor.extract("""
                Research engineer

                **Place:** Turku University **Start:** autumn
                """).location()).isEqualTo("Turku University");
    }

    @Test
    void aLongLabelAsAHeadingIsNotReadAgainAsAShortOne() {
        assertThat(extractor.extract("""
                Moniteur de voile

                ### Lieu de travail
                Le club nautique, sur la plage nord.

                Envoyez votre CV avant le 1er mai.
                """).location()).isNotEqualTo("de travail");
    }

    @Test
    void aRemoteOnlyJobHasNoWorkplaceEvenWhenTheTeamMeetsInACity() {
        assertThat(extractor.extract("""
                Chargé·e de communication

                - Localisation : télétravail exclusivement, avec des rencontres tous les deux mois à Rennes, à Rennes.
                - Contrat : CDD de 6 mois
                """).location()).isNull();
    }

    @Test
    void aLabelThatSaysRemoteIsTheLocationAsWritten() {
        assertThat(extractor.extract("""
                **Job Title:** Developer Relations Engineer \s
                **Job Type:** Full-time, Contractor \s
                **Location:** Remote \s
                **Supervisor:** Managing Director

                We meet twice a year in Brussels.
                """).location()).isEqualTo("Remote");
        assertThat(extractor.extract("""
                Chargé·e de communication

                - Lieu de travail : Télétravail
                - Contrat : CDD de 6 mois, réunions à Rennes
                """).location()).isEqualTo("Télétravail");
    }

    @Test
    void aGlobeBeforeThePlaceMarksItLikeAPin() {
        assertThat(extractor.extract("""
                Stage data analyst

                #### `\uD83C\uDF0E Remote, Nantes, France`

                Nous cherchons un·e stagiaire pour notre équipe data.
                """).location()).startsWith("Nantes");
    }

    @Test
    void aPublishersTownInAReferenceListIsNoWorkplaceButAPlaceBelowTheListIs() {
        String body = """
                Stage de Master 2 : systèmes de recommandation

                Proposition de stage de Master 2 en apprentissage statistique, pour explorer les systèmes qui débattent entre eux
                en s'envoyant des arguments, et qui seraient jugés par l'utilisateur lui-même au terme de leur dialogue.

                Références
                - Zhang, Y. 2014. "Explicit Factor Models for Explainable Recommendation". In Proceedings of the
                37th International ACM SIGIR Conference, pages 83–92, New York, NY, USA. ACM.
                - Marx, P. 2010. "Increasing Consumers' Understanding of
                Recommender Results: A Preference-based Hybrid Algorithm". RecSys '10, pages
                297–300, New York, NY, USA. ACM.
                """;
        assertThat(extractor.extract(body).location()).isNull();
        assertThat(extractor.extract(body + "\nLieu du stage : LaTIM, 2 avenue Foch, 29609 Brest.\n").location()).isEqualTo("Brest");
    }

    @Test
    void officesInTheHeartOfATown() {
        assertThat(extractor.extract("""
                Actuaire junior

                Nous sommes 13 dans notre open-space. Nos bureaux sont situés en plein coeur de Paris, à Beaubourg.
                """).location()).isEqualTo("Paris");
    }

    @Test
    void aDutyStationIsTheWorkplace() {
        assertThat(extractor.extract("""
                Program Officer – Agribusiness

                Duty Station: Nairobi
                Contract Type: Full Time
                """).location()).isEqualTo("Nairobi");
    }
}
