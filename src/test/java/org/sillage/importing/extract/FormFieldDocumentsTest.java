package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.DocumentRequirement;

/** The file fields of an application form that a page's front matter defines ask for the documents they name. */
class FormFieldDocumentsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aFormsFileFieldsInTheFrontMatterAskForTheirDocuments() {
        var e = extractor.extract("""
                ---
                title: Vacatures
                apply_form:
                  title: Sollicitatieformulier
                  fields:
                    - key: naam
                      title: Naam
                      required: true
                      type: text
                    - key: letter
                      title: Motivatiebrief
                      content: |
                        Hoogstens één pagina.
                      required: true
                      type: file
                    - key: resume
                      label: |
                        CV
                      required: true
                      type: file
                    - key: portfolio
                      title: Portfolio
                      required: false
                      type: file
                ---

                ## Vrijwilliger communicatie

                Wij zoeken een vrijwilliger voor onze nieuwsbrief. Solliciteer met het formulier hieronder.
                """);
        assertThat(e.requiredDocuments()).extracting(DocumentRequirement::kind)
                .containsExactlyInAnyOrder("cover_letter", "cv");
    }

    @Test
    void aTextFieldNamingADocumentAsksForNone() {
        var e = extractor.extract("""
                ---
                title: Jobs
                form:
                  questions:
                    - label: Link to your portfolio or CV, if you have one
                      type: text
                ---

                # Volunteer translator

                Help us translate our newsletter.
                """);
        assertThat(e.requiredDocuments()).isEmpty();
    }
}
