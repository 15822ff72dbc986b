package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.ContractType;
import org.sillage.domain.PostingFields;

/** Contract types a research or freelance posting states without the usual words. */
class ContractKindsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void workAsAnEmployeeOrAsAContractorStatesNoContract() {
        assertThat(extractor.extract("""
                Executive Director

                The ED must be eligible under USA law to perform work (as an employee or as a contractor) for a non-profit.
                """).contractType()).isNull();
        assertThat(extractor.extract("""
                Web developer

                This is a contractor role for six weeks.
                """).contractType()).isEqualTo(org.sillage.domain.ContractType.FREELANCE);
    }

    @Test
    void aPhdPostOfAStatedLengthIsFixedTermAndAPhdStudentNoStudentJob() {
        String end = "\n\nSend your CV to lab@uni.example.org by 15 March 2024.\n";
        assertThat(extractor.extract("PhD Student Position in Physics\n\nThe group invites applications for a PhD "
                + "student position.\n\nThis is a three-year full-time position with a competitive salary." + end)
                .contractType()).isEqualTo(ContractType.CDD);
        assertThat(extractor.extract("PhD student (University Assistant, 4 years)\n\nJoin our lab." + end)
                .contractType()).isEqualTo(ContractType.CDD);
        // no length stated: the contract is not stated, and a PhD student is not a student's job
        assertThat(extractor.extract("PhD Student Position in Physics\n\nThe group invites applications for a PhD "
                + "student position." + end).contractType()).isNull();
    }

    @Test
    void zelfstandigeAsAnAdjectiveIsNoFreelanceWork() {
        String end = "\n\nStuur je cv vóór 1 maart 2024 naar vacature@praktijk.example.nl.\n";
        assertThat(extractor.extract("Tandartsassistent\n\nWe helpen je zelfstandige handelingen ontwikkelen en je "
                + "werkt lekker zelfstandig." + end).contractType()).isNull();
        assertThat(extractor.extract("Webontwikkelaar\n\nJe werkt als zelfstandige voor onze klanten." + end)
                .contractType()).isEqualTo(ContractType.FREELANCE);
        assertThat(extractor.extract("Boekhouder\n\nOok zelfstandigen zonder personeel zijn welkom." + end)
                .contractType()).isEqualTo(ContractType.FREELANCE);
    }

    @Test
    void britishCharityTermsFundingFreelanceAndVolunteers() {
        String end = "\n\nClosing date: 9 July 2021 at noon. Apply to jobs@charity.example.org.\n";
        assertThat(extractor.extract("Communications Officer\n\nHours: 18.5 hours per week. Initially funded for 12 "
                + "months, it is our intention subject to funding to make this a permanent post.\n\nPlease do not list "
                + "student placements." + end).contractType()).isEqualTo(ContractType.CDD);
        assertThat(extractor.extract("Coordinator\n\nTerm: One year initially with an intention for this to become a "
                + "permanent role." + end).contractType()).isEqualTo(ContractType.CDD);
        assertThat(extractor.extract("Office Administrator\n\nDuration of contract: 1st April – 30th June 2021 with "
                + "likely extension." + end).contractType()).isEqualTo(ContractType.CDD);
        assertThat(extractor.extract("Project Coordinator\n\nThis role is for 2-3 days/week (with two unpaid weeks leave "
                + "over Christmas).\n\nPay £136 per day. Freelance, self-employed contract." + end).contractType())
                .isEqualTo(ContractType.FREELANCE);
        assertThat(extractor.extract("IT Coordinator\n\nYou will train families at home; the ideal volunteer would be "
                + "patient." + end).contractType()).isEqualTo(ContractType.VOLUNTEER);
        assertThat(extractor.extract("Boekhouder\n\nDuur van de functie: vast.\n\nDurée du contrat : indéterminée" + end)
                .contractType()).isNotEqualTo(ContractType.CDD);
    }

    @Test
    void aPostNamedWithPosteIsNoPostdoc() {
        // « poste … » starts like "postdoc", whose contract is read only when its length is stated
        String end = "\n\nEnvoyez votre CV à rh@asso.example.fr avant le 15 mars 2024.\n";
        assertThat(extractor.extract("Chargé de mission\n\nAssociation Exemple recrute.\n\nPoste bénévole à pourvoir" + end)
                .contractType()).isEqualTo(ContractType.VOLUNTEER);
        assertThat(extractor.extract("Comptable\n\nAssociation Exemple recrute.\n\nPoste permanent à temps plein" + end)
                .contractType()).isEqualTo(ContractType.CDI);
        assertThat(extractor.extract("Chargé de mission\n\nAssociation Exemple recrute.\n\nStage conventionné (gratifié)" + end)
                .contractType()).isEqualTo(ContractType.STAGE);
    }

    @Test
    void seasonalJobsAndDutchContractsInMonthsOrPermanent() {
        String end = "\n\nEnvoyez votre CV à rh@asso.example.fr avant le 15 mars 2024.\n";
        assertThat(extractor.extract("Animateur\n\nAssociation Exemple recrute.\n\nContrat saisonnier de 2 mois" + end)
                .contractType()).isEqualTo(ContractType.CDD);
        assertThat(extractor.extract("Medewerker\n\nWij zoeken een collega.\n\nWe bieden een contract van 6 maanden." + end)
                .contractType()).isEqualTo(ContractType.CDD);
        assertThat(extractor.extract("Medewerker\n\nWij zoeken een collega.\n\nDienstverband: vast" + end)
                .contractType()).isEqualTo(ContractType.CDI);
    }

    @Test
    void aResearchSubjectThatSpeaksOfThisInternshipIsAnInternship() {
        PostingFields f = extractor.extract("""
                Index compacts pour séquences longues

                Contexte
                Le but de ce stage est de concevoir une structure de données.
                """);
        assertThat(f.contractType()).isEqualTo(ContractType.STAGE);
    }

    @Test
    void theInternshipNamedWithItsArticleOrItsLevel() {
        assertThat(extractor.extract("""
                Formalisation de la variété hypercubique

                3. But du stage
                Le but serait d'implémenter la variété en théorie des types.
                """).contractType()).isEqualTo(ContractType.STAGE);
        assertThat(extractor.extract("""
                Score-based Program Synthesis

                Location: LaBRI, Level: M2, Email: someone@example.org
                """).contractType()).isEqualTo(ContractType.STAGE);
    }

    @Test
    void frenchSubsidisedContractsAreFixedTerm() {
        assertThat(extractor.extract("Animateur (H/F)\n\nType de contrat : PEC (Parcours Emploi Compétences) de 12 mois.\n")
                .contractType()).isEqualTo(ContractType.CDD);
        assertThat(extractor.extract("Animateur (H/F)\n\nContrat : CUI-CAE 9 mois\n").contractType()).isEqualTo(ContractType.CDD);
        assertThat(extractor.extract("Animateur (H/F)\n\nContrat d'engagement éducatif (CEE) pour l'été.\n").contractType())
                .isEqualTo(ContractType.OTHER);
    }

    @Test
    void aMasterLevelInternshipIsAnInternship() {
        PostingFields f = extractor.extract("""
                Robots d'assistance et apprentissage
                Équipe Robotique
                Stage M2 2025
                """);
        assertThat(f.contractType()).isEqualTo(ContractType.STAGE);
    }

    @Test
    void aMissionOpenToSelfEmployedPeopleIsFreelance() {
        PostingFields f = extractor.extract("""
                Coach en conduite de projet

                Poste ouvert aux indépendant·e·s pour une durée de trois mois.
                """);
        assertThat(f.contractType()).isEqualTo(ContractType.FREELANCE);
    }

    @Test
    void aFrontMatterContractKeyNamesTheContractWhateverItsSynonyms() {
        PostingFields f = extractor.extract("""
                ---
                role: Développeur·se
                contrat: indépendant/freelance
                ---

                Mission de six mois renouvelable au sein de l'équipe.
                """);
        assertThat(f.contractType()).isEqualTo(ContractType.FREELANCE);
    }

    @Test
    void aContractOfASelfEmployedPersonIsFreelance() {
        PostingFields f = extractor.extract("""
                Développeur cartographie

                Contrat d'indépendant, à temps plein.
                """);
        assertThat(f.contractType()).isEqualTo(ContractType.FREELANCE);
    }

    @Test
    void aPostdocWithNoStatedLengthLeavesTheContractUnstated() {
        PostingFields f = extractor.extract("""
                Postdoctoral Researcher Position

                We are seeking a highly motivated postdoctoral researcher to join the project.
                """);
        assertThat(f.contractType()).isNull();
    }

    @Test
    void aPostdocOfAStatedLengthIsFixedTerm() {
        PostingFields f = extractor.extract("""
                Postdoc in oceanography

                A 24-month postdoctoral position is available at the laboratory.
                """);
        assertThat(f.contractType()).isEqualTo(ContractType.CDD);
    }

    @Test
    void aBelgianStudentJobIsOther() {
        PostingFields f = extractor.extract("""
                Offre jobiste - Soutien au service juridique

                Le ou la jobiste sera amené·e à classer les dossiers.
                """);
        assertThat(f.contractType()).isEqualTo(ContractType.OTHER);
    }

    @Test
    void aFrontMatterTypeKeyNamingSelfEmploymentIsFreelance() {
        PostingFields f = extractor.extract("""
                ---
                title: Appui au suivi de l'observatoire
                type: Indépendant
                ---

                Mission de 3 à 6 mois au sein de l'équipe.
                """);
        assertThat(f.contractType()).isEqualTo(ContractType.FREELANCE);
    }

    @Test
    void employmentThatEndsOnAStatedMonthIsFixedTerm() {
        PostingFields f = extractor.extract("""
                Campaign Coordinator

                Employment: full-time employment beginning as soon as possible through February 2023.
                """);
        assertThat(f.contractType()).isEqualTo(ContractType.CDD);
    }

    @Test
    void applicationsAcceptedUntilAMonthSayNothingOfTheContract() {
        PostingFields f = extractor.extract("""
                Campaign Coordinator

                This position accepts applications until February 2023.
                """);
        assertThat(f.contractType()).isNull();
    }

    @Test
    void anAppointmentNotToExceedSomeYearsIsFixedTerm() {
        PostingFields f = extractor.extract("""
                UX Designer

                Duration of appointment: longer than 1 year, but not to exceed 4 years.
                """);
        assertThat(f.contractType()).isEqualTo(ContractType.CDD);
    }

    @Test
    void studentClubsAreNotTheContractOfTheJob() {
        PostingFields f = extractor.extract("""
                Deputy Field Organizer

                Develop student clubs on campuses and work with leaders to run them.
                """);
        assertThat(f.contractType()).isNull();
    }

    @Test
    void aBritishLimitOfTenureIsAFixedTerm() {
        assertThat(extractor.extract("""
                Quality Manager

                Limit of tenure: funding is available until March 2028 in the first instance.
                """).contractType()).isEqualTo(org.sillage.domain.ContractType.CDD);
    }

    @Test
    void aLengthUnderALabelIsAFixedTermUnlessAKindIsNamed() {
        String head = "Project officer\n\nHorizons is hiring.\n\n";
        String end = "\n\nSend your CV to jobs@horizons.org.\n";
        for (String line : new String[] {"Duration: 18 months", "Contract: 2 years, full time.", "Contractduur: vanaf 7 maanden",
            "Poste à temps plein pour une durée de 6 mois.", "Wij bieden een contract voor de duur van een jaar."}) {
            assertThat(extractor.extract(head + line + end).contractType()).as(line).isEqualTo(ContractType.CDD);
        }
        // a named kind weighs more than the length
        assertThat(extractor.extract(head + "Bénévolat. Durée : 1 an, 4 heures par semaine." + end).contractType())
                .isEqualTo(ContractType.VOLUNTEER);
        assertThat(extractor.extract(head + "Stage de fin d'études. Durée : 6 mois." + end).contractType())
                .isEqualTo(ContractType.STAGE);
        assertThat(extractor.extract(head + "CDI. Période d'essai : 3 mois." + end).contractType()).isEqualTo(ContractType.CDI);
    }

    @Test
    void anUnpaidRoleSaidInOtherWordsIsVolunteering() {
        String head = "Communications coordinator\n\nHorizons is looking for a communications coordinator.\n\n";
        for (String line : new String[] {"This is a voluntary role, about 4 hours a week.", "Ce poste est bénévole.",
            "Il s'agit d'une mission non rémunérée.", "Deze functie is onbezoldigd.", "Het gaat om een vrijwillige functie.",
            "Commitment: 5 hours per week, volunteer basis.", "Position type: Volunteer"}) {
            assertThat(extractor.extract(head + line + "\n").contractType()).as(line).isEqualTo(ContractType.VOLUNTEER);
        }
        assertThat(extractor.extract(head + "Job type: Part-time, Temporary\n").contractType()).isEqualTo(ContractType.CDD);
        // an unpaid internship stays an internship
        assertThat(extractor.extract("Stagiaire communication\n\nStage non rémunéré de 6 semaines.\n").contractType())
                .isEqualTo(ContractType.STAGE);
    }
}
