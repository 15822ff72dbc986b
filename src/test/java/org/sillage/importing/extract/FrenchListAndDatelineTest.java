package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sillage.domain.DocumentRequirement;

/** « de votre CV, … et d'une lettre », a dateline in italics, and colleagues based elsewhere. */
class FrenchListAndDatelineTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void eachItemWithItsDeAndABareLetterBesideTheCv() {
        assertThat(extractor.extract("""
                Lead développeur (H/F)

                Si vous avez l'envie de nous rejoindre, faites-nous part de votre CV, de votre compte github, et d’une
                lettre attrayante pour nous motiver à vous rencontrer.
                """).requiredDocuments()).extracting(DocumentRequirement::kind).contains("cv", "cover_letter")
                .noneMatch(k -> k.startsWith("other:d"));
    }

    @Test
    void aDatelineInItalics() {
        assertThat(extractor.extract("""
                ---
                title: Une coopérative recrute des DBA juniors
                ---

                *Paris, 15 septembre 2017*

                Nous recrutons deux administrateurs de bases de données.
                """).postedDate()).isEqualTo(LocalDate.of(2017, 9, 15));
    }

    @Test
    void colleaguesBasedElsewhereAreNotTheWorkplace() {
        assertThat(extractor.extract("""
                Développeur player vidéo JavaScript (H/F)

                Vous aurez des interactions avec les équipes Produit de Paris, ainsi qu'avec nos autres développeurs
                basés à Lille.
                """).location()).isNotEqualTo("Lille");
    }
}
