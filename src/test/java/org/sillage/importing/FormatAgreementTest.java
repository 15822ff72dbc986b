package org.sillage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The five seeds, turned into PDF, DOCX, ODT, RTF and HTML, read back as the same text as their .txt. */
class FormatAgreementTest {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern DATE = Pattern.compile("\\d{1,2}(er)? (janvier|février|mars|avril|mai|juin|juillet|août|"
            + "septembre|octobre|novembre|décembre) \\d{4}");
    private final PostingReader reader = new PostingReader(ReadLimits.DEFAULT);

    static Stream<Path> seeds() {
        return Fixtures.seeds().stream();
    }

    private String txt(Path seed) {
        SourceDocument doc = reader.read(seed);
        assertThat(doc.format()).isEqualTo("txt");
        return doc.text();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void a_pdf_of_a_seed_reads_as_its_text(Path seed) {
        String text = txt(seed);
        SourceDocument pdf = reader.readBytes(Fixtures.pdf(text), "offre.pdf");
        assertThat(pdf.format()).isEqualTo("pdf");
        assertThat(Fixtures.normalize(pdf.text())).isEqualTo(Fixtures.normalize(Fixtures.winAnsi(text)));
        assertKeyFactsKept(Fixtures.winAnsi(text), pdf.text());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void a_docx_of_a_seed_reads_as_its_text(Path seed) {
        String text = txt(seed);
        SourceDocument docx = reader.readBytes(Fixtures.docx(text), "offre.docx");
        assertThat(docx.format()).isEqualTo("docx");
        assertThat(Fixtures.normalize(docx.text())).isEqualTo(Fixtures.normalize(text));
        assertKeyFactsKept(text, docx.text());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void an_html_page_of_a_seed_reads_as_its_text_without_the_page_around_it(Path seed) {
        String text = txt(seed);
        SourceDocument html = reader.readBytes(Fixtures.html(text, "").getBytes(StandardCharsets.UTF_8), "offre.html");
        assertThat(html.format()).isEqualTo("html");
        assertThat(Fixtures.normalize(html.text())).isEqualTo(Fixtures.normalize(text));
        assertThat(html.text()).doesNotContain("Connexion", "Accueil", "Offres similaires", "mentions légales",
                "Rechercher", "script text", "color:red");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void odt_and_rtf_of_a_seed_read_as_its_text(Path seed) {
        String text = txt(seed);
        SourceDocument odt = reader.readBytes(Fixtures.odt(text), "offre.odt");
        assertThat(odt.format()).isEqualTo("odt");
        assertThat(Fixtures.normalize(odt.text())).isEqualTo(Fixtures.normalize(text));
        SourceDocument rtf = reader.readBytes(Fixtures.rtf(text), "offre.rtf");
        assertThat(rtf.format()).isEqualTo("rtf");
        assertKeyFactsKept(text, rtf.text());
    }

    private static void assertKeyFactsKept(String expected, String actual) {
        for (Pattern p : new Pattern[] {EMAIL, DATE}) {
            Matcher m = p.matcher(expected);
            while (m.find()) {
                assertThat(actual).contains(m.group());
            }
        }
    }
}
