package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An « or » joins the two items around it, not the whole list (rules 28): "portfolio or professional links, writing
 * samples" asks for the writing samples too; "an explanation of your interest in the position" is the letter.
 */
class ListGoesOnAfterAnOrTest {
    private List<String> required(String text) {
        return RequiredDocuments.of(text);
    }

    @Test
    void theListGoesOnAfterAnOr() {
        assertThat(required("Project Manager\n\nHorizons Coop\n\nPlease be prepared to share the following: a cover letter, "
                + "resume/CV, portfolio or professional links, writing samples, availability to start.\n"))
                .containsExactlyInAnyOrder("cover_letter", "cv", "portfolio", "writing_sample");
        // an « or » right between two documents still makes them alternatives
        assertThat(required("Developer\n\nHorizons Coop\n\nSend your LinkedIn or your CV to jobs@horizons.coop.\n"))
                .containsExactly("cv");
    }

    @Test
    void anExplanationOfYourInterestIsTheLetter() {
        assertThat(required("Postdoctoral Fellow\n\nHorizons Lab\n\nApplications should include a brief explanation of your "
                + "interest in the position, an outline of your training, and a CV.\n"))
                .contains("cover_letter", "cv");
    }
}
