package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A front-matter title that is a message's number and its sender's name (a mailing list's archive) is no title;
 * one that names a job is kept (rules 30).
 */
class NumberedSenderIsNoTitleTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private static String posting(String title) {
        return "+++\ntitle = \"" + title + "\"\ndate = \"2001-03-04\"\n+++\n\n"
                + "Avis de vacance d'un poste de chargé de mission\n\n"
                + "L'association recrute un chargé de mission pour son antenne de Lille. Envoyer CV et lettre de "
                + "motivation avant le 30 avril 2001.\n";
    }

    @Test
    void aNumberAndANameAreASender() {
        assertThat(extractor.extract(posting("15 Jan Peeters")).title()).isNotEqualTo("15 Jan Peeters");
        assertThat(extractor.extract(posting("76 Jan E.M. Houben")).title()).isNotEqualTo("76 Jan E.M. Houben");
    }

    @Test
    void aNumberedJobStays() {
        assertThat(extractor.extract(posting("2 Chargés De Mission")).title()).isEqualTo("2 Chargés De Mission");
    }
}
