package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;

/** Every date gets a role from its context; a deadline only from a cue that says so (synthetic: they test the rule). */
class DateRolesTest {

    private static PostingFields read(String text) {
        return new RuleExtractor().extract(text);
    }

    @Test
    void applyingVerbWithABoundMakesADeadline() {
        assertThat(read("Chargé de mission\n\nLes candidatures doivent nous parvenir pour le 12 mars 2025.").deadline())
                .isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(read("Project officer\n\nApplications must reach us by 3 May 2024.").deadline())
                .isEqualTo(LocalDate.of(2024, 5, 3));
    }

    @Test
    void theEndOfAnApplicationPeriodIsTheDeadline() {
        PostingFields f = read("Analyst\n\nOpening and closing period for this job application:\n"
                + "Wednesday, May 5, 2021 EDT to 11:59pm on Friday, May 14, 2021 EDT");
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2021, 5, 14));
    }

    @Test
    void theEndOfAContractIsNotADeadline() {
        assertThat(read("Animateur\n\nContrat du 1er juillet 2024 au 31 décembre 2024. Envoyez votre CV.").deadline()).isNull();
    }

    @Test
    void interviewsAndStartsAreNotDeadlines() {
        assertThat(read("Chargée de projet\n\nCandidature : CV à rh@x.fr. Entretiens le 12 mai 2024, prise de poste le 3 juin 2024.")
                .deadline()).isNull();
        // a Dutch compound: the interview is in the word that says applying
        assertThat(read("Coördinator\n\nStuur je cv naar jobs@x.nl.\n\nSollicitatiegesprekken vinden plaats tot 20 maart 2025.")
                .deadline()).isNull();
        assertThat(read("Coördinator\n\nSolliciteren kan tot 20 maart 2025 via jobs@x.nl.").deadline())
                .isEqualTo(LocalDate.of(2025, 3, 20));
    }

    @Test
    void aFrontMatterClosingKeyIsADeadlineAndATimestampsMidnightIsNoTime() {
        PostingFields f = read("---\ntitle: Analyst\ncloses: 2024-09-24 00:00:00 Z\n---\n\nText.");
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2024, 9, 24));
        assertThat(f.deadlineTime()).isNull();
    }

    @Test
    void aWeekdaySettlesAMissingYear() {
        PostingFields f = read("---\ndate: 2025-05-20\n---\nValidator\n\nApply before Wednesday June 11th 23h59 CET.");
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2025, 6, 11));
    }

    @Test
    void theOrganisationIsTheNameBehindTheDomainAndNeverAPerson() {
        PostingFields f = read("Chargé de communication\n\nOxybulle est une ASBL active depuis 2020.\n\n"
                + "Envoyez votre CV à Stéphanie Martin (stephanie.martin@oxybulle.org).");
        assertThat(f.organization()).isEqualTo("Oxybulle");
    }

    @Test
    void aSpelledOutAddressIsRead() {
        PostingFields f = read("Chargé de projet\n\nEnvoyez votre CV et lettre de motivation à oxy arobase oxybulle point org");
        assertThat(f.applicationEmails()).containsExactly("oxy@oxybulle.org");
    }
}
