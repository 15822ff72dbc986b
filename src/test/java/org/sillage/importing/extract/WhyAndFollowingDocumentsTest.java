package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sillage.domain.DocumentRequirement;

/** A list announced by "the following" without a colon, and a message that says why, sent with the application. */
class WhyAndFollowingDocumentsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private List<String> kinds(String body) {
        return extractor.extract(body).requiredDocuments().stream().map(DocumentRequirement::kind).toList();
    }

    @Test
    void aListAnnouncedByTheFollowingWithoutAColon() {
        assertThat(kinds("""
                Application procedure
                Applicants are required to send the following documents to jobs@lab.example.org

                • Your CV

                • A list of your top 2 publications (with a short justification for your choices)

                • Research statement

                If you have any questions, feel free to write.
                """)).containsExactlyInAnyOrder("cv", "other:list of publications", "other:research statement");
    }

    @Test
    void anEmailSayingWhyIsTheCoverLetter() {
        assertThat(kinds("To apply, please send an email to jobs@example.org telling us why you think you would be a good "
                + "fit for the role, and attach a CV.")).containsExactlyInAnyOrder("cover_letter", "cv");
        assertThat(kinds("Pour candidater, expliquez-nous pourquoi vous avez envie de nous rejoindre et envoyez-nous votre CV."))
                .containsExactlyInAnyOrder("cover_letter", "cv");
    }

    @Test
    void sayingWhyWithoutSendingAnythingAsksForNoLetter() {
        assertThat(kinds("You don't need to check all the boxes. Apply anyway! Tell us why you're the right fit for the job."))
                .doesNotContain("cover_letter");
    }

    @Test
    void aMotivationForApplyingBesideTheCv() {
        assertThat(kinds("""
                To apply, please send an email to both supervisors by January 31, 2024 with the following:
                - updated CV
                - brief description of your relevant background and motivation for applying for this position
                """)).containsExactlyInAnyOrder("cv", "cover_letter");
    }

    @Test
    void sayingWhyAsAnItemOfWhatToSendIsTheCoverLetter() {
        assertThat(kinds("""
                Front-end developer

                Klaar? Stuur ons een e-mail naar jobs@example.nl met daarin:

                Je 3 beste skills

                Website en/of CV

                Waarom je bij ons wilt werken
                """)).contains("cv", "cover_letter");
        assertThat(kinds("""
                Please send us the following:
                - your CV
                - why you want to join the team
                """)).contains("cv", "cover_letter");
    }

    @Test
    void sayingWhyInAParagraphAfterAListAsksForNoLetter() {
        assertThat(kinds("""
                Chef de la conception

                Merci de nous envoyer :
                - un lien vers votre CV

                Vous ne répondez pas parfaitement à toutes les exigences. Postulez quand même! Dites nous pourquoi vous
                êtes la bonne personne.
                """)).doesNotContain("cover_letter");
    }
}
