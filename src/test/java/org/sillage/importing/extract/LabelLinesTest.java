package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lines that are labels, not titles: "Master Internship proposal", « Lab Learning Fiche de poste » (a name, then a label). */
class LabelLinesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aMastersInternshipLabelIsNoTitle() {
        assertThat(extractor.extract("""
                Master Internship proposal

                Graph Sampling in Graph Machine Learning

                In the last few years, Graph Machine Learning went from a subfield to a field of its own.
                """).title()).isEqualTo("Graph Sampling in Graph Machine Learning");
    }

    @Test
    void aBodysNameThenALabelIsNoTitle() {
        assertThat(extractor.extract("""
                Lab Learning Fiche de poste
                N° déclaration d'activité : 76341315134

                Formateur·rice Hygiène alimentaire & HACCP
                Former les équipes de restaurants aux bonnes pratiques d'hygiène.
                """).title()).isEqualTo("Formateur·rice Hygiène alimentaire & HACCP");
    }

    @Test
    void aRoleTitleLabelAndABrowsersNotificationCountAreNotTheTitle() {
        assertThat(TitleTrim.trimTitle("Role Title – Head of AI & Business Development"))
                .isEqualTo("Head of AI & Business Development");
        assertThat(TitleTrim.trimTitle("(11) Python Engineer (Medical Imaging)")).isEqualTo("Python Engineer (Medical Imaging)");
        assertThat(TitleTrim.trimTitle("(2021) Annual Report")).isEqualTo("(2021) Annual Report");
        assertThat(TitleTrim.trimTitle("Role of the board")).isEqualTo("Role of the board");
        assertThat(TitleTrim.trimTitle("POST TITLE: Digital Communications Lead")).isEqualTo("Digital Communications Lead");
        assertThat(TitleTrim.trimTitle("Title: Data Officer")).isEqualTo("Data Officer");
        assertThat(TitleTrim.trimTitle("Post-doctoral researcher")).isEqualTo("Post-doctoral researcher");
    }

    @Test
    void aTablesLabelRunIntoItsValue() {
        assertThat(TitleTrim.trimTitle("Post Quality Manager")).isEqualTo("Quality Manager");
        assertThat(TitleTrim.trimTitle("Job Title Data Officer")).isEqualTo("Data Officer");
        assertThat(TitleTrim.trimTitle("Post Doctoral Research Associate")).isEqualTo("Post Doctoral Research Associate");
        assertThat(TitleTrim.trimTitle("Postdoctoral Fellow")).isEqualTo("Postdoctoral Fellow");
    }

    @Test
    void aJobThenALabelKeepsTheJob() {
        assertThat(extractor.extract("""
                Animateur jeunesse fiche de poste

                La commune recrute.
                """).title()).startsWith("Animateur jeunesse");
    }

    @Test
    void praiseBeforeTheJobInARecruitingSentenceGoesNotInAHeading() {
        assertThat(extractor.extract("""
                Over ons

                Stichting De Brug zoekt een enthousiaste coördinator.

                Stuur je cv naar vacature@debrug.nl
                """).title()).isEqualTo("Coördinator");
        assertThat(TitleTrim.withoutPraise("Enthusiastic Project Manager")).isEqualTo("Project Manager");
        assertThat(TitleTrim.trimTitle("Enthousiaste leerkracht gezocht")).startsWith("Enthousiaste");
    }
}
