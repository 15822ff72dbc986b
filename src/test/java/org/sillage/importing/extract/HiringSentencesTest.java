package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;

/**
 * "X is hiring a Y" and its kin (the auxiliary before the verb was never read), a start the role "commences", a rate
 * by the hour, and a language among what is "useful but not required".
 */
class HiringSentencesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private PostingFields read(String text) {
        return extractor.extract(text);
    }

    @Test
    void whoIsAtTheSearchOfSomeoneRecruitsAndALoginIsNoEmployer() {
        var f = extractor.extract("""
                ---
                layout: post
                title: "Offre d'emploi: développeuse ou développeur PHP"
                author: vincent
                ---

                Territoires est à la recherche d'un être humain qui s'intégrera à l'équipe de développement.

                Contrat de 4 mois, renouvelable.
                """);
        assertThat(f.organization()).isEqualTo("Territoires");
        var cfs = extractor.extract("""
                Payroll Officer

                Le CFS Centre de Formation Sportive est à la recherche d'un(e) employé(e) en paie pour son bureau.
                """);
        assertThat(cfs.organization()).isEqualTo("CFS Centre de Formation Sportive");
        var actively = extractor.extract("""
                Animateur

                Caligram est activement à la recherche d'un animateur pour ses ateliers.
                """);
        assertThat(actively.organization()).isEqualTo("Caligram");
    }

    @Test
    void aPageTitledWithAHiringSentenceIsTitledWithItsJob() {
        assertThat(read("""
                ---
                title: "CLOSED: Example Commons is Hiring a Community Manager"
                ---

                Example Commons supports open research software. Send a CV to jobs@commons.example.org.
                """).title()).isEqualTo("Community Manager");
    }

    @Test
    void theJobIsWhatIsHiredNotTheHiringNorItsHours() {
        assertThat(read("""
                Careers

                The Example Sky Project is seeking to hire a full-time or part-time research software engineer to develop
                its core library. Apply at jobs@sky.example.org.
                """).title()).isEqualTo("Research software engineer");
    }

    @Test
    void whoRecruitsStandsBeforeTheBracketsThatListItsMembers() {
        PostingFields f = read("""
                Postdoctoral position in ocean dynamics

                The Tidewater team (Westbury Institute, Northport Lab & Example University, France) is seeking a
                postdoctoral researcher to work on internal tides. Apply at tides@westbury.example.org.
                """);
        assertThat(f.organization()).doesNotContain(")").doesNotContain("France");
    }

    @Test
    void theRoleCommencesOnItsDay() {
        PostingFields f = read("Vice chair\n\nThe successful applicant will commence the role from 1 May 2019. "
                + "Submit a statement to chair@network.example.org.");
        assertThat(f.startDate()).isEqualTo(LocalDate.of(2019, 5, 1));
    }

    @Test
    void aRateByTheHourIsThePay() {
        assertThat(read("Plongeur\n\nPoste à temps partiel. Payé à l'heure au taux horaire de 23$. CV à rh@resto.example.ca.")
                .salaryText()).contains("23$");
        assertThat(read("Communications lead\n\nThe position requires 10-15 hours per week at a rate of 25-40$/hour based on "
                + "experience. Apply at jobs@example.org.").salaryText()).contains("25-40$/hour");
    }

    @Test
    void aLanguageUnderAHeadingOfWhatIsUsefulButNotRequiredIsNotRequired() {
        PostingFields f = read("""
                Community manager

                ## About you

                - Fluency speaking English
                - Experience with online communities

                ## About you - other expertise that will be useful but not required

                - Fluency speaking Spanish
                - Experience with Python

                Apply at jobs@example.org.
                """);
        assertThat(f.languagesRequired()).contains("en").doesNotContain("es");
    }

    @Test
    void remoteWorkSaidInBracketsAfterAPlaceIsTheBrackets() {
        assertThat(read("Cloud engineer\n\nAbility to work in Pasadena, CA (remote work is possible). Apply at jobs@example.com.")
                .remoteText()).isEqualTo("remote work is possible");
        assertThat(read("UX designer\n\nLocation: Washington, DC; Virtual (100% Remote)\n\nApply at jobs@example.gov.")
                .remoteText()).isEqualTo("Virtual (100% Remote)");
    }
}
