package org.sillage.importing.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which part of a page is the posting. */
class MainContentTest {

    private static String text(String body) {
        return HtmlReader.readString("<html><body>" + body + "</body></html>", "p.html").text();
    }

    @Test
    void main_wins_over_everything_around_it() {
        assertThat(text("<div>Bandeau publicitaire</div><main><h1>Juriste</h1><p>CDI à Paris.</p></main><div>Cookies</div>"))
                .isEqualTo("Juriste\n\nCDI à Paris.");
    }

    @Test
    void an_article_keeps_its_own_header_and_footer() {
        assertThat(text("<header>Site</header><article><header><h1>Juriste</h1></header><p>CDI.</p>"
                + "<footer>Publié le 3 mars 2026</footer></article><footer>© Site</footer>"))
                .isEqualTo("Juriste\n\nCDI.\n\nPublié le 3 mars 2026");
    }

    @Test
    void a_landing_pages_hero_heading_names_the_job_above_its_text() {
        String text = "<section><h2>Wat ga je doen?</h2><p>" + "Je assisteert bij behandelingen. ".repeat(8) + "</p></section>";
        assertThat(text("<header class=hero><span>Vacature · Eindhoven</span><h1>Word tandartsassistent<br>bij VLIJT</h1>"
                + "</header>" + text)).startsWith("Word tandartsassistent bij VLIJT\n\nWat ga je doen?");
        // a site's name in its logo is no title, nor a header's heading when the text has its own
        assertThat(text("<header><h1><a href=/>VLIJT Tandartsen</a></h1></header>" + text)).startsWith("Wat ga je doen?");
        assertThat(text("<header><h1>Word tandartsassistent</h1></header><main><h1>Mondhygiënist</h1><p>Tekst.</p></main>"))
                .isEqualTo("Mondhygiënist\n\nTekst.");
    }

    @Test
    void without_semantic_tags_the_block_holding_most_of_the_text_is_taken() {
        String posting = "<div class=c><p>" + "Mission : coordonner les bénévoles de l’association. ".repeat(12)
                + "</p><p>Candidature à rh@example.org</p></div>";
        assertThat(text("<div class=wrap>" + posting + "<div class=side>Newsletter : inscrivez-vous</div></div>"))
                .endsWith("Candidature à rh@example.org").doesNotContain("Newsletter");
    }

    @Test
    void a_posting_split_in_blocks_is_never_cut() {
        String body = "<div><div><p>Missions : " + "gérer les projets. ".repeat(10) + "</p></div>"
                + "<div><p>Profil : " + "autonome. ".repeat(10) + "</p></div>"
                + "<div><p>Postuler : rh@example.org</p></div></div>";
        assertThat(text(body)).contains("Missions", "Profil", "rh@example.org");
    }

    @Test
    void a_headings_permalink_sign_is_not_its_text() {
        // Sphinx and MkDocs pages end each heading with a link to itself (« ¶ »), which is no word of it
        assertThat(text("<div><h1>Stage de traduction<a class=\"headerlink\" href=\"#stage\" title=\"Lien\">¶</a></h1>"
                + "<h2>Profil<a href=\"#profil\">#</a></h2><p>Bilingue.</p></div>"))
                .isEqualTo("Stage de traduction\n\nProfil\n\nBilingue.");
        // a heading that is itself a link to its own section keeps its words
        assertThat(text("<div><h2><a href=\"#missions\">Missions</a></h2><p>Traduire.</p></div>"))
                .isEqualTo("Missions\n\nTraduire.");
    }

    @Test
    void a_forms_address_is_written_out_whatever_its_link_says() {
        assertThat(text("<p>Interested? Apply by filling in <a href=\"https://docs.google.com/forms/d/e/abc/viewform\">our form</a>.</p>"))
                .isEqualTo("Interested? Apply by filling in our form (https://docs.google.com/forms/d/e/abc/viewform).");
        assertThat(text("<p>Read <a href=\"https://example.org/about\">our story</a>.</p>")).isEqualTo("Read our story.");
    }

    @Test
    void link_lists_are_dropped_and_hidden_addresses_written_out() {
        String body = "<ul><li><a href=/1>Offre 1</a></li><li><a href=/2>Offre 2</a></li><li><a href=/3>Offre 3</a></li></ul>"
                + "<p>Écrire à <a href=\"mailto:rh@example.org?subject=Candidature\">Marie</a> ou "
                + "<a href=\"https://ex.org/apply\">postuler en ligne</a>.</p>";
        assertThat(text(body)).isEqualTo("Écrire à Marie (rh@example.org) ou postuler en ligne (https://ex.org/apply).");
    }

    @Test
    void a_cp1252_page_without_a_charset_is_decoded() throws Exception {
        byte[] bytes = "<html><body><p>Éducatrice – « CDI »</p></body></html>".getBytes("windows-1252");
        assertThat(HtmlReader.read(bytes, "p.html").text()).isEqualTo("Éducatrice – « CDI »");
    }
}
