package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sillage.domain.DocumentRequirement;
import org.sillage.domain.PostingFields;

/**
 * Rules 35: the period a posting is shown (its end the deadline, its start the publication), interviews held as
 * applications come, a reference to quote, a dot spelled out in an address's name, and what a document's brackets
 * say it includes.
 */
class PostingPeriodAndReferencesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private static java.util.List<String> required(PostingFields f) {
        return f.requiredDocuments().stream().filter(d -> d.necessity() == org.sillage.domain.Necessity.REQUIRED)
                .map(DocumentRequirement::kind).toList();
    }

    private PostingFields read(String body) {
        return extractor.extract("Chargé de communication\n\nL'association Horizons recrute.\n\n" + body + "\n");
    }

    @Test
    void aPostingPeriodEndsOnTheDeadlineAndStartsOnThePublication() {
        PostingFields across = read("Details\n- Location: Montréal\n- Posting period: December 3 - January 6, 2019\n"
                + "- Interviews: January 13-14, 2019\n- Start date: January 15, 2019");
        assertThat(across.deadline()).isEqualTo(LocalDate.of(2019, 1, 6));
        assertThat(across.postedDate()).isEqualTo(LocalDate.of(2018, 12, 3));

        PostingFields glued = read("- Posting period: October 24-November 01, 2019\n\nSend your resume to jobs@horizons.org");
        assertThat(glued.deadline()).isEqualTo(LocalDate.of(2019, 11, 1));
        assertThat(glued.postedDate()).isEqualTo(LocalDate.of(2019, 10, 24));

        PostingFields french = read("Période d'affichage : du 3 décembre 2019 au 17 janvier 2020");
        assertThat(french.deadline()).isEqualTo(LocalDate.of(2020, 1, 17));
        assertThat(french.postedDate()).isEqualTo(LocalDate.of(2019, 12, 3));

        // a period whose first day has no month of its own: its end only
        PostingFields elided = read("Période d'affichage : du 3 au 17 décembre 2019");
        assertThat(elided.postedDate()).isNull();
    }

    @Test
    void interviewsHeldOnAnOngoingBasisKeepThePostOpen() {
        assertThat(read("Send your resume to jobs@horizons.org.\n"
                + "Application deadline: interviews will be conducted on an ongoing basis.").deadlineOpenUntilFilled()).isTrue();
        assertThat(read("You will support our partners on an ongoing basis.\nSend your resume to jobs@horizons.org.")
                .deadlineOpenUntilFilled()).isFalse();
    }

    @Test
    void aReferenceToQuoteIsTheSubject() {
        assertThat(read("Please quote reference PF22602 on your application and in any correspondence about this vacancy.")
                .applicationSubject()).isEqualTo("PF22602");
        assertThat(read("When applying please mention application number TUD00488.").applicationSubject())
                .isEqualTo("TUD00488");
        assertThat(read("Merci de transmettre votre CV par mail, en indiquant en objet la référence 24008\n"
                + "et l'intitulé de l'offre, à l'adresse rh@horizons.org.").applicationSubject()).isEqualTo("24008");
        assertThat(read("The email subject must start with “[postdoc-graphs]”. Incomplete applications will not be considered.")
                .applicationSubject()).isEqualTo("[postdoc-graphs]");
        assertThat(read("Les candidatures doivent être adressées au plus tard le 15.03.2024\nSous référence : CAMSP à :\n")
                .applicationSubject()).isEqualTo("CAMSP");
    }

    @Test
    void aReferenceNotGivenIsNoSubject() {
        assertThat(read("A CV should be emailed to the administrator. Please quote the job\n"
                + "reference number on all correspondence.").applicationSubject()).isNull();
    }

    @Test
    void aDotSpelledOutInTheNameIsPartOfTheAddress() {
        assertThat(read("To apply, please send a CV to Dr Daphne Tuncer at daphne dot tuncer at enpc dot fr.")
                .applicationEmails()).containsExactly("daphne.tuncer@enpc.fr");
        assertThat(read("To apply, please send a CV to daphne [dot] tuncer [at] enpc [dot] fr.").applicationEmails())
                .containsExactly("daphne.tuncer@enpc.fr");
    }

    @Test
    void aRecruitingSentenceInThePagesSummaryNamesTheEmployer() {
        String page = "---\ntitle: Communications Specialist\nshort_description: \"OpenNorth is seeking a Communications "
                + "Specialist fluent in French and English.\"\n---\n\n### Background\n\n"
                + "The Community Solutions Network (CSN) was established with this funding.\n\nApply to jobs@opennorth.ca\n";
        assertThat(extractor.extract(page).organization()).isEqualTo("OpenNorth");
        // a page's general description, which may speak of another body, is not read so
        String described = page.replace("short_description:", "description:");
        assertThat(extractor.extract(described).organization()).isNotEqualTo("OpenNorth");
    }

    @Test
    void whatADocumentIncludesIfApplicableLeavesTheDocumentRequired() {
        PostingFields f = read("To apply, please send the following to jobs@horizons.org:\n"
                + "1. A CV (including the list of publications if applicable)\n"
                + "2. A cover letter describing your motivation");
        assertThat(required(f)).contains("cv", "cover_letter");
        assertThat(required(read("To apply, please send a CV and, if applicable, a portfolio to jobs@horizons.org.")))
                .containsExactly("cv");
    }
}
