package org.sillage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What each format yields: text, format by content, the original bytes and their fingerprint, attachments. */
class PostingReaderTest {
    private static final String POSTING = "Éducatrice spécialisée — « CDI »\n\nCandidature avant le 19 février 2021 : rh@example.org";
    private final PostingReader reader = new PostingReader(ReadLimits.DEFAULT);

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = PostingReaderTest.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "windows-1252", "ISO-8859-1", "UTF-16LE", "UTF-16BE"})
    void plain_text_is_read_in_every_common_charset_without_a_bom(String charset) {
        String text = charset.startsWith("UTF") ? POSTING : POSTING.replace("—", "-");
        byte[] bytes = text.getBytes(Charset.forName(charset));
        assertThat(reader.readBytes(bytes, "offre.txt").text()).isEqualTo(text);
    }

    @Test
    void a_bom_decides_the_charset_and_is_not_kept() {
        assertThat(reader.readBytes(("\uFEFF" + POSTING).getBytes(StandardCharsets.UTF_8), "a.txt").text()).isEqualTo(POSTING);
        assertThat(reader.readBytes(("\uFEFF" + POSTING).getBytes(StandardCharsets.UTF_16LE), "b.txt").text()).isEqualTo(POSTING);
        assertThat(reader.readBytes(("\uFEFF" + POSTING).getBytes(StandardCharsets.UTF_16BE), "c.txt").text()).isEqualTo(POSTING);
    }

    @Test
    void windows_1252_punctuation_and_crlf_line_breaks_are_read() {
        byte[] bytes = "L’équipe « Solidarité » – 2 000 €\r\nPostuler…".getBytes(Charset.forName("windows-1252"));
        assertThat(reader.readBytes(bytes, "offre.txt").text()).isEqualTo("L’équipe « Solidarité » – 2 000 €\nPostuler…");
    }

    @Test
    void markdown_is_text_with_its_own_format() {
        SourceDocument doc = reader.readBytes("# Chargé de mission\n\n- CDI".getBytes(StandardCharsets.UTF_8), "offre.md");
        assertThat(doc.format()).isEqualTo("md");
        assertThat(doc.text()).isEqualTo("# Chargé de mission\n\n- CDI");
    }

    @Test
    void markdown_character_references_are_read_as_a_viewer_shows_them() {
        SourceDocument doc = reader.readBytes("Pay: &pound;19,504 &#8212; &pound;10.11 per hour. R&D &amp; AT&T &bogus; &#0;"
                .getBytes(StandardCharsets.UTF_8), "offre.md");
        assertThat(doc.text()).isEqualTo("Pay: £19,504 — £10.11 per hour. R&D & AT&T &bogus; &#0;");
        // plain text is kept as written
        assertThat(reader.readBytes("&pound;5".getBytes(StandardCharsets.UTF_8), "offre.txt").text()).isEqualTo("&pound;5");
    }

    @Test
    void the_original_bytes_and_their_sha256_are_kept() {
        byte[] pdf = Fixtures.pdf(POSTING);
        SourceDocument doc = reader.readBytes(pdf, "offre.pdf");
        assertThat(doc.original()).isEqualTo(pdf);
        assertThat(doc.sourceSha256()).isEqualTo(PostingReader.sha256(pdf)).matches("[0-9a-f]{64}");
        assertThat(doc.sourceName()).isEqualTo("offre.pdf");
        assertThat(reader.readBytes("abc".getBytes(StandardCharsets.UTF_8), "x.txt").sourceSha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void the_format_is_decided_by_content_not_by_the_name() {
        byte[] html = Fixtures.html(POSTING, "").getBytes(StandardCharsets.UTF_8);
        SourceDocument doc = reader.readBytes(html, "offre.pdf");
        assertThat(doc.format()).isEqualTo("html");
        assertThat(doc.text()).contains("rh@example.org");
        assertThat(reader.readBytes(Fixtures.pdf(POSTING), "offre.txt").format()).isEqualTo("pdf");
        assertThat(reader.readBytes(Fixtures.docx(POSTING), "offre.odt").format()).isEqualTo("docx");
    }

    @Test
    void pdf_paragraphs_are_separated_by_blank_lines() {
        String text = reader.readBytes(Fixtures.pdf("Premier paragraphe.\n\nDeuxième paragraphe."), "p.pdf").text();
        assertThat(text).isEqualTo("Premier paragraphe.\n\nDeuxième paragraphe.");
    }

    @Test
    void libreoffice_documents_are_read() throws IOException {
        for (String name : new String[] {"offre.doc", "offre.odt", "offre.rtf"}) {
            SourceDocument doc = reader.readBytes(fixture(name), name);
            assertThat(doc.format()).as(name).isEqualTo(name.substring(name.indexOf('.') + 1));
            assertThat(doc.text()).as(name).contains("Chargée de mission « Solidarité internationale »",
                    "recrutement@lesponts.example.org", "19 février 2026", "1er mars 2026");
        }
    }

    @Test
    void an_email_gives_its_subject_and_plain_body_and_its_posting_attachments() throws IOException {
        SourceDocument mail = reader.readBytes(fixture("offre-transmise.eml"), "offre-transmise.eml");
        assertThat(mail.format()).isEqualTo("eml");
        assertThat(mail.text()).startsWith("Offre : chargée de mission à Lyon")
                .contains("qui pourrait t'intéresser", "19 février 2026").doesNotContain("HTML");
        assertThat(mail.attachments()).singleElement().satisfies(a -> {
            assertThat(a.format()).isEqualTo("doc");
            assertThat(a.sourceName()).isEqualTo("offre chargée de mission.doc");
            assertThat(a.text()).contains("recrutement@lesponts.example.org");
            assertThat(a.sourceSha256()).isEqualTo(PostingReader.sha256(a.original()));
        });
    }

    @Test
    void every_posting_attachment_becomes_its_own_document_and_the_rest_is_skipped() {
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        attachments.put("offre.pdf", Fixtures.pdf(POSTING));
        attachments.put("offre.docx", Fixtures.docx(POSTING));
        attachments.put("logo.png", Fixtures.png());
        attachments.put("page.html", Fixtures.html(POSTING, "").getBytes(StandardCharsets.UTF_8));
        attachments.put("notes.txt", POSTING.getBytes(StandardCharsets.UTF_8));
        attachments.put("cassé.pdf", "%PDF-1.4 rien".getBytes(StandardCharsets.US_ASCII));
        byte[] eml = Fixtures.eml("Une offre pour toi", "Voir les pièces jointes.", attachments);
        SourceDocument mail = reader.readBytes(eml, "transfert.eml");
        assertThat(mail.text()).isEqualTo("Une offre pour toi\n\nVoir les pièces jointes.");
        assertThat(mail.attachments()).extracting(SourceDocument::sourceName)
                .containsExactly("offre.pdf", "offre.docx", "page.html", "notes.txt");
        assertThat(mail.attachments()).extracting(SourceDocument::format).containsExactly("pdf", "docx", "html", "txt");
        assertThat(mail.attachments()).allSatisfy(a -> assertThat(a.text()).contains("rh@example.org"));
    }

    @Test
    void the_clipboard_prefers_html_and_keeps_its_json_ld() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"JobPosting\",\"title\":\"Éducatrice spécialisée\"}</script>";
        SourceDocument paste = reader.readClipboard("texte brut", Fixtures.html(POSTING, ld));
        assertThat(paste.format()).isEqualTo("paste");
        assertThat(paste.text()).contains("rh@example.org").doesNotContain("texte brut");
        assertThat(paste.structured().title()).isEqualTo("Éducatrice spécialisée");
        assertThat(paste.original()).isNull();
        assertThat(paste.sourceSha256()).isNull();
        SourceDocument plain = reader.readClipboard("Poste\r\nCandidature", null);
        assertThat(plain.text()).isEqualTo("Poste\nCandidature");
        assertThat(plain.structured()).isNull();
    }
}
