package org.sillage.importing;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.sillage.domain.Handover;
import org.sillage.domain.HandoverFormat;
import org.sillage.domain.UserException;

/**
 * Reads a {@code .sillage} hand-over archive (ADR 0025). {@link #open} checks the header and the passphrase
 * and then authenticates every segment to the end, so that a wrong passphrase, a newer format, a truncated
 * or a changed archive is refused before anything is imported; {@link #read} then reads it again, giving
 * each file to a sink and returning the manifest.
 */
public final class HandoverReader {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** The manifest is held in memory: a record's rows, far below this. */
    private static final long MAX_MANIFEST = 512L * 1024 * 1024;

    private final Path file;
    private final byte[] header;
    private final HandoverFormat.Keys keys;
    private final byte[] prefix;

    /** Receives each file of the archive, with its checksum as named in the archive. */
    @FunctionalInterface
    public interface FileSink {
        void accept(String sha256, InputStream content) throws IOException;
    }

    private HandoverReader(Path file, byte[] header, HandoverFormat.Keys keys, byte[] prefix) {
        this.file = file;
        this.header = header;
        this.keys = keys;
        this.prefix = prefix;
    }

    /**
     * Opens and authenticates the whole archive.
     *
     * @throws UserException {@code error.handover.not_archive}, {@code error.handover.newer},
     *                       {@code error.handover.passphrase}, {@code error.handover.truncated} or
     *                       {@code error.handover.damaged}
     */
    public static HandoverReader open(Path file, char[] passphrase) {
        byte[] header = new byte[HandoverFormat.HEADER_BYTES];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(header, 0, header.length);
            if (n < HandoverFormat.MAGIC.length
                    || !Arrays.equals(header, 0, HandoverFormat.MAGIC.length, HandoverFormat.MAGIC, 0, HandoverFormat.MAGIC.length)) {
                throw new UserException("error.handover.not_archive", file);
            }
            if (n < header.length) {
                throw new UserException("error.handover.truncated", file);
            }
        } catch (NoSuchFileException e) {
            throw new UserException(e, "error.handover.no_file", file);
        } catch (IOException e) {
            throw new UserException(e, "error.handover.read", file, e.getMessage());
        }
        ByteBuffer h = ByteBuffer.wrap(header).position(HandoverFormat.MAGIC.length);
        int version = h.getInt();
        if (version > Handover.FORMAT_VERSION) {
            throw new UserException("error.handover.newer", file, version, Handover.FORMAT_VERSION);
        }
        int iterations = h.getInt();
        if (version < 1 || iterations < HandoverFormat.MIN_ITERATIONS || iterations > HandoverFormat.MAX_ITERATIONS) {
            throw new UserException("error.handover.damaged", file);
        }
        byte[] salt = new byte[HandoverFormat.SALT_BYTES];
        byte[] prefix = new byte[HandoverFormat.PREFIX_BYTES];
        byte[] check = new byte[HandoverFormat.CHECK_BYTES];
        h.get(salt).get(prefix).get(check);
        HandoverFormat.Keys keys = HandoverFormat.derive(passphrase, salt, iterations);
        if (!MessageDigest.isEqual(check, keys.check())) {
            throw new UserException("error.handover.passphrase", file);
        }
        HandoverReader reader = new HandoverReader(file, header, keys, prefix);
        try (InputStream plain = reader.plain()) {
            plain.transferTo(OutputStreamSink.INSTANCE);
        } catch (IOException e) {
            throw reader.translate(e);
        }
        return reader;
    }

    /** Reads the archive again: each file to {@code sink} (its checksum verified), then the manifest. */
    public Handover.Manifest read(FileSink sink) {
        Handover.Manifest manifest = null;
        try (ZipInputStream zip = new ZipInputStream(plain())) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                if (name.equals("manifest.json")) {
                    byte[] json = zip.readNBytes((int) Math.min(MAX_MANIFEST, Integer.MAX_VALUE - 8));
                    manifest = MAPPER.readValue(json, Handover.Manifest.class);
                } else if (name.startsWith("files/") && name.substring(6).matches("[0-9a-f]{64}")) {
                    sink.accept(name.substring(6), zip);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserException u) {
                throw u;
            }
            throw translate(e);
        }
        if (manifest == null || manifest.rows() == null || manifest.seekerUuid() == null
                || manifest.installation() == null || manifest.exportedAt() == null) {
            throw new UserException("error.handover.damaged", file);
        }
        if (manifest.format() > Handover.FORMAT_VERSION) {
            throw new UserException("error.handover.newer", file, manifest.format(), Handover.FORMAT_VERSION);
        }
        return manifest;
    }

    private UserException translate(Exception e) {
        if (e instanceof EOFException || e.getCause() instanceof EOFException) {
            return new UserException(e, "error.handover.truncated", file);
        }
        if (e.getCause() instanceof AEADBadTagException || e instanceof ZipException
                || e instanceof com.fasterxml.jackson.core.JacksonException || e instanceof RuntimeException) {
            return new UserException(e, "error.handover.damaged", file);
        }
        return new UserException(e, "error.handover.read", file, e.getMessage());
    }

    /** The plain zip, each segment authenticated as it is read. */
    private InputStream plain() throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(HandoverFormat.HEADER_BYTES);
        return new SegmentedOpen(in);
    }

    private final class SegmentedOpen extends InputStream {
        private final InputStream in;
        private byte[] current = new byte[0];
        private int pos;
        private int segment;
        private boolean last;
        /** The first byte of the next segment, read ahead to know whether the current one is the last. */
        private int ahead = -2;

        SegmentedOpen(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (pos == current.length) {
                if (last) {
                    return -1;
                }
                next();
            }
            int n = Math.min(len, current.length - pos);
            System.arraycopy(current, pos, b, off, n);
            pos += n;
            return n;
        }

        private void next() throws IOException {
            int size = HandoverFormat.SEGMENT + HandoverFormat.TAG_BYTES;
            ByteArrayOutputStream sealed = new ByteArrayOutputStream(Math.min(size, 1 << 16));
            if (ahead >= 0) {
                sealed.write(ahead);
            } else if (ahead == -1) {
                throw new EOFException();
            }
            sealed.write(in.readNBytes(size - sealed.size()));
            ahead = in.read();
            last = ahead < 0;
            if (sealed.size() < HandoverFormat.TAG_BYTES) {
                throw new EOFException();
            }
            try {
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(Cipher.DECRYPT_MODE, keys.encryption(),
                        new GCMParameterSpec(HandoverFormat.TAG_BYTES * 8, HandoverFormat.nonce(prefix, segment)));
                c.updateAAD(HandoverFormat.associatedData(header, last));
                current = c.doFinal(sealed.toByteArray());
            } catch (AEADBadTagException e) {
                if (last && sealed.size() == size) {
                    // a full segment at the end that does not open as the last one: the rest was cut off
                    throw new EOFException();
                }
                throw new IOException("segment " + segment + " does not authenticate", e);
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
            pos = 0;
            segment++;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
