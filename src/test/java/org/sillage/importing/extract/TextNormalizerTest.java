package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'ﬂamandes'                        | flamandes
            'Date\u00A0limite\u202F: 3 mai'   | Date limite : 3 mai
            'l’association'                   | l'association
            'jusqu‘au'                        | jusqu'au
            '“Head”'                          | "Head"
            'a\u00ADb'                        | ab
            'non‐breaking'                    | non-breaking
            """)
    void normalisesCharacters(String in, String out) {
        assertThat(TextNormalizer.normalize(in).text).isEqualTo(out);
    }

    @Test
    void joinsLinesBrokenInTheMiddleOfASentence() {
        String pdf = "Historiquement basé à Saint-Louis, le Partenariat est aujourd’hui \n\nactif dans quatre pays.\nNouvelle phrase.";
        assertThat(TextNormalizer.normalize(pdf).text)
                .isEqualTo("Historiquement basé à Saint-Louis, le Partenariat est aujourd'hui actif dans quatre pays.\nNouvelle phrase.");
    }

    @Test
    void aMonthHyphenatedAtALinesEndIsWholeAgainAndOtherWordsKeepTheirHyphen() {
        var n = TextNormalizer.normalize("Please e-mail us to express interest by Febru-\nary 28, 2016. A well-\nknown lab.");
        assertThat(n.text).isEqualTo("Please e-mail us to express interest by February 28, 2016. A well-known lab.");
        // the month still points at its letters in the original text
        int at = n.text.indexOf("February");
        assertThat(n.originalStart(at)).isEqualTo(40);
        assertThat(n.originalEnd(at + "February 28".length())).isEqualTo(53);
    }

    @Test
    void keepsAShortHeadingApartFromTheLineAfterABlankLine() {
        assertThat(TextNormalizer.normalize("Association loi 1901\n\nrecrute").text).isEqualTo("Association loi 1901\n\nrecrute");
    }

    @Test
    void keepsFrontMatterLinesApart() {
        String md = "---\nlayout: post\ntype: section\n---\nbody";
        assertThat(TextNormalizer.normalize(md).text).isEqualTo(md);
    }

    @Test
    void turnsBulletGlyphsIntoDashes() {
        assertThat(TextNormalizer.normalize("  • un\n▪ deux").text).isEqualTo("  - un\n- deux");
    }

    @Test
    void mapsEveryNormalisedSpanBackToTheOriginal() {
        String original = "Ofﬁce\u00A0:\r\nLille, le 3\u202Fmai\r\n\r\nsuite";
        NormalizedText n = TextNormalizer.normalize(original);
        int i = n.text.indexOf("Lille");
        assertThat(original.substring(n.originalStart(i), n.originalEnd(i + 5))).isEqualTo("Lille");
        int m = n.text.indexOf("3 mai");
        assertThat(original.substring(n.originalStart(m), n.originalEnd(m + 5))).isEqualTo("3\u202Fmai");
        int f = n.text.indexOf("Office");
        assertThat(original.substring(n.originalStart(f), n.originalEnd(f + 6))).isEqualTo("Ofﬁce");
        assertThat(n.fold).hasSameSizeAs(n.text);
    }

    @Test
    void htmlTagsLeftInATextAreMarkupNotText() {
        String md = "<ul>\n\t<li><strong>Lieu :</strong> Villeurbanne</li>\n<li>Contrat : <del>Stage</del> CDD</li>\n</ul>\n"
                + "<p>Envoyez votre CV.<br>Merci.</p>\nSalaire < 2000 euros, a<b, <https://x.fr>";
        NormalizedText n = TextNormalizer.normalize(md);
        assertThat(n.text).isEqualTo("\n- Lieu : Villeurbanne\n- Contrat :  CDD\n\nEnvoyez votre CV.\nMerci.\n"
                + "Salaire < 2000 euros, a<b, <https://x.fr>");
        assertThat(n.fold).hasSameSizeAs(n.text);
        // a value read from the normalised text maps back to its own words in the original, never into a tag
        int v = n.text.indexOf("Villeurbanne");
        assertThat(md.substring(n.originalStart(v), n.originalEnd(v + 12))).isEqualTo("Villeurbanne");
        int item = n.text.indexOf("- Lieu");
        assertThat(md.substring(n.originalStart(item), n.originalEnd(item + 6))).isEqualTo("<strong>Lieu");
        int merci = n.text.indexOf("Merci");
        assertThat(md.substring(n.originalStart(merci - 1), n.originalEnd(merci + 5))).isEqualTo("Merci");
    }

    @Test
    void markdownStrikethroughIsGoneWithItsWords() {
        assertThat(TextNormalizer.normalize("avant le ~~2~~ 6 septembre ; ~~Stage~~ CDD").text).isEqualTo("avant le  6 septembre ;  CDD");
        // not a strikethrough: a lone tilde, an approximate figure, tildes across a line break
        assertThat(TextNormalizer.normalize("~ 30 h, ~~ 2 ~~, ~~a\nb~~, ~/home").text).isEqualTo("~ 30 h, ~~ 2 ~~, ~~a b~~, ~/home"); // the broken line joined, its tildes kept
    }

    @Test
    void githubsOneTildeStrikethroughIsGoneToo() {
        assertThat(TextNormalizer.normalize("Deadline: ~May 16th~ extended to 10am on May 23rd.").text)
                .isEqualTo("Deadline:  extended to 10am on May 23rd.");
        // about three to about five; a home folder; a tilde inside a word
        assertThat(TextNormalizer.normalize("~3 to ~5 days, ~/jobs/~old, a~b~c").text).isEqualTo("~3 to ~5 days, ~/jobs/~old, a~b~c");
        assertThat(new RuleExtractor().extract("Community Officer\n\nHorizons Co-op\n\nDeadline: ~May 16th~ extended to 10am on "
                + "May 23rd, 2022.\n").deadline()).isEqualTo(java.time.LocalDate.of(2022, 5, 23));
    }
}
