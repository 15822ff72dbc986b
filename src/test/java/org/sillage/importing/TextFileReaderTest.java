package org.sillage.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.UserException;

class TextFileReaderTest {
    @TempDir
    Path dir;
    private final TextFileReader reader = new TextFileReader(1024);

    private static String key(Runnable r) {
        try {
            r.run();
        } catch (UserException e) {
            return e.key();
        }
        return null;
    }

    @Test
    void utf8_with_and_without_bom_and_utf16_with_bom_are_read() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Éducatrice".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(reader.read(Files.write(dir.resolve("bom.txt"), withBom)).text()).isEqualTo("Éducatrice");
        assertThat(reader.read(Files.write(dir.resolve("plain.txt"), body)).text()).isEqualTo("Éducatrice");
        byte[] utf16 = "\uFEFFÉducatrice".getBytes(StandardCharsets.UTF_16LE);
        assertThat(reader.read(Files.write(dir.resolve("utf16.txt"), utf16)).text()).isEqualTo("Éducatrice");
    }

    @Test
    void the_source_is_fingerprinted_and_named() throws Exception {
        var doc = reader.read(Files.writeString(dir.resolve("offre.txt"), "abc"));
        assertThat(doc.sourceName()).isEqualTo("offre.txt");
        assertThat(doc.sourceSha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void each_bad_file_is_refused_with_its_own_reason() throws Exception {
        Path blank = Files.writeString(dir.resolve("e.txt"), "\n \t\n");
        Path zero = Files.write(dir.resolve("z.txt"), new byte[0]);
        Path nul = Files.write(dir.resolve("b.bin"), new byte[] {1, 0, 2, 3});
        Path control = Files.write(dir.resolve("c.txt"), new byte[] {1, 2, 3, 4, 5, 6, 'a'});
        Path latin1 = Files.write(dir.resolve("l.txt"), "été".getBytes(StandardCharsets.ISO_8859_1));
        Path big = Files.write(dir.resolve("big.txt"), new byte[2048]);
        assertThat(key(() -> reader.read(blank))).isEqualTo("error.import.empty");
        assertThat(key(() -> reader.read(zero))).isEqualTo("error.import.empty");
        assertThat(key(() -> reader.read(nul))).isEqualTo("error.import.binary");
        assertThat(key(() -> reader.read(control))).isEqualTo("error.import.binary");
        assertThat(key(() -> reader.read(latin1))).isEqualTo("error.import.not_utf8");
        assertThat(key(() -> reader.read(big))).isEqualTo("error.import.too_large");
        assertThat(key(() -> reader.read(dir.resolve("nope.txt")))).isEqualTo("error.import.not_found");
        assertThat(key(() -> reader.read(dir))).isEqualTo("error.import.directory");
    }

    @Test
    void the_sample_postings_ship_with_the_application() {
        assertThat(SampleSeeds.load()).hasSize(5).allSatisfy(s -> assertThat(s.name()).endsWith(".txt"));
        assertThatThrownBy(() -> TextFileReader.decode(new byte[0], "x")).isInstanceOf(UserException.class);
    }
}
