package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The letter asked in other words (« ta motivation », "a statement why…"), and documents a contact sentence includes. */
class LetterInOtherWordsTest {
    private List<String> required(String text) {
        return RequiredDocuments.of(text);
    }

    @Test
    void aMotivationSaidToTuIsTheLetter() {
        assertThat(required("Stagiaire communication\n\nL'association Horizons cherche un·e stagiaire.\n\n"
                + "Écris-nous à stage@horizons.fr avec un paragraphe expliquant ta motivation et ton CV.\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter");
        // a motivation spoken of with no CV near is no document
        assertThat(required("Stagiaire communication\n\nL'association Horizons cherche un·e stagiaire.\n\n"
                + "Nous comptons sur ta motivation pour animer les ateliers du samedi matin avec l'équipe.\n")).isEmpty();
    }

    @Test
    void aStatementWhyOrAOnePageMotivationIsTheLetter() {
        String head = "Project Coordinator\n\nHorizons Project is hiring a coordinator.\n\n";
        assertThat(required(head + "If you are interested please contact us at jobs@horizons.org with your CV, including relevant "
                + "experience, and a statement why you think you are suitable.\n")).containsExactlyInAnyOrder("cv", "cover_letter");
        assertThat(required(head + "Please forward your curriculum vitae and a one page motivation as to why you are suitable to "
                + "jobs@horizons.org.\n")).containsExactlyInAnyOrder("cv", "cover_letter");
    }

    @Test
    void aContactSentenceIncludingTheDocumentsAsksThem() {
        assertThat(required("Director\n\nHorizons Foundation\n\nPlease contact Sam on sam@horizons.org including a CV and "
                + "covering letter and say how you found out about the role.\n")).containsExactlyInAnyOrder("cv", "cover_letter");
    }

    @Test
    void aMotivationSentOrBesideTheCvIsTheLetter() {
        String head = "Student assistant\n\nHorizons Lab\n\nYou will annotate images for the lab's research.\n\n";
        assertThat(required(head + "If you are interested please send your CV and motivation to Dr. Sam Laak (sam@horizons.nl).\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter");
        assertThat(required("Organisatielid sponsoring\n\nStichting Horizons\n\nInteresse? Stuur dan meteen een motivatie naar "
                + "ivar@horizons.nl of stuur een appje.\n")).containsExactly("cover_letter");
        // motivation spoken of, not sent
        assertThat(required(head + "Experience matters less to us than cultural fit, motivation and passion.\n")).isEmpty();
        // "a couple of paragraphs about why…"
        assertThat(required(head + "To apply, send a couple of paragraphs about why you think you'd be suitable for the role to "
                + "jobs@horizons.org.\n")).containsExactly("cover_letter");
    }

    @Test
    void theListAfterAnAddressToWriteWith() {
        assertThat(required("Community Officer\n\nHorizons Co-op\n\nInterested?\n\nEmail jobs@horizons.org with:\n\n"
                + "- A short statement about your experience in community groups\n- A recent CV\n- A link to any projects you've been part of\n"))
                .contains("cv");
    }

    @Test
    void aTextExplainingTheReasonsIsTheLetter() {
        assertThat(required("Rédacteurs bénévoles\n\nRevue Horizons\n\nMerci d'envoyer un CV d'une page et un texte d'environ 200 "
                + "mots expliquant les raisons pour lesquelles vous souhaitez rejoindre l'équipe à redaction@horizons.fr.\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter");
        // the reasons of something else, with nothing sent
        assertThat(required("Rédacteurs bénévoles\n\nRevue Horizons\n\nUn article expliquant les raisons de la crise sera publié.\n"))
                .isEmpty();
    }

    @Test
    void aDutchCvSentPerhapsIsOptional() {
        assertThat(required("Weekendkracht\n\nDierentuin Horizons\n\nStuur een korte motivatiebrief en eventueel C.V. naar "
                + "info@horizons.nl.\n")).containsExactly("cover_letter");
    }

    @Test
    void somethingYouHaveWrittenIsAWritingSample() {
        assertThat(required("PhD position\n\nHorizons Lab\n\nIn your application include a motivation letter, your CV and your "
                + "Master thesis or other work you’ve written in English.\n")).contains("writing_sample");
    }
}
