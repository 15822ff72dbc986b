package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.DocumentRequirement;

/**
 * Documents asked by "contact X with a resume" and by a Dutch « resumé en begeleidende brief »; an address written
 * with spaces around its « @ »; a paper's « Références » heading asks for none.
 */
class ContactWithDocumentsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void contactingSomeoneWithAResumeSendsIt() {
        var e = extractor.extract("""
                Internship: graph streams

                We study interactions over time. Please contact maria.lopez@lab-x.org with a resume and a brief
                email stating your motivations.
                """);
        assertThat(e.requiredDocuments()).extracting(DocumentRequirement::kind).containsExactlyInAnyOrder("cv", "cover_letter");
    }

    @Test
    void aDutchResumeAndAccompanyingLetterWithAnAddressSpacedAroundItsAt() {
        var e = extractor.extract("""
                Vacature: online coach

                Herkent u zich in dit profiel? Stuur ons dan uw resumé en een korte begeleidende brief.
                Contact: vacatures @ coachpraktijk.nl
                """);
        assertThat(e.requiredDocuments()).extracting(DocumentRequirement::kind).containsExactlyInAnyOrder("cv", "cover_letter");
        assertThat(e.applicationEmails()).containsExactly("vacatures@coachpraktijk.nl");
    }

    @Test
    void aPapersReferencesHeadingAsksForNoReferences() {
        var e = extractor.extract("""
                Stage de master : suivi acoustique des cétacés

                5. Candidatures
                Merci d'envoyer un CV et une lettre de motivation à jeanne.martin@lab-y.fr.

                Références
                [Durand, 2019] Durand, P. (2019). Acoustic monitoring of whales. Journal of Sound, 12, 1-9.
                """);
        assertThat(e.requiredDocuments()).extracting(DocumentRequirement::kind).containsExactlyInAnyOrder("cv", "cover_letter");
    }
}
