package org.sillage.importing.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Text is told from binary files without Tika's magic database, and binary files are still refused. */
class FormatDetectorTest {
    private static final String POSTING = "Chargé(e) de mission\nAssociation Les Genêts\n\n"
            + "Candidature avant le 19 février 2021 à 12h00 :\tCV et lettre.\r\n";

    @Test
    void text_in_utf8_or_windows_1252_reads_as_text() {
        assertThat(FormatDetector.looksLikeText(POSTING.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(FormatDetector.looksLikeText(POSTING.getBytes(java.nio.charset.Charset.forName("windows-1252")))).isTrue();
        assertThat(FormatDetector.detect(POSTING.getBytes(StandardCharsets.UTF_8), "offre.txt")).isEqualTo(Format.TXT);
        assertThat(FormatDetector.detect(POSTING.getBytes(StandardCharsets.UTF_8), "offre.md")).isEqualTo(Format.MD);
    }

    @Test
    void images_archives_and_random_bytes_are_not_text_and_are_refused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        byte[] gzip = {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4};
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        for (byte[] b : new byte[][] {png, gzip}) {
            assertThat(FormatDetector.looksLikeText(b)).isFalse();
            assertThat(FormatDetector.detect(b, "offre.txt")).isEqualTo(Format.UNSUPPORTED);
        }
        // bytes nobody names are not text either (the reader then finds no readable text in them)
        assertThat(FormatDetector.looksLikeText(random)).isFalse();
        // a GIF header has no NUL byte in its first bytes: the magic database still names it
        byte[] gif = "GIF89a\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000b\u000e".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(FormatDetector.detect(gif, "offre.txt")).isEqualTo(Format.UNSUPPORTED);
        assertThat(FormatDetector.looksLikeText(new byte[0])).isFalse();
    }
}
