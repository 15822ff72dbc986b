package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What stands before the job or the employer without being either: praise joined by "and" in a recruiting sentence,
 * a form's label without its colon, the day a job board posted the offer under its heading.
 */
class FormLabelsAndPraiseTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aDutchAssociationAlwaysLookingForVolunteersIsTheEmployerAndAtInsideAWordIsNoPreposition() {
        var f = extractor.extract("""
                Vrijwilliger zijn

                Zwerfkat Wommelgem vzw is steeds op zoek naar vrijwilligers. Er zijn diverse taken.

                Het verzorgen van de dieren in de asielverblijven.

                Interesse? Mail naar info@voorbeeld.be
                """);
        assertThat(f.organization()).isEqualTo("Zwerfkat Wommelgem vzw");
    }

    @Test
    void aJobBoardsSectionHeadingsAreNeitherTheTitleNorTheEmployer() {
        var f = extractor.extract("""
                Full job description

                Company Description

                Headquartered in Southern California, Acmeshoes has spent nearly 30 years making shoes.

                Job Description

                JOB PURPOSE-

                The position of Business Analyst will shape our business strategies.

                ESSENTIAL JOB RESULTS-

                - Leverage data to identify opportunities.
                """);
        assertThat(f.title()).isNotEqualToIgnoringCase("Job Purpose").isNotEqualTo("JOB PURPOSE-");
        assertThat(f.organization()).isNotEqualTo("Company Description");
    }

    @Test
    void praiseJoinedByAndIsNotTheJob() {
        assertThat(extractor.extract("""
                Our work spans turbulence and environmental fluid mechanics, with laboratory and field experiments.

                We are looking for an enthusiastic and self-motivated research engineer with good communication skills to join our group.

                Send your CV to lab@uni.example.edu.
                """).title()).isEqualTo("Research engineer");
    }

    @Test
    void aFormsLabelWithoutItsColonIsNoPartOfTheTitle() {
        assertThat(TitleTrim.trimTitle("Position Title PhD Student in Experimental Fluid Dynamics"))
                .isEqualTo("PhD Student in Experimental Fluid Dynamics");
        assertThat(TitleTrim.trimTitle("Job Title Accountant")).isEqualTo("Accountant");
        assertThat(TitleTrim.trimTitle("Position title holder")).isEqualTo("Position title holder");
    }

    @Test
    void aJobBoardsDateUnderItsHeadingIsNoEmployer() {
        assertThat(OrganizationSpans.nameLike("January 05, 2008")).isFalse();
        assertThat(OrganizationSpans.nameLike("12 mars 2024")).isFalse();
        assertThat(OrganizationSpans.nameLike("Basic Education and Employable Skill Training")).isTrue();
        assertThat(extractor.extract("""
                JOB ANNOUNCEMENT

                January 05, 2008

                BEST (Basic Education and Employable Skill Training) is a non-profit organization.
                We are looking for a qualified professional for the following Position based in Main Office Peshawar:

                FINANCE MANAGER

                EXPERIENCE: At least five years in a similar position.

                The last Date for submission of application is 17th January, 2008. Send your CV to jobs@best.example.org.
                """).organization()).isNotEqualTo("January 05, 2008");
    }

    @Test
    void theJobsOwnWordDefinedAsTheJobIsNoEmployer() throws Exception {
        // "The Organiser is a pro-active, helpful individual", "The Organiser is the first point of contact": the job's
        // own word, defined as a body would be, five times over
        String text = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                "src/test/resources/corpus/pool-fortyfirst/4101_bjc-coalition-organiser.md")), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(extractor.extract(text).organization()).isNotEqualTo("Organiser");
    }
}
