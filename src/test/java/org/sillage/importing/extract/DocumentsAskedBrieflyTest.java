package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sillage.domain.DocumentRequirement;
import org.sillage.domain.Necessity;

/** Documents asked in a few words, in Dutch (« Reageer met cv en motivatie ») and English ("if available"). */
class DocumentsAskedBrieflyTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private List<String> required(String text) {
        return extractor.extract(text).requiredDocuments().stream().filter(d -> d.necessity() == Necessity.REQUIRED)
                .map(DocumentRequirement::kind).toList();
    }

    @Test
    void dutchRespondWithACv() {
        assertThat(required("Projectmedewerker\n\nStichting Horizons\n\nTaken: workshops geven en de vrijwilligers begeleiden.\n\n"
                + "Reageer met cv en motivatie via vacatures@horizons.nl.\n")).containsExactlyInAnyOrder("cv", "cover_letter");
        // no CV needed: none asked
        assertThat(required("Monteur\n\nVan Dis\n\nTaken: storingen verhelpen bij klanten in de regio.\n\n"
                + "Geen cv nodig, reageer in 1 minuut via het formulier.\n")).isEmpty();
    }

    @Test
    void ifAvailableMakesTheDocumentOptional() {
        assertThat(required("Project Officer\n\nHorizons Foundation\n\nResponsibilities: run workshops for the volunteers of the "
                + "foundation and report on them.\n\nPlease submit your resume, cover letter, and, if available, a writing sample "
                + "to jobs@horizons.org.\n")).containsExactlyInAnyOrder("cv", "cover_letter");
    }
}
