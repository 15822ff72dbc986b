package org.sillage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sillage.domain.DocumentRequirement;
import org.sillage.importing.extract.RuleExtractor;

/**
 * The headings a format marks (an HTML table's lone header cell) open sections for the rules, like the headings
 * read from the text; a question about whether a document is needed asks for none.
 */
class FormatHeadingsTest {
    private final PostingReader reader = new PostingReader(ReadLimits.DEFAULT);
    private final RuleExtractor extractor = new RuleExtractor();

    private java.util.List<String> documents(String html) {
        SourceDocument d = reader.readBytes(html.getBytes(StandardCharsets.UTF_8), "offre.html");
        return extractor.extract(d.text(), d.structure()).requiredDocuments().stream().map(DocumentRequirement::kind).toList();
    }

    @Test
    void theDocumentsUnderATablesLoneHeaderCellAreAskedFor() {
        assertThat(documents("""
                <html><body><h1>Agent d'entretien</h1>
                <table><thead><tr><th>Le poste</th></tr></thead><tbody><tr><td>Entretien des locaux, 20 h par semaine.</td></tr></tbody></table>
                <table><thead><tr><th>Postuler</th></tr></thead><tbody><tr><td>
                <p>Merci d'adresser votre candidature à Mme Durand.</p>
                <p><strong>CV + Lettre de motivation</strong></p>
                </td></tr></tbody></table></body></html>
                """)).containsExactlyInAnyOrder("cv", "cover_letter");
    }

    @Test
    void aHeaderCellAmongOthersHeadsNoSection() {
        assertThat(documents("""
                <html><body><h1>Agent d'entretien</h1>
                <table><thead><tr><th>Postuler</th><th>Horaires</th></tr></thead><tbody><tr><td>Mairie</td><td>Matin</td></tr></tbody></table>
                <p>Notre équipe aime les CV bien tenus et les lettres manuscrites anciennes.</p>
                </body></html>
                """)).isEmpty();
    }

    @Test
    void aQuestionAboutNeedingADocumentUnderAnApplyingHeadingAsksForNone() {
        String html = """
                <html><body><h1>Servicemonteur</h1>
                <p>Geen cv nodig, reageer in 1 minuut.</p>
                <h3>Heb ik een cv nodig om te solliciteren?</h3>
                <p>Nee. Laat je naam en telefoonnummer achter via het formulier.</p>
                </body></html>
                """;
        SourceDocument d = reader.readBytes(html.getBytes(StandardCharsets.UTF_8), "offre.html");
        // nothing asked; « Geen cv nodig » may say that the CV is not needed (shown so, never put on the checklist)
        assertThat(extractor.extract(d.text(), d.structure()).requiredDocuments())
                .allMatch(r -> r.necessity() == org.sillage.domain.Necessity.WAIVED);
    }

    @Test
    void aSideColumnOfKeyFactsIsReadWithTheMainContent() {
        String html = """
                <html><body><main><h1>Grants fundraiser</h1>
                <p>You will write grant applications for charities across the country, from our small team.</p>
                <p>We are looking for a creative writer with experience of trusts and foundations.</p></main>
                <div class="side"><dl><dt>Location</dt><dd>Skipton, North Yorkshire</dd>
                <dt>Closing Date</dt><dd>28th May 2027 at 5pm</dd></dl></div>
                <div class="other"><dl><dt>Colour</dt><dd>Blue</dd></dl></div></body></html>
                """;
        SourceDocument d = reader.readBytes(html.getBytes(StandardCharsets.UTF_8), "offer.html");
        assertThat(d.text()).contains("Closing Date").doesNotContain("Colour");
        var fields = extractor.extract(d.text(), d.structure());
        assertThat(fields.deadline()).isEqualTo(java.time.LocalDate.of(2027, 5, 28));
        assertThat(fields.deadlineTime()).isEqualTo(java.time.LocalTime.of(17, 0));
    }

    @Test
    void anApplicationFormsFileFieldsNameTheDocumentsToSend() {
        assertThat(documents("""
                <html><body><main><h1>Volontaire en service civique</h1>
                <p>Tu accompagneras les bénévoles de l'épicerie solidaire pendant huit mois.</p>
                <form action="/postuler" method="post">
                <label for="nom">Nom</label><input id="nom" type="text">
                <label for="f-cv">Charger un CV*</label><input id="f-cv" type="file" required>
                <label>Charger une lettre de motivation* <input type="file" required></label>
                <button>Envoyer</button></form></main></body></html>
                """)).containsExactlyInAnyOrder("cv", "cover_letter");
    }
}
