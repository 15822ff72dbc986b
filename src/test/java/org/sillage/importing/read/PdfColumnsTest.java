package org.sillage.importing.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;
import org.sillage.importing.PostingReader;
import org.sillage.importing.ReadLimits;
import org.sillage.importing.SourceDocument;
import org.sillage.importing.extract.RuleExtractor;

/** A page set in two columns is read one column after the other, not line by line across the page (ADR 0089). */
class PdfColumnsTest {
    private static final List<String> LEFT = List.of(
            "Chargé de projet numérique",
            "L'association recrute une personne pour",
            "animer ses ateliers et suivre les projets",
            "des bénévoles dans nos locaux de Lille.",
            "Le poste est à pourvoir au 1er avril 2026.",
            "Pour candidater, envoyez votre CV et une",
            "lettre de motivation par e-mail à l'adresse",
            "recrutement@association-exemple.org avant",
            "le 12 mars 2026, en précisant la référence",
            "du poste dans l'objet de votre message.");
    private static final List<String> RIGHT = List.of(
            "Nos valeurs",
            "Nous sommes une équipe de douze salariés",
            "et de nombreux bénévoles engagés dans la",
            "médiation numérique depuis vingt ans, au",
            "service des habitants de la métropole et",
            "des structures de quartier qui les aident.",
            "Nous organisons chaque année un festival",
            "ouvert à toutes et à tous, des journées de",
            "formation et des permanences gratuites",
            "dans les centres sociaux de la ville.");

    /** One page: the left column written first, then the right one, their lines on the same baselines. */
    private static byte[] twoColumns() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                column(cs, font, LEFT, 50);
                column(cs, font, RIGHT, 320);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void column(PDPageContentStream cs, PDType1Font font, List<String> lines, float x) throws IOException {
        float y = 760;
        for (String l : lines) {
            cs.beginText();
            cs.setFont(font, 10);
            cs.newLineAtOffset(x, y);
            cs.showText(l);
            cs.endText();
            y -= 12;
        }
    }

    @Test
    void a_sentence_of_the_left_column_is_read_whole_and_what_it_asks_is_found() throws IOException {
        SourceDocument read = new PostingReader(ReadLimits.DEFAULT).readBytes(twoColumns(), "offre.pdf");
        String oneLine = read.text().replaceAll("\\s+", " ");
        assertThat(oneLine).contains("par e-mail à l'adresse recrutement@association-exemple.org avant le 12 mars 2026");
        assertThat(oneLine).contains("au service des habitants de la métropole");
        PostingFields f = new RuleExtractor().extract(read.text(), read.structure());
        assertThat(f.applicationEmails()).containsExactly("recrutement@association-exemple.org");
        assertThat(f.deadline()).isEqualTo("2026-03-12");
        assertThat(f.requiredDocumentKinds()).contains("cv", "cover_letter");
    }

    @Test
    void a_gutter_is_found_between_two_columns_and_not_in_a_page_of_full_lines() throws IOException {
        assertThat(PdfLayout.prepare(twoColumns()).columns()).isTrue();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 760;
                for (int i = 0; i < LEFT.size(); i++) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.newLineAtOffset(50, y);
                    cs.showText(LEFT.get(i) + " " + RIGHT.get(i)); // the same words, one column across the page
                    cs.endText();
                    y -= 12;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            assertThat(PdfLayout.prepare(out.toByteArray()).columns()).isFalse();
        }
    }

    @Test
    void a_glyph_drawn_inside_the_one_before_it_is_read_and_a_page_of_countless_baselines_is_not_looked_at() {
        java.util.List<float[]> boxes = new java.util.ArrayList<>();
        for (int line = 0; line < 12; line++) {
            float y = 700 - line * 12;
            for (int k = 0; k < 10; k++) {
                boxes.add(new float[] {50 + k * 6, 56 + k * 6, y}); // the left column's words
                boxes.add(new float[] {320 + k * 6, 326 + k * 6, y}); // the right column's
            }
            boxes.add(new float[] {52, 54, y}); // an accent drawn over the first letter: ends before it does
        }
        assertThat(PdfColumns.gutterBand(boxes)).isEqualTo(12); // (it threw, and the PDF lost its title with it)
        java.util.List<float[]> scattered = new java.util.ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            scattered.add(new float[] {(i * 37) % 500, (i * 37) % 500 + 4, i * 0.5f});
        }
        assertThat(PdfColumns.gutterBand(scattered)).isZero();
    }
}
