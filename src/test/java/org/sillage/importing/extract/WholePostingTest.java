package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sillage.domain.ContractType;
import org.sillage.domain.PostingFields;

/** Whole postings in the styles the extractor meets: a Dutch vacancy, a French job board, an NGO PDF. */
class WholePostingTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void readsADutchVacancy() {
        PostingFields f = extractor.extract("""
                Vacature: Projectmedewerker Internationale Samenwerking (32 uur)

                Stichting Wereldwerk zoekt een enthousiaste projectmedewerker voor haar team.

                Wat bieden wij
                Een tijdelijk contract voor 1 jaar, met uitzicht op een vast contract.
                Salaris: schaal 8, max. € 3.800 bruto per maand.
                Standplaats: Utrecht
                Startdatum: 1 april 2024

                Wat vragen wij
                - minimaal 3 jaar werkervaring;
                - uitstekende beheersing van het Nederlands en Engels; Frans is een pluspunt;
                - rijbewijs B.

                Solliciteren
                Stuur je cv en motivatiebrief vóór 15 maart 2024 naar vacatures@wereldwerk.nl onder vermelding van 'Projectmedewerker'.
                """);
        assertThat(f.language()).isEqualTo("nl");
        assertThat(f.title()).isEqualTo("Projectmedewerker Internationale Samenwerking (32 uur)");
        assertThat(f.organization()).isEqualTo("Stichting Wereldwerk");
        assertThat(f.contractType()).isEqualTo(ContractType.CDD);
        assertThat(f.salaryText()).isEqualTo("schaal 8, max. € 3.800 bruto per maand");
        assertThat(f.location()).isEqualTo("Utrecht");
        assertThat(f.startDate()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(f.experienceYears()).isEqualTo(3);
        assertThat(f.languagesRequired()).containsExactly("en", "nl");
        assertThat(f.drivingLicence()).isTrue();
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(f.requiredDocumentKinds()).containsExactly("cv", "cover_letter");
        assertThat(f.applicationEmails()).containsExactly("vacatures@wereldwerk.nl");
        assertThat(f.applicationSubject()).isEqualTo("Projectmedewerker");
    }

    @Test
    void readsAFrenchJobBoardPage() {
        PostingFields f = extractor.extract("""
                Chargé·e de communication

                Association Les Petits Débrouillards

                CDI
                Salaire : 30K à 34K €
                Expérience : > 2 ans
                Télétravail occasionnel
                Publiée le 12/03/2024

                Le poste
                Vous rejoindrez une équipe de 12 personnes à Rennes.
                """);
        assertThat(f.title()).isEqualTo("Chargé·e de communication");
        assertThat(f.organization()).isEqualTo("Association Les Petits Débrouillards");
        assertThat(f.contractType()).isEqualTo(ContractType.CDI);
        assertThat(f.salaryText()).isEqualTo("30K à 34K €");
        assertThat(f.experienceYears()).isEqualTo(2);
        assertThat(f.remoteText()).isEqualTo("Télétravail occasionnel");
        assertThat(f.postedDate()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(f.deadline()).isNull();
    }

    @Test
    void readsAnNgoPdfOffer() {
        PostingFields f = extractor.extract("""
                OFFRE D'EMPLOI

                L'association Solidarité Nord-Sud recrute un(e) Chargé(e) de projets Afrique de l'Ouest

                Poste basé au 12 rue des Arts, 59000 Lille. Déplacements fréquents.
                Contrat : CDD de 12 mois, temps plein. Rémunération : 2 100 € brut mensuel.
                Prise de poste : 1er septembre 2024.

                Profil : Bac+5, expérience de 2 ans minimum dans la gestion de projets. Anglais courant exigé.

                Candidature : CV et lettre de motivation à envoyer au plus tard le lundi 15 juillet 2024 à 18h
                à recrutement@solidarite-nord-sud.org, en précisant en objet « CPA 2024 ».
                """);
        assertThat(f.title()).isEqualTo("Chargé(e) de projets Afrique de l'Ouest");
        assertThat(f.organization()).isEqualTo("Solidarité Nord-Sud");
        assertThat(f.location()).isEqualTo("Lille");
        assertThat(f.contractType()).isEqualTo(ContractType.CDD);
        assertThat(f.salaryText()).isEqualTo("2 100 € brut mensuel");
        assertThat(f.startDate()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(f.experienceYears()).isEqualTo(2);
        assertThat(f.languagesRequired()).containsExactly("en");
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2024, 7, 15));
        assertThat(f.deadlineTime()).hasToString("18:00");
        assertThat(f.requiredDocumentKinds()).containsExactly("cv", "cover_letter");
        assertThat(f.applicationEmails()).containsExactly("recrutement@solidarite-nord-sud.org");
        assertThat(f.applicationSubject()).isEqualTo("CPA 2024");
    }
}
