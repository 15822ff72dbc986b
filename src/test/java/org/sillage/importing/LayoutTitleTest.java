package org.sillage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.sillage.importing.extract.RuleExtractor;

/** The title a file's layout shows reaches the rules: a PDF's large text, a page's h1, a mailto target. */
class LayoutTitleTest {
    private final PostingReader reader = new PostingReader(ReadLimits.DEFAULT);
    private final RuleExtractor rules = new RuleExtractor();

    private static byte[] pdf(String[][] lines) throws IOException {
        return pdf(lines, 0);
    }

    /** With {@code gap} points more between the lines: a wide spacing. */
    private static byte[] pdf(String[][] lines, float gap) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 780;
                for (String[] l : lines) {
                    float size = Float.parseFloat(l[0]);
                    cs.beginText();
                    cs.setFont(l[1].equals("b") ? bold : regular, size);
                    cs.newLineAtOffset(50, y);
                    cs.showText(l[2]);
                    cs.endText();
                    y -= size * 1.8f + gap;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void the_largest_text_at_the_top_of_a_pdf_is_its_title_not_the_lines_above_it() throws IOException {
        byte[] file = pdf(new String[][] {
            {"9", "r", "Laboratoire des Systemes Complexes - Juillet 2024"},
            {"20", "b", "Ingenieur de recherche en"},
            {"20", "b", "Traitement du signal"},
            {"11", "r", "Le laboratoire recrute pour 12 mois une personne pour son equipe."},
            {"11", "r", "Les candidatures sont a envoyer a recrutement@lsc.example.org avec un CV."},
            {"11", "r", "Le poste est base a Grenoble, dans nos locaux du campus."}});
        SourceDocument doc = reader.readBytes(file, "offre.pdf");
        assertThat(doc.structure().of(TextStructure.Kind.TITLE)).extracting(TextStructure.Mark::value)
                .containsExactly("Ingenieur de recherche en Traitement du signal");
        assertThat(rules.extract(doc.text(), doc.structure()).title())
                .isEqualTo("Ingenieur de recherche en Traitement du signal");
        // the same text without its layout: the title's first line ends on « en », so the next one goes on with it
        // (ADR 0040); before, it fell back to the first line alone
        assertThat(rules.extract(doc.text()).title()).isEqualTo("Ingenieur de recherche en Traitement du signal");
    }

    @Test
    void a_title_wrapped_onto_the_next_line_is_read_whole_and_a_title_that_would_have_fitted_is_not() throws IOException {
        // set as a word processor sets it: the heading's next word would not have fitted beside its first line in
        // the page's column (the body's lines run from 50 to about 540 points), so the line was wrapped there
        byte[] file = pdf(new String[][] {
            {"26", "b", "Responsable du Service Juridique"},
            {"26", "b", "Territorial"},
            {"11", "r", "La communaute d'agglomeration recrute pour son siege une personne chargee du conseil juridique."},
            {"11", "r", "Les candidatures sont a envoyer a recrutement@agglo.example.org avec un CV et une lettre."},
            {"11", "r", "Le poste est base a Douai, dans les locaux de la direction generale des services."}});
        SourceDocument doc = reader.readBytes(file, "offre.pdf");
        assertThat(doc.structure().of(TextStructure.Kind.TITLE)).extracting(TextStructure.Mark::value)
                .containsExactly("Responsable du Service Juridique Territorial");
        assertThat(rules.extract(doc.text(), doc.structure()).title()).isEqualTo("Responsable du Service Juridique Territorial");

        // a short line and the next: both would have fitted on one line, so the author broke it there
        byte[] apart = pdf(new String[][] {
            {"26", "b", "Offre d'emploi"},
            {"26", "b", "Comptable Senior"},
            {"11", "r", "La communaute d'agglomeration recrute pour son siege une personne chargee de la comptabilite."},
            {"11", "r", "Les candidatures sont a envoyer a recrutement@agglo.example.org avec un CV et une lettre."}});
        assertThat(reader.readBytes(apart, "offre.pdf").structure().of(TextStructure.Kind.TITLE))
                .extracting(TextStructure.Mark::value).containsExactly("Offre d'emploi", "Comptable Senior");
    }

    @Test
    void lines_a_wide_spacing_set_apart_are_read_as_one_paragraph() throws IOException {
        byte[] file = pdf(new String[][] {
            {"18", "b", "Stage de master en hydrologie"},
            {"11", "r", "Merci d'envoyer votre candidature aux encadrants, accompagnee de votre CV et"},
            {"11", "r", "d'une lettre de motivation, avant la fin du mois de mars. Le stage commence le 3 Mars"},
            {"11", "r", "2027 au laboratoire, pour une duree de six mois et une gratification legale"},
            {"11", "r", "2. Encadrement"}}, 40);
        SourceDocument doc = reader.readBytes(file, "stage.pdf");
        assertThat(doc.text()).contains("votre CV et\nd'une lettre").contains("3 Mars\n2027")
                .contains("gratification legale\n\n2. Encadrement");
    }

    @Test
    void a_letters_subject_naming_only_the_kind_of_offer_is_neither_title_nor_subject() throws IOException {
        byte[] file = pdf(new String[][] {
            {"16", "b", "Objet : Proposition de stage de fin d'etudes - niveau master"},
            {"11", "r", "Titre : Suivi des oiseaux marins par acoustique passive"},
            {"11", "r", "Lieu : Brest. Duree : 24 semaines."},
            {"11", "r", "Merci d'envoyer un CV et un court paragraphe de motivation aux encadrants."}});
        SourceDocument doc = reader.readBytes(file, "stage.pdf");
        var read = rules.extract(doc.text(), doc.structure());
        assertThat(read.title()).isEqualTo("Suivi des oiseaux marins par acoustique passive");
        assertThat(read.applicationSubject()).isNull();
    }

    @Test
    void a_label_before_a_colon_in_a_pdf_title_is_dropped() throws IOException {
        byte[] file = pdf(new String[][] {
            {"18", "r", "Stage de recherche : Apprentissage de graphes dynamiques"},
            {"11", "r", "Le stage dure six mois et se deroule a Lyon, au sein de l'equipe."},
            {"11", "r", "Envoyer un CV et une lettre de motivation avant la fin du mois."}});
        SourceDocument doc = reader.readBytes(file, "stage.pdf");
        assertThat(rules.extract(doc.text(), doc.structure()).title()).isEqualTo("Apprentissage de graphes dynamiques");
    }

    @Test
    void a_page_gives_its_headings_title_and_mailto_targets_with_spans_into_its_text() {
        String html = "<html><head><title>Offres | Asso</title><meta property=\"og:title\" content=\"Chargé de projet\"></head>"
                + "<body><main><h1>Chargé de projet</h1><p>Écrire à <a href=\"mailto:jobs@asso.example.org\">notre équipe</a>.</p>"
                + "<h2>Profil</h2><p>Autonome.</p></main></body></html>";
        SourceDocument doc = reader.readBytes(html.getBytes(StandardCharsets.UTF_8), "offre.html");
        TextStructure s = doc.structure();
        TextStructure.Mark h1 = s.of(TextStructure.Kind.HEADING).get(0);
        assertThat(doc.text().substring(h1.start(), h1.end())).isEqualTo("Chargé de projet");
        assertThat(h1.level()).isEqualTo(1);
        TextStructure.Mark link = s.of(TextStructure.Kind.LINK).get(0);
        assertThat(doc.text().substring(link.start(), link.end())).isEqualTo("notre équipe");
        assertThat(link.value()).isEqualTo("jobs@asso.example.org");
        assertThat(s.of(TextStructure.Kind.META_TITLE)).extracting(TextStructure.Mark::value)
                .containsExactly("Chargé de projet", "Offres | Asso");
    }

    @Test
    void a_page_names_its_publisher_in_its_head_and_the_text_names_it_in_lower_case() {
        String html = "<html><head><title>Animateur·rice d'atelier</title>"
                + "<meta property=\"og:site_name\" content=\"Atelier Vélo Solidaire\"></head>"
                + "<body><main><h1>Animateur·rice d'atelier</h1>"
                + "<p>Rejoignez l'atelier vélo solidaire, ouvert à toutes et tous depuis 2012.</p>"
                + "<p>Envoyez CV et lettre avant le 2 juin.</p></main></body></html>";
        SourceDocument doc = reader.readBytes(html.getBytes(StandardCharsets.UTF_8), "offre.html");
        assertThat(doc.structure().of(TextStructure.Kind.SITE_NAME)).extracting(TextStructure.Mark::value)
                .containsExactly("Atelier Vélo Solidaire");
        assertThat(rules.extract(doc.text(), doc.structure()).organization()).isEqualTo("Atelier Vélo Solidaire");
    }
}
