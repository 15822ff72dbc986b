package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** « Postes vacants » names a page of openings, not a job (rules 27): the title is the call under it. */
class VacantPostsPageTest {
    @Test
    void aPageOfOpeningsIsNoTitle() {
        String title = new RuleExtractor().extract("---\ntitle: Postes vacants\nlayout: blank\n---\n\n# Appel à candidatures : la revue "
                + "Horizons recrute des rédacteurs et des rédactrices\n\nLa revue Horizons publie des tutoriels.\n\nMerci d'envoyer un CV "
                + "à redaction@horizons.fr.\n").title();
        assertThat(title).isNotEqualTo("Postes vacants").containsIgnoringCase("rédacteurs");
    }
}
