package org.sillage.ui.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.sillage.domain.EmailDraft;
import org.sillage.i18n.Messages;

class EmailComposeTest {
    private final Messages m = Messages.forLocale(Locale.ENGLISH);

    @Test
    void a_letter_by_post_with_a_copy_by_e_mail_leads_with_the_address_and_lists_the_copy_once() {
        var d = new EmailDraft(List.of("copy@example.org"), List.of("copy@example.org"), "Application", "Hello",
                "Agence\nDoorniksestraat 63\nBE-8500 Kortrijk", "fr");
        var v = EmailActions.compose(d, m);
        assertThat(v.header()).contains("letter by post");
        assertThat(v.text()).startsWith("This posting asks for applications by post, to:\nAgence");
        assertThat(v.text()).contains("A copy by e-mail to: copy@example.org\n").doesNotContain("To:").doesNotContain("Cc:");
    }

    @Test
    void an_e_mail_is_honest_about_the_mail_client_and_a_posting_without_address_says_only_that() {
        var v = EmailActions.compose(new EmailDraft(List.of("rh@example.org"), List.of(), "Application", "Hello", null, "en"), m);
        assertThat(v.header()).contains("If no mail client opened").doesNotContain("opens with this");
        assertThat(v.text()).startsWith("To: rh@example.org\nSubject: Application");
        var none = EmailActions.compose(new EmailDraft(List.of(), List.of(), "Application", "Hello", null, "en"), m);
        assertThat(none.hasEmail()).isFalse();
        assertThat(none.byPost()).isFalse();
        assertThat(none.header()).isEqualTo("No address to apply to");
    }

    @Test
    void a_calendar_file_is_named_after_what_it_holds() {
        assertThat(EmailActions.fileName("Coordinateur(trice) de projets")).isEqualTo("sillage-coordinateur-trice-de-projets.ics");
        assertThat(EmailActions.fileName(null)).isEqualTo("sillage-agenda.ics");
    }
}
