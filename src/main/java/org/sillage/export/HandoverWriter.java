package org.sillage.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.sillage.domain.Handover;
import org.sillage.domain.HandoverFormat;

/**
 * Writes a {@code .sillage} hand-over archive (ADR 0025): a zip of {@code manifest.json} and
 * {@code files/<sha-256>}, sealed in segments of AES-256-GCM under a key derived from a passphrase
 * ({@link HandoverFormat}). The archive is written under a temporary name, synced, then moved into place.
 */
public final class HandoverWriter {
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** The plain content of a stored file, by its checksum. */
    @FunctionalInterface
    public interface FileSource {
        InputStream open(String sha256) throws IOException;
    }

    private HandoverWriter() {
    }

    public static void write(Path target, char[] passphrase, int iterations, Handover.Manifest manifest,
                             FileSource files) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            try (OutputStream file = Files.newOutputStream(tmp);
                 ZipOutputStream zip = new ZipOutputStream(sealing(file, passphrase, iterations))) {
                zip.putNextEntry(new ZipEntry("manifest.json"));
                zip.write(MAPPER.writeValueAsBytes(manifest));
                zip.closeEntry();
                for (Handover.FileEntry f : manifest.files()) {
                    zip.putNextEntry(new ZipEntry("files/" + f.sha256()));
                    try (InputStream in = files.open(f.sha256())) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes the header to {@code out} and returns a stream that seals what is written to it. */
    static OutputStream sealing(OutputStream out, char[] passphrase, int iterations) throws IOException {
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[HandoverFormat.SALT_BYTES];
        byte[] prefix = new byte[HandoverFormat.PREFIX_BYTES];
        random.nextBytes(salt);
        random.nextBytes(prefix);
        HandoverFormat.Keys keys = HandoverFormat.derive(passphrase, salt, iterations);
        byte[] header = ByteBuffer.allocate(HandoverFormat.HEADER_BYTES).put(HandoverFormat.MAGIC)
                .putInt(Handover.FORMAT_VERSION).putInt(iterations).put(salt).put(prefix).put(keys.check()).array();
        out.write(header);
        return new SegmentedSeal(out, keys, header, prefix);
    }

    /** AES-GCM over fixed-size segments; a full segment is held until more comes, so the last is marked. */
    private static final class SegmentedSeal extends OutputStream {
        private final OutputStream out;
        private final HandoverFormat.Keys keys;
        private final byte[] header;
        private final byte[] prefix;
        private final byte[] buffer = new byte[HandoverFormat.SEGMENT];
        private int filled;
        private int segment;
        private boolean closed;

        SegmentedSeal(OutputStream out, HandoverFormat.Keys keys, byte[] header, byte[] prefix) {
            this.out = out;
            this.keys = keys;
            this.header = header;
            this.prefix = prefix;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == buffer.length) {
                    seal(false);
                }
                int n = Math.min(len, buffer.length - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        private void seal(boolean last) throws IOException {
            try {
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(Cipher.ENCRYPT_MODE, keys.encryption(),
                        new GCMParameterSpec(HandoverFormat.TAG_BYTES * 8, HandoverFormat.nonce(prefix, segment)));
                c.updateAAD(HandoverFormat.associatedData(header, last));
                out.write(c.doFinal(buffer, 0, filled));
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
            segment++;
            filled = 0;
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                seal(true);
                out.close();
            }
        }
    }
}
