package org.sillage.domain;

import java.util.List;

/**
 * A ready-to-send application e-mail: recipients, the subject the posting requires (placeholders filled
 * from the candidate's profile), and a short body in the posting's language.
 */
public record EmailDraft(List<String> to, List<String> cc, String subject, String body, String postalAddress,
                         String language) {
    public EmailDraft {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
    }

    public boolean byEmail() {
        return !to.isEmpty();
    }
}
