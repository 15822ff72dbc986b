package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An application form to fill in and send back is a document asked (rules 28); a form on the web is the way to apply,
 * not a document.
 */
class ApplicationFormToReturnTest {
    private List<String> required(String text) {
        return RequiredDocuments.of(text);
    }

    @Test
    void aFormToReturn() {
        assertThat(required("Centre Coordinator\n\nHorizons Community Centre\n\nHow to apply\n\nDownload the application "
                + "form by clicking the button below. Return it to us by email at jobs@horizons.org.uk.\n"))
                .containsExactly("other:application_form");
        assertThat(required("Head Teacher\n\nHorizons School\n\nTo Apply:\n\n- Complete the attached application form\n"
                + "- Scan and email it to info@horizons.school\n"))
                .containsExactly("other:application_form");
        assertThat(required("Administrator\n\nHorizons Project\n\nPlease complete our application form ([PDF to print]"
                + "(files/horizons-application-form.pdf)) and send it with your CV to jobs@horizons.org.\n"))
                .contains("other:application_form", "cv");
    }

    @Test
    void aFormOnTheWebIsNoDocument() {
        assertThat(required("Python Developer\n\nHorizons Ltd\n\nPlease complete our online [application form]"
                + "(https://www.horizons.com/careers/application-form/)\n")).isEmpty();
        assertThat(required("Python Developer\n\nHorizons Ltd\n\nTo apply, please complete the application form on our "
                + "website, www.horizons.com/careers.\n")).isEmpty();
        assertThat(required("Content Specialist\n\nHorizons\n\nPlease upload your resume and cover letter using this "
                + "[application form](https://forms.gle/abc).\n")).containsExactlyInAnyOrder("cv", "cover_letter");
        assertThat(required("Elections Assistant\n\nHorizons Club\n\nSend your CV and a cover letter to jobs@horizons.org. "
                + "Please make sure you have also answered the question on the application form.\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter");
    }
}
