package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;

/**
 * Markdown pages of websites keep HTML tags inside their text (« <li> Lieu : … </li> », « <strong>Date limite
 * :</strong> »): the rules read them as the page shows them, a list item as a bullet, a struck-through word as gone.
 */
class TagsInMarkdownTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void labelsInsideListItemsAndBoldAreRead() {
        PostingFields f = extractor.extract("""
                # Ingénieur d'études en traitement automatique des langues (H/F)

                <ul>
                <li> Lieu : Laboratoire LIRIS, Campus La Doua à Villeurbanne</li>
                <li><strong>Type de contrat :</strong> <del>Stage</del> CDD de 12 mois</li>
                <li><strong>Date limite de candidature :</strong> 30 juin 2023</li>
                </ul>

                <p>Les publications citées : Toponym Disambiguation, Proceedings, 4 pages, Chicago, IL, USA</p>

                <p>Envoyez CV et lettre de motivation à <b>recrutement@liris.fr</b>.</p>
                """);
        assertThat(f.location()).contains("Villeurbanne").doesNotContain("<").doesNotContain("Chicago");
        assertThat(f.contractType()).hasToString("CDD");
        assertThat(f.deadline()).hasToString("2023-06-30");
        assertThat(f.applicationEmails()).containsExactly("recrutement@liris.fr");
    }

    @Test
    void wordsStruckThroughInMarkdownAreNoLongerMeant() {
        PostingFields f = extractor.extract("""
                # Animateur (H/F)

                **Contrat** : ~~Stage~~ CDD de 6 mois

                Candidatures (CV et lettre) avant le ~~2~~ 6 septembre 2024 à contact@asso.org
                """);
        assertThat(f.contractType()).hasToString("CDD");
        assertThat(f.deadline()).hasToString("2024-09-06");
    }
}
