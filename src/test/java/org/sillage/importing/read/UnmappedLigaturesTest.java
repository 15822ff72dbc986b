package org.sillage.importing.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.Test;

/**
 * A PDF whose font draws "ti" as one glyph it maps to no Unicode reads « Application », not « Applica*on », and its
 * e-mail address whole; a glyph whose width reads as no ligature, or as two, stays as it was.
 */
class UnmappedLigaturesTest {
    /** Widths of the letters of the font made below: f 300, t 340, i 230, l 230, s 400, j 230, others 500. */
    private static float width(char c) {
        return switch (c) {
            case 'f' -> 300;
            case 't' -> 340;
            case 'i', 'l', 'j' -> 230;
            case 's' -> 400;
            case ' ' -> 250;
            default -> 500;
        };
    }

    /**
     * One page in a font of widths given for codes 32–126, where code 42 ({@code *}) is a glyph named
     * {@code glyphName}, which PDFBox maps to no Unicode, {@code ligWidth} wide.
     */
    private static byte[] pdf(String glyphName, float ligWidth, String... lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TYPE1);
            font.setName(COSName.BASE_FONT, "Helvetica");
            font.setInt(COSName.FIRST_CHAR, 32);
            font.setInt(COSName.LAST_CHAR, 126);
            COSArray widths = new COSArray();
            for (int code = 32; code <= 126; code++) {
                widths.add(new COSFloat(code == 42 ? ligWidth : width((char) code)));
            }
            font.setItem(COSName.WIDTHS, widths);
            COSDictionary encoding = new COSDictionary();
            encoding.setItem(COSName.TYPE, COSName.ENCODING);
            encoding.setItem(COSName.BASE_ENCODING, COSName.WIN_ANSI_ENCODING);
            COSArray differences = new COSArray();
            differences.add(COSInteger.get(42));
            differences.add(COSName.getPDFName(glyphName));
            encoding.setItem(COSName.DIFFERENCES, differences);
            font.setItem(COSName.ENCODING, encoding);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(font));
            page.setResources(resources);
            StringBuilder content = new StringBuilder("BT /F1 12 Tf 50 780 Td 16 TL\n");
            for (String line : lines) {
                content.append('(').append(line).append(") Tj T*\n");
            }
            content.append("ET\n");
            PDStream stream = new PDStream(doc);
            try (OutputStream out = stream.createOutputStream()) {
                out.write(content.toString().getBytes(StandardCharsets.ISO_8859_1));
            }
            page.setContents(stream);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String read(byte[] pdf) {
        return TikaDocumentReader.readDocument(pdf, Format.PDF, "offre.pdf").text();
    }

    @Test
    void a_ligature_glyph_named_after_its_letters_reads_as_them() throws IOException {
        String text = read(pdf("t_i", 570, "Applica*on et mo*va*on", "Envoyer a claude.clau*aux@univ-lille.fr"));

        assertThat(text).contains("Application et motivation").contains("claude.clautiaux@univ-lille.fr")
                .doesNotContain("*");
    }

    @Test
    void a_glyph_whose_name_tells_nothing_stays_as_it_was() throws IOException {
        // not a TrueType font without names, where widths are weighed: nothing to go on
        assertThat(read(pdf("lig042", 570, "Note * importante"))).contains("Note * importante");
    }

    @Test
    void words_glyphs_without_names_are_weighed_by_their_widths() throws IOException {
        // a real posting, made by Word in Calibri, whose "ti" and "ft" glyphs have neither a mapping nor a name
        byte[] pdf = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                "src/test/resources/corpus/pool-sixtysecond/6204_acme-internship-mathprog.pdf"));

        assertThat(read(pdf)).contains("Application").contains("combinatorial optimization")
                .contains("francois.clautiaux@u-bordeaux.fr and axel.parmentier@enpc.fr");
    }

    @Test
    void google_docs_ligatures_mapped_to_nul_are_weighed_too() throws IOException {
        // a real posting exported by Google Docs: a Type0 font whose "ti" glyph maps to U+0000
        byte[] pdf = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                "src/test/resources/corpus/pool-files/336_sogilis-developpeur-cloud-native.pdf"));

        assertThat(read(pdf)).contains("Expertise Cloud").contains("certifications").contains("génération").doesNotContain("\uFFFD")
                .doesNotContain("\u0000");
    }

    @Test
    void a_width_two_ligatures_share_is_left_alone() {
        Map<Character, Float> letters = new HashMap<>();
        for (char c = 'a'; c <= 'z'; c++) {
            letters.put(c, width(c));
        }
        assertThat(UnmappedLigatures.closest(570, letters, Set.of())).isEqualTo("ti");
        assertThat(UnmappedLigatures.closest(640, letters, Set.of())).isEqualTo("ft");
        // fi, fl and fj are all 530 wide here: which one cannot be told
        assertThat(UnmappedLigatures.closest(530, letters, Set.of())).isNull();
        // the font maps "ti" already: the glyph is another
        assertThat(UnmappedLigatures.closest(570, letters, Set.of("ti"))).isNotEqualTo("ti");
    }
}
