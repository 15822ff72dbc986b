package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.DocumentRequirement;

/**
 * A web form copied with its page: its file fields marked required name the documents asked, the others do not
 * (rules 36). A text written for the test, in the shape of a careers site's form.
 */
class UploadFieldsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aRequiredFileFieldAsksForItsDocument() {
        String text = "Project Manager Farm Sustainability\n\nYou will lead our sustainability projects with farmers.\n\n"
                + "Apply now\n\nFirst name\n\nLast name\n\nEmail\n\nResume * Filesize cannot exceed 7MB.\n\n"
                + "Cover letter Filesize cannot exceed 5MB.\n\nAttachment Filesize cannot exceed 10MB.\n";
        var docs = extractor.extract(text).requiredDocuments();
        assertThat(docs).extracting(DocumentRequirement::kind).containsExactly("cv");
    }

    @Test
    void aFrenchFormMarksItsFieldObligatoire() {
        String text = "Chargé de mission\n\nVous animerez le réseau des adhérents.\n\nPostuler\n\nNom\n\n"
                + "Lettre de motivation (obligatoire) Choisir un fichier\n\nPortfolio Choisir un fichier\n";
        var docs = extractor.extract(text).requiredDocuments();
        assertThat(docs).extracting(DocumentRequirement::kind).containsExactly("cover_letter");
    }
}
