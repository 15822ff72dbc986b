package org.sillage.importing.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sillage.importing.PostingReader;
import org.sillage.importing.ReadLimits;
import org.sillage.importing.extract.RuleExtractor;

/** A posting kept as a JSON object (a site's data file) is read as a person reads it, not as JSON. */
class JsonPostingTextTest {
    private static final String OBJECT = """
                {
                    "id": "1753565674032",
                    "title": "Régisseur·se de salle",
                    "subtitle": "Temps plein / poste permanent",
                    "date": "2025-07-22",
                    "content": "<p><strong>À propos de nous</strong></p><p>Nous gérons une salle de spectacle de 400 places \
            au cœur de la ville et accueillons chaque année plus de cent représentations.</p><p><strong>Pour postuler</strong></p>\
            <p>Faites parvenir votre CV et une lettre de motivation à <a href=\\"mailto:rh@salle.example.ca\\">rh@salle.example.ca</a> \
            d'ici le 21 juillet 2025.</p>",
                    "salary": "45 000"
                },
            """;

    @Test
    void itsShortFieldsBecomeAFrontMatterAndItsHtmlText() {
        String text = JsonPostingText.of(OBJECT, "job.txt").orElseThrow();
        assertThat(text).startsWith("---\n").contains("title: \"Régisseur·se de salle\"").contains("date: \"2025-07-22\"")
                .doesNotContain("<p>").doesNotContain("\"content\"").doesNotContain("1753565674032")
                .contains("Faites parvenir votre CV et une lettre de motivation à rh@salle.example.ca");
    }

    @Test
    void theReaderGivesTheRulesThePostingAndTheRulesReadIt() {
        var doc = new PostingReader(ReadLimits.DEFAULT).readBytes(OBJECT.getBytes(StandardCharsets.UTF_8), "job.txt");
        var f = new RuleExtractor().extract(doc.text(), doc.structure());
        assertThat(f.title()).isEqualTo("Régisseur·se de salle");
        assertThat(f.postedDate()).hasToString("2025-07-22");
        assertThat(f.deadline()).hasToString("2025-07-21");
        assertThat(f.applicationEmails()).containsExactly("rh@salle.example.ca");
        assertThat(f.requiredDocuments()).extracting(d -> d.kind()).contains("cv", "cover_letter");
    }

    @Test
    void oneObjectInAListIsReadAsTheObject() {
        String listed = "[" + OBJECT.strip().replaceAll(",$", "") + "]";
        assertThat(JsonPostingText.of(listed, "job.json")).contains(JsonPostingText.of(OBJECT, "job.json").orElseThrow());
    }

    @Test
    void aListOfSeveralObjectsIsRefusedWithItsSizeNotReadAsText(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        String records = "[{\"file\": \"a.pdf\", \"title\": \"Chargé de mission\"},\n {\"file\": \"b.pdf\", \"title\": \"Stage\"},\n"
                + " {\"file\": \"c.pdf\", \"title\": null}]";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonPostingText.of(records, "export.json"))
                .isInstanceOfSatisfying(org.sillage.domain.UserException.class, e -> {
                    assertThat(e.key()).isEqualTo("error.import.json_list");
                    assertThat(e.args()).containsExactly("export.json", 3);
                });
        // through the reader, as import and extract read a file: the same message, nothing read as a posting
        java.nio.file.Path file = dir.resolve("export.json");
        java.nio.file.Files.writeString(file, records);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PostingReader(ReadLimits.DEFAULT).read(file))
                .isInstanceOfSatisfying(org.sillage.domain.UserException.class,
                        e -> assertThat(e.key()).isEqualTo("error.import.json_list"));
    }

    @Test
    void anyOtherTextOrAnObjectWithoutALongTextIsLeftAsItIs() {
        assertThat(JsonPostingText.of("{\"name\": \"settings\", \"size\": 3}", "a.json")).isEmpty();
        assertThat(JsonPostingText.of("Chargé de mission {bénévole}", "a.txt")).isEmpty();
        assertThat(JsonPostingText.of("{ not json at all " + "x".repeat(300) + " }", "a.txt")).isEmpty();
        assertThat(JsonPostingText.of("[1, 2, 3]", "a.json")).isEmpty();
        assertThat(JsonPostingText.of("[Stage] Chargé de mission [CDD]", "a.txt")).isEmpty();
    }
}
