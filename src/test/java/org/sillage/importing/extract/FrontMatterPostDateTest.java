package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** « post_date: 20 janvier 2022 », "pubdate": a front matter's date of publication under its other names (rules 27). */
class FrontMatterPostDateTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void postDateAndPubdateArePublications() {
        assertThat(extractor.extract("---\ntitle: Directrice technique\npost_date: 20 janvier 2022\n---\n\nVous avez envie de "
                + "rejoindre une coopérative du numérique ?\n").postedDate()).isEqualTo(LocalDate.of(2022, 1, 20));
        assertThat(extractor.extract("---\ntitle: Web developer\npubdate: 2023-03-14\n---\n\nJoin our small team.\n").postedDate())
                .isEqualTo(LocalDate.of(2023, 3, 14));
        // a key naming something else says nothing of the publication
        assertThat(extractor.extract("---\ntitle: Web developer\npostcode_date: 2023-03-14\n---\n\nJoin our small team.\n").postedDate())
                .isNull();
    }
}
