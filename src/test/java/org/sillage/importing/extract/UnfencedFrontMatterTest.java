package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A page's front matter whose « --- » fences were lost is still read as front matter, not as the first line. */
class UnfencedFrontMatterTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void keysInSmallLettersUpToTheFirstBlankLine() {
        var fields = extractor.extract("""
                title: "Offre de stage : animez le réseau des bibliothèques libres,  l'association professionnelle des bibliothécaires pour un savoir ouvert"
                date: 2025/03/27
                image: biblio.png

                Nous cherchons un·e stagiaire pour six mois.
                """);
        assertThat(fields.title()).doesNotContain("date:").doesNotContain("image:").doesNotStartWithIgnoringCase("title:");
        assertThat(fields.postedDate()).isEqualTo(LocalDate.of(2025, 3, 27));
        PostingText t = new PostingText("""
                title: "Offre de stage"
                date: 2025/03/27

                Nous cherchons un·e stagiaire.
                """, org.sillage.domain.PostingFields.builder());
        assertThat(t.meta("title").value()).isEqualTo("Offre de stage");
        assertThat(t.text.substring(t.bodyStart)).contains("Nous cherchons").doesNotContain("date:");
    }

    @Test
    void aMarkerLineOrPelicansCapitalisedKeysOpenItToo() {
        var fields = extractor.extract("""
                article:
                date: 2021-02-15
                title: "Job vacancy: Office Administrator"
                image: images/logo.png

                This role is a fantastic opportunity for an experienced administrator.
                """);
        assertThat(fields.title()).endsWith("Office Administrator");
        assertThat(fields.postedDate()).isEqualTo(LocalDate.of(2021, 2, 15));
        var pelican = extractor.extract("""
                Title: Volunteer coordinator
                Date: 2020-01-09
                Tags: jobs

                We are looking for a volunteer coordinator.
                """);
        assertThat(pelican.title()).isEqualTo("Volunteer coordinator");
        assertThat(pelican.postedDate()).isEqualTo(LocalDate.of(2020, 1, 9));
    }

    @Test
    void aFirstLineThatOnlyLooksLikeAKeyStaysText() {
        var fields = extractor.extract("""
                title: our new programme officer

                We are hiring a programme officer for two years.
                """);
        assertThat(fields.title()).isNotNull();
    }
}
