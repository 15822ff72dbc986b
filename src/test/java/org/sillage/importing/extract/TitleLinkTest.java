package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A markdown heading that is a link to the offer, and a "back to the list" link with an icon, above the posting. */
class TitleLinkTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aHeadingThatIsALinkGivesItsText() {
        assertThat(extractor.extract("""
                # [Alternance Développeur/se - Java - Transport - Lille](https://jobs.example.com/apply/alternance-java-105280)
                ### Sopra Steria
                #### `Remote, Villeneuve-d'Ascq, France`

                ### **Company Description**

                Sopra Steria, acteur majeur de la Tech en Europe, aide ses clients à se transformer.
                """).title()).isEqualTo("Alternance Développeur/se - Java - Transport - Lille");
    }

    @Test
    void anIconsLinkBackToTheListIsNoLabelledTitle() {
        assertThat(extractor.extract("""
                ---
                title: Content Creator
                description: We are looking for a video producer and host.
                ---

                [:material-arrow-left-drop-circle: Job Openings](../jobs.md)

                Are you passionate about privacy? We are looking for a content creator.
                """).title()).isEqualTo("Content Creator");
    }

    @Test
    void theTextOfALinkOnlyWhenTheLinkIsTheWholeLine() {
        assertThat(TopLines.wholeLineLink("# [Chargé de mission](https://x.org/a)  ", 0, 38)).isNotNull();
        assertThat(TopLines.wholeLineLink("Voir [l'offre](https://x.org/a)", 0, 31)).isNull();
        assertThat(TopLines.wholeLineLink("[Chargé](https://x.org/a) et plus", 0, 33)).isNull();
        assertThat(TopLines.wholeLineLink("[:icon: Back](../jobs.md)", 0, 25)).isNull();
    }
}
