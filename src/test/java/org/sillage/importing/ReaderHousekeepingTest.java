package org.sillage.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.UserException;

/** What the reader refuses at once, and how it reads the charsets of plain text files. */
class ReaderHousekeepingTest {
    private static final String POSTING = "Chargé(e) de mission\n\nCandidature avant le 19 février 2021 à rh@example.org.\n";
    @TempDir
    Path dir;
    private final PostingReader reader = new PostingReader(ReadLimits.DEFAULT);

    private static String key(Runnable r) {
        UserException e = catchThrowableOfType(UserException.class, r::run);
        assertThat(e).as("a UserException").isNotNull();
        return e.key();
    }

    @Test
    void a_fifo_is_refused_at_once_instead_of_blocking() throws Exception {
        Path fifo = dir.resolve("offre.txt");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo is there");
        long t0 = System.nanoTime();
        assertThat(key(() -> reader.read(fifo))).isEqualTo("error.import.not_regular");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void a_device_is_refused_at_once() {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero));
        assertThat(key(() -> reader.read(zero))).isEqualTo("error.import.not_regular");
    }

    @Test
    void a_text_larger_than_the_limit_is_refused_with_its_size() {
        PostingReader small = new PostingReader(new ReadLimits(50L * 1024 * 1024, Duration.ofSeconds(20), 64 * 1024));
        byte[] big = (POSTING + "Texte. ".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
        UserException e = catchThrowableOfType(UserException.class, () -> small.readBytes(big, "long.txt"));
        assertThat(e.key()).isEqualTo("error.import.text_too_large");
        assertThat(e.args()[1]).isEqualTo(136);
        assertThat(small.readBytes(POSTING.getBytes(StandardCharsets.UTF_8), "court.txt").text()).contains("Chargé(e)");
    }

    @Test
    void the_default_text_limit_is_one_megabyte() {
        byte[] big = ("x ".repeat(600 * 1024)).getBytes(StandardCharsets.UTF_8);
        assertThat(key(() -> reader.readBytes(big, "grand.txt"))).isEqualTo("error.import.text_too_large");
    }

    @Test
    void text_that_is_mostly_replacement_or_control_characters_is_refused() {
        String damaged = "Offre " + "\uFFFD\u0001\uFFFD\u0002\uFFFD".repeat(200);
        assertThat(key(() -> reader.readBytes(damaged.getBytes(StandardCharsets.UTF_8), "abimee.txt")))
                .isIn("error.import.unreadable_text", "error.import.binary");
        assertThat(PostingReader.unreadable(damaged)).isTrue();
        assertThat(PostingReader.unreadable(POSTING)).isFalse();
    }

    @Test
    void a_few_invalid_bytes_in_utf8_do_not_turn_the_text_into_mojibake() {
        byte[] utf8 = POSTING.getBytes(StandardCharsets.UTF_8);
        byte[] damaged = new byte[utf8.length + 2];
        System.arraycopy(utf8, 0, damaged, 0, 10);
        damaged[10] = (byte) 0xFF;
        damaged[11] = (byte) 0xC3;
        System.arraycopy(utf8, 10, damaged, 12, utf8.length - 10);
        String text = reader.readBytes(damaged, "offre.txt").text();
        assertThat(text).contains("Chargé(e)").contains("février").doesNotContain("Ã©");
    }

    @Test
    void windows_1252_text_is_still_read_as_such() {
        byte[] cp1252 = POSTING.getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(reader.readBytes(cp1252, "offre.txt").text()).contains("Chargé(e)").contains("février");
    }

    @Test
    void utf16_is_read_in_both_byte_orders_with_and_without_a_bom() {
        for (var cs : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            byte[] plain = POSTING.getBytes(cs);
            assertThat(reader.readBytes(plain, "offre.txt").text()).as(cs + " without BOM").contains("Chargé(e)");
            byte[] bom = cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
            byte[] with = new byte[bom.length + plain.length];
            System.arraycopy(bom, 0, with, 0, bom.length);
            System.arraycopy(plain, 0, with, bom.length, plain.length);
            assertThat(reader.readBytes(with, "offre.txt").text()).as(cs + " with BOM").startsWith("Chargé(e)");
        }
    }

    @Test
    void an_email_lists_every_posting_attachment_it_could_not_read() throws Exception {
        var session = jakarta.mail.Session.getInstance(new java.util.Properties());
        var message = new jakarta.mail.internet.MimeMessage(session);
        message.setSubject("Offre");
        message.setFrom(new jakarta.mail.internet.InternetAddress("rh@example.org"));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, "moi@example.org");
        message.setSentDate(new java.util.Date());
        var multipart = new jakarta.mail.internet.MimeMultipart();
        var body = new jakarta.mail.internet.MimeBodyPart();
        body.setText("Bonjour, voici l’offre.", "UTF-8");
        multipart.addBodyPart(body);
        for (int i = 0; i < 3; i++) {
            var broken = new jakarta.mail.internet.MimeBodyPart();
            byte[] junk = new byte[2048];
            new java.util.Random(i).nextBytes(junk);
            System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, junk, 0, 9);
            broken.setDataHandler(new jakarta.activation.DataHandler(
                    new jakarta.mail.util.ByteArrayDataSource(junk, "application/pdf")));
            broken.setFileName("offre-" + i + ".pdf");
            multipart.addBodyPart(broken);
        }
        message.setContent(multipart);
        var out = new java.io.ByteArrayOutputStream();
        message.writeTo(out);
        SourceDocument doc = reader.readBytes(out.toByteArray(), "mail.eml");
        assertThat(doc.skipped()).hasSize(3);
        assertThat(doc.skipped()).allSatisfy(s -> assertThat(s.reason().key()).startsWith("error.import."));
    }
}
