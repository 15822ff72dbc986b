package org.sillage.importing.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sillage.domain.ContractType;
import org.sillage.domain.PostingFields;
import org.sillage.importing.PostingReader;
import org.sillage.importing.ReadLimits;
import org.sillage.importing.extract.RuleExtractor;

/**
 * A site builder's page kept whole in its front matter (its summary, its blocks' HTML, its categories) reads as the
 * page shows: the short values on top, then the summary, each block under its title, the categories as labels.
 */
class FrontMatterPageTextTest {
    private static final String PAGE = String.join("\n",
            "---",
            "title: >-",
            "  Animateur·rice de quartier - Centre social des Trois Ponts, une très longue ligne de titre qui dépasse quatre-vingts signes",
            "url: \"/offres/2026/animateur/\"",
            "meta:",
            "  hugo:",
            "    path: \"/jobs/2026/03/02-animateur\"",
            "  dates:",
            "    published_at: 2026-03-02T10:00:00+01:00",
            "search:",
            "  id: \"0b1c\"",
            "  body: >-",
            "    <p>Le texte de la page, copié pour la recherche</p>",
            "dates:",
            "  computed:",
            "    two_lines:",
            "      short: >-",
            "        2 mars<br>31 décembre 2026",
            "  to:",
            "    day: \"2026-12-31\"",
            "summary: >-",
            "  <p>Le Centre social des Trois Ponts (59100), recherche un animateur de quartier.</p>",
            "taxonomies:",
            "  - name: >-",
            "      Contrat",
            "    categories:",
            "      - name: >-",
            "          CDD",
            "contents:",
            "  - kind: block",
            "    template: chapter",
            "    title: >-",
            "      Les missions",
            "    top:",
            "      description: >-",
            "        <p>Le résumé que montre le menu</p>",
            "    data:",
            "      layout: no_background",
            "      text: >-",
            "        <p>Animer les ateliers.</p><ul> <li>Accueillir les familles ;</li> <li>Date limite de candidature : 20 mars 2026</li> </ul>",
            "  - kind: block",
            "    template: contact",
            "    data:",
            "      name: >-",
            "        CENTRE SOCIAL DES TROIS PONTS",
            "      contact_details:",
            "        postal_address:",
            "          data:",
            "            zipcode: >-",
            "              59100",
            "          text: >-",
            "            59100 ROUBAIX",
            "          html: >-",
            "            <address><span>59100</span> <span>ROUBAIX</span></address>",
            "      buttons:",
            "        - title: >-",
            "            Postuler par mail",
            "          url: >-",
            "            mailto:recrutement@example.org",
            "          target_blank: false",
            "---",
            "");

    @Test
    void theTextThePageShows() {
        String text = FrontMatterPageText.of(PAGE, "page.html").orElseThrow();
        assertThat(text).startsWith("---\ntitle: \"Animateur·rice de quartier - Centre social des Trois Ponts, une très longue ligne")
                .contains("published_at: \"2026-03-02T10:00:00+01:00\"", "day: \"2026-12-31\"",
                        "\n---\n\nLe Centre social des Trois Ponts (59100), recherche un animateur de quartier.\n",
                        "Contrat : CDD", "## Les missions", "Animer les ateliers.", "Accueillir les familles",
                        "CENTRE SOCIAL DES TROIS PONTS", "59100 ROUBAIX", "Postuler par mail", "mailto:recrutement@example.org");
        assertThat(text).doesNotContain("<p>", "<br>", "<address", "search:", "copié pour la recherche", "zipcode",
                "no_background", "que montre le menu", "/offres/2026", "hugo", "target_blank", "\\\n");
        assertThat(text.indexOf("59100 ROUBAIX")).isEqualTo(text.lastIndexOf("59100 ROUBAIX"));
    }

    @Test
    void aSummaryOfMarkupAloneIsNoParagraphAndTheBlocksStillRead() {
        String page = PAGE.replace("  <p>Le Centre social des Trois Ponts (59100), recherche un animateur de quartier.</p>", "  <br>");
        String text = FrontMatterPageText.of(page, "page.html").orElseThrow();
        assertThat(text).contains("## Les missions", "Animer les ateliers.").doesNotContain("<br>");
    }

    @Test
    void aNoBreakSpaceInAShortValueIsAPlainSpace() {
        String page = PAGE.replace("  Animateur·rice de quartier - Centre social des Trois Ponts, une très longue ligne de titre qui dépasse quatre-vingts signes",
                "  Fais ton service civique à L’Inconnue\u00a0!");
        String text = FrontMatterPageText.of(page, "page.html").orElseThrow();
        assertThat(text).contains("title: \"Fais ton service civique à L’Inconnue !\"").doesNotContain("\\_");
        assertThat(new RuleExtractor().extract(text).title()).isEqualTo("Fais ton service civique à L’Inconnue");
    }

    @Test
    void thePagesCallToActionIsReadWhenItIsShown() {
        String cta = "header_cta:\n  display: true\n  label: >-\n    Rejoins-nous !\n  target: \"mailto:join@example.ch\"\n";
        String shown = FrontMatterPageText.of(PAGE.replace("contents:\n", cta + "contents:\n"), "page.html").orElseThrow();
        assertThat(shown).contains("Rejoins-nous !\nmailto:join@example.ch");
        String hidden = FrontMatterPageText.of(PAGE.replace("contents:\n", cta.replace("true", "false") + "contents:\n"),
                "page.html").orElseThrow();
        assertThat(hidden).doesNotContain("join@example.ch");
        String unsaid = FrontMatterPageText.of(PAGE.replace("contents:\n", cta.replace("  display: true\n", "") + "contents:\n"),
                "page.html").orElseThrow();
        assertThat(unsaid).contains("Rejoins-nous !\nmailto:join@example.ch"); // shown unless said hidden
    }

    @Test
    void otherTextIsLeftAsItIs() {
        assertThat(FrontMatterPageText.of("---\ntitle: Offre\ndate: 2026-01-02\n---\n", "a.md")).isEmpty(); // no markup
        assertThat(FrontMatterPageText.of("---\ntitle: Offre\nsummary: <p>Un poste</p>\n---\n\nLe texte de la page.\n", "a.md"))
                .isEmpty(); // a text below its front matter: a page of its own
        assertThat(FrontMatterPageText.of("Un texte <p>sans front matter</p>", "a.txt")).isEmpty();
        assertThat(FrontMatterPageText.of("---\ntitle: [mal fermé\nsummary: <p>x</p>\n---\n", "a.md")).isEmpty();
    }

    @Test
    void importAndExtractReadTheSameTextAndItsFields() {
        var doc = new PostingReader(ReadLimits.DEFAULT).readBytes(PAGE.getBytes(StandardCharsets.UTF_8), "animateur.html");
        assertThat(doc.text()).doesNotContain("<p>").contains("## Les missions");
        PostingFields fields = new RuleExtractor().extract(doc.text());
        assertThat(fields.organization()).endsWith("Centre social des Trois Ponts"); // (its place in brackets left out)
        assertThat(fields.contractType()).isEqualTo(ContractType.CDD);
        assertThat(fields.applicationEmails()).containsExactly("recrutement@example.org");
        // the page's display window ends on 31 December; the text states its deadline in so many words
        assertThat(fields.deadline()).hasToString("2026-03-20");
    }
}
