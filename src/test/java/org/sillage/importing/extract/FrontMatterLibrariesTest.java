package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;

/**
 * Front matter read by the YAML, TOML and JSON libraries: every top-level value with the span it has in the text,
 * so that evidence points at the value as written.
 */
class FrontMatterLibrariesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private static PostingText text(String s) {
        return new PostingText(s, PostingFields.builder());
    }

    private static String at(PostingText t, String key) {
        PostingText.Meta m = t.meta(key);
        return t.text.substring(m.start(), m.end());
    }

    @Test
    void tomlValuesWithTheirSpansAndTheKeysOfTablesLeftOut() {
        PostingText t = text("""
                +++
                title = "Research Analyst"   # the role
                location = 'Lille'
                closing_date = "September 2, 2024"
                a_job_type = [
                  "Full Time",
                ]
                summary = \"\"\"
                We read ballots
                and write reports.\"\"\"
                date = 2024-08-22T00:00:00Z

                [params]
                organization = "Not the top level"
                +++
                The analyst supports our programme team.
                """);
        assertThat(t.meta("title").value()).isEqualTo("Research Analyst");
        assertThat(at(t, "title")).isEqualTo("Research Analyst");
        assertThat(at(t, "location")).isEqualTo("Lille");
        assertThat(at(t, "a_job_type")).isEqualTo("Full Time");
        assertThat(t.meta("summary").value()).isEqualTo("We read ballots and write reports.");
        assertThat(at(t, "summary")).isEqualTo("We read ballots\nand write reports.");
        assertThat(at(t, "date")).isEqualTo("2024-08-22T00:00:00Z");
        assertThat(t.meta("organization")).isNull();
        assertThat(t.text.substring(t.bodyStart).strip()).startsWith("The analyst");

        var fields = extractor.extract(t.original);
        assertThat(fields.deadline()).isEqualTo(LocalDate.of(2024, 9, 2));
        assertThat(fields.location()).isEqualTo("Lille");
    }

    @Test
    void aJsonObjectOpeningThePageIsItsFrontMatter() {
        String page = """
                {
                  "title": "Chargé·e de mission \\"mobilité\\"",
                  "location": "Roubaix",
                  "tags": ["emploi", "cdd"],
                  "params": {"organization": "nested"}
                }
                L'association recrute pour un CDD de 12 mois.
                """;
        PostingText t = text(page);
        assertThat(t.meta("title").value()).isEqualTo("Chargé·e de mission \"mobilité\"");
        assertThat(at(t, "location")).isEqualTo("Roubaix");
        assertThat(t.meta("tags").value()).isEqualTo("emploi, cdd");
        assertThat(t.meta("organization")).isNull();
        assertThat(t.text.substring(t.bodyStart)).startsWith("L'association recrute");
        assertThat(extractor.extract(page).location()).isEqualTo("Roubaix");
    }

    @Test
    void textThatOpensWithABraceButIsNoObjectHasNoFrontMatter() {
        PostingText t = text("{{< figure src=\"logo.png\" >}}\nNous recrutons un animateur.\n");
        assertThat(t.bodyStart).isZero();
        assertThat(t.frontMatter).isEmpty();
    }

    @Test
    void yamlSpansCountCharsAfterAnEmojiAndLeaveQuotesCommentsAndBlockIndicatorsOut() {
        PostingText t = text("""
                ---
                emoji: "🚀 On recrute"
                title: 'Animateur·rice d''ateliers'  # visible
                lieu: Lille # Hauts-de-France
                description: >-
                  Une association
                  de quartier.
                plain: Bibliothécaire pour la
                  Librairie X
                ---
                Corps du texte.
                """);
        assertThat(t.meta("title").value()).isEqualTo("Animateur·rice d'ateliers");
        assertThat(at(t, "title")).isEqualTo("Animateur·rice d''ateliers");
        assertThat(at(t, "lieu")).isEqualTo("Lille");
        assertThat(t.meta("description").value()).isEqualTo("Une association de quartier.");
        assertThat(at(t, "description")).isEqualTo("Une association\n  de quartier.");
        assertThat(t.meta("plain").value()).isEqualTo("Bibliothécaire pour la Librairie X");
        assertThat(at(t, "emoji")).isEqualTo("🚀 On recrute");
    }

    @Test
    void yamlTheLibraryRefusesIsStillReadLineByLine() {
        PostingText t = text("---\nlayout:\t\t\tdefault\ntitle:  \t\t\"La chaire recrute un·e doctorant·e\"\n---\nTexte.\n");
        assertThat(t.meta("title").value()).isEqualTo("La chaire recrute un·e doctorant·e");
        assertThat(t.text.substring(t.bodyStart).strip()).startsWith("Texte.");
    }
}
