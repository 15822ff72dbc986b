package org.sillage.importing.extract;

import java.util.List;
import org.sillage.domain.DocumentRequirement;
import org.sillage.domain.Necessity;

/** The kinds of the documents a text is read to require, for the tests of the documents' rules. */
final class RequiredDocuments {
    private static final RuleExtractor EXTRACTOR = new RuleExtractor();

    private RequiredDocuments() {
    }

    static List<String> of(String text) {
        return EXTRACTOR.extract(text).requiredDocuments().stream().filter(d -> d.necessity() == Necessity.REQUIRED)
                .map(DocumentRequirement::kind).toList();
    }
}
