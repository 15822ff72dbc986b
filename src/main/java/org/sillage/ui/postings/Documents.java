package org.sillage.ui.postings;

import java.util.ArrayList;
import java.util.List;

import org.sillage.domain.DocumentRequirement;
import org.sillage.domain.PostingFields;
import org.sillage.i18n.Messages;

/** Documents in words: "CV (PDF, 1 page max.) · Cover letter · Portfolio (optional)". */
final class Documents {
    private Documents() {
    }

    static String describe(PostingFields f, Messages m) {
        List<String> parts = new ArrayList<>();
        for (DocumentRequirement d : f.requiredDocuments()) {
            List<String> details = new ArrayList<>();
            if (d.format() != null) {
                details.add(d.format());
            }
            if (d.length() != null) {
                details.add(d.length());
            }
            if (d.language() != null) {
                details.add(d.language());
            }
            switch (d.necessity()) {
                case OPTIONAL -> details.add(m.get("document.optional"));
                case WAIVED -> details.add(m.get("document.waived"));
                default -> { }
            }
            String name = m.documentKind(d.kind());
            parts.add(details.isEmpty() ? name : name + " (" + String.join(", ", details) + ")");
        }
        return String.join(" · ", parts);
    }

}
