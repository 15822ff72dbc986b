package org.sillage.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.UserException;

/** Each kind of bad input is refused with its own translated reason, and nothing else is thrown. */
class BadInputTest {
    private static final String POSTING = "Chargée de mission\n\nCandidature avant le 19 février 2021 à rh@example.org";
    @TempDir
    Path dir;
    private final PostingReader reader = new PostingReader(ReadLimits.DEFAULT);

    private static String key(Runnable r) {
        UserException e = catchThrowableOfType(UserException.class, r::run);
        assertThat(e).as("a UserException").isNotNull();
        return e.key();
    }

    @Test
    void an_empty_file_is_refused_as_empty() throws IOException {
        Path empty = Files.write(dir.resolve("vide.txt"), new byte[0]);
        assertThat(key(() -> reader.read(empty))).isEqualTo("error.import.empty");
        assertThat(key(() -> reader.readBytes(" \n\t\n".getBytes(StandardCharsets.UTF_8), "blanc.txt")))
                .isEqualTo("error.import.empty");
    }

    @Test
    void binary_garbage_is_refused_as_not_text() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        assertThat(key(() -> reader.readBytes(garbage, "offre.txt"))).isIn("error.import.binary", "error.import.unsupported");
        assertThat(key(() -> reader.readBytes(new byte[] {1, 2, 3, 4, 5, 6, 'a'}, "c.txt"))).isEqualTo("error.import.binary");
        // a .pdf that is neither a PDF nor text is a damaged PDF, not "a text file to import as .txt"
        assertThat(key(() -> reader.readBytes(new byte[] {1, 2, 3, 4, 5, 6, 'a', 0, 0, 7}, "offre.pdf"))).isEqualTo("error.import.corrupt");
    }

    @Test
    void a_password_protected_pdf_is_refused_as_encrypted() {
        assertThat(key(() -> reader.readBytes(Fixtures.encryptedPdf(POSTING), "secret.pdf")))
                .isEqualTo("error.import.encrypted");
    }

    @Test
    void a_corrupt_pdf_is_refused_as_corrupt() {
        byte[] junk = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage garbage\n%%EOF"
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(key(() -> reader.readBytes(junk, "cassé.pdf"))).isIn("error.import.corrupt", "error.import.no_text");
        byte[] pdf = Fixtures.pdf(POSTING);
        byte[] head = Arrays.copyOf(pdf, 20);
        assertThat(key(() -> reader.readBytes(head, "coupé.pdf"))).isEqualTo("error.import.corrupt");
    }

    @Test
    void a_corrupt_docx_is_refused_as_corrupt() {
        byte[] docx = Fixtures.docx(POSTING);
        byte[] half = Arrays.copyOf(docx, docx.length / 2);
        assertThat(key(() -> reader.readBytes(half, "coupé.docx"))).isEqualTo("error.import.corrupt");
        byte[] noDocument = Fixtures.zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                "word/document.xml", "<not-closed".getBytes(StandardCharsets.UTF_8)));
        assertThat(key(() -> reader.readBytes(noDocument, "vide.docx"))).isEqualTo("error.import.corrupt");
    }

    @Test
    void a_scanned_pdf_without_text_says_ocr_is_not_supported() {
        assertThat(key(() -> reader.readBytes(Fixtures.imageOnlyPdf(), "scan.pdf"))).isEqualTo("error.import.no_text");
    }

    @Test
    void a_docx_zip_bomb_is_stopped_before_it_fills_memory() throws IOException {
        long started = System.nanoTime();
        byte[] bomb = bomb(400);
        assertThat(key(() -> reader.readBytes(bomb, "bombe.docx"))).isEqualTo("error.import.zip_bomb");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void a_small_docx_bomb_under_the_zip_guard_is_stopped_by_poi_limits() throws IOException {
        byte[] bomb = bomb(15);
        assertThat(key(() -> reader.readBytes(bomb, "petite-bombe.docx"))).isEqualTo("error.import.zip_bomb");
    }

    /** A DOCX whose document inflates to {@code megabytes} of spaces from a few hundred KB. */
    private static byte[] bomb(int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/><Default Extension=\"rels\" ContentType=\"application/"
                    + "vnd.openxmlformats-package.relationships+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                    + "2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1024 * 1024];
            Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < megabytes; i++) {
                zip.write(chunk);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void a_file_over_the_size_limit_is_refused_before_it_is_read() throws IOException {
        PostingReader small = new PostingReader(new ReadLimits(1024, Duration.ofSeconds(20)));
        Path big = Files.write(dir.resolve("gros.txt"), "a".repeat(2048).getBytes(StandardCharsets.UTF_8));
        UserException e = catchThrowableOfType(UserException.class, () -> small.read(big));
        assertThat(e.key()).isEqualTo("error.import.too_large");
        assertThat(key(() -> small.readBytes(new byte[2048], "gros.bin"))).isEqualTo("error.import.too_large");
    }

    @Test
    void a_path_that_cannot_be_read_is_refused_with_the_reason() {
        assertThat(key(() -> reader.read(dir.resolve("absent.pdf")))).isEqualTo("error.import.not_found");
        assertThat(key(() -> reader.read(dir))).isEqualTo("error.import.directory");
    }

    @Test
    void a_file_taking_longer_than_the_time_limit_is_abandoned() {
        PostingReader hurried = new PostingReader(new ReadLimits(ReadLimits.DEFAULT.maxBytes(), Duration.ofMillis(1)));
        byte[] page = Fixtures.html((POSTING + "\n\n").repeat(20_000), "").getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        UserException e = catchThrowableOfType(UserException.class, () -> hurried.readBytes(page, "lente.html"));
        assertThat(e.key()).isEqualTo("error.import.timeout");
        assertThat(e.args()).containsExactly("lente.html", 0L);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void images_archives_and_spreadsheets_are_unsupported() {
        assertThat(key(() -> reader.readBytes(Fixtures.png(), "offre.pdf"))).isEqualTo("error.import.unsupported");
        byte[] zip = Fixtures.zip(Map.of("notes.txt", POSTING.getBytes(StandardCharsets.UTF_8)));
        assertThat(key(() -> reader.readBytes(zip, "offres.zip"))).isEqualTo("error.import.unsupported");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1};
        assertThat(key(() -> reader.readBytes(jpeg, "photo.jpg"))).isEqualTo("error.import.unsupported");
    }

    @Test
    void pasting_nothing_is_refused_as_empty() {
        assertThat(key(() -> reader.readClipboard("  ", null))).isEqualTo("error.import.empty");
        assertThat(key(() -> reader.readClipboard(null, "<html><body><nav><a href=x>a</a></nav></body></html>")))
                .isEqualTo("error.import.empty");
    }
}
