package org.sillage.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.sillage.store.Protection.Keys;

/**
 * The files a protected folder keeps encrypted itself, originals and attached documents (ADR 0016): a
 * header ({@code SLGE}, the id of the key, a 12-byte nonce), then AES-256-GCM of the content, the header
 * as associated data. A file without the header is plain.
 */
final class SealedFiles {
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    /** Our header on an encrypted file: magic, then the id of its key, then the GCM nonce. */
    private static final byte[] MAGIC = "SLGE".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_BYTES = MAGIC.length + 4 + NONCE_BYTES;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedFiles() {
    }


    /** Whether {@code header} starts one of our encrypted files. */
    static boolean isEncrypted(byte[] header) {
        return header.length >= HEADER_BYTES && Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** Streams {@code in} to {@code out} encrypted under the current key. */
    static OutputStream encrypting(OutputStream out, Keys keys) throws IOException {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).put(MAGIC).putInt(keys.current()).put(nonce);
        out.write(header.array());
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keys.key(keys.current()), "AES"),
                    new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(header.array(), 0, MAGIC.length + 4);
            return new javax.crypto.CipherOutputStream(out, c);
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    /**
     * The plain content of a stored file: ours decrypted (and checked: a changed byte fails), anything
     * else as it is.
     */
    static InputStream decrypting(Path file, Keys keys) throws IOException {
        byte[] all = Files.readAllBytes(file);
        if (!isEncrypted(all)) {
            return new java.io.ByteArrayInputStream(all);
        }
        return new java.io.ByteArrayInputStream(decrypt(all, keys, file));
    }

    private static byte[] decrypt(byte[] all, Keys keys, Path file) throws IOException {
        ByteBuffer header = ByteBuffer.wrap(all, 0, HEADER_BYTES);
        header.position(MAGIC.length);
        int id = header.getInt();
        byte[] nonce = Arrays.copyOfRange(all, MAGIC.length + 4, HEADER_BYTES);
        byte[] key = keys == null ? null : keys.key(id);
        if (key == null) {
            throw new IOException("no key " + id + " for " + file);
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(all, 0, MAGIC.length + 4);
            return c.doFinal(all, HEADER_BYTES, all.length - HEADER_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IOException("damaged or changed: " + file, e);
        }
    }

    /** The id of the key a file of ours uses, -1 when plain. */
    static int keyIdOf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(HEADER_BYTES);
            if (!isEncrypted(header)) {
                return -1;
            }
            return ByteBuffer.wrap(header, MAGIC.length, 4).getInt();
        }
    }

    /** Replaces {@code file} with what {@code writer} writes, through a synced temporary file. */
    static void replaceSynced(Path file, IoWriter writer) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".rekey");
        try (OutputStream out = Files.newOutputStream(part)) {
            writer.write(out);
        }
        Backups.sync(part);
        OwnerOnly.restrict(part);
        Backups.move(part, file);
    }

    @FunctionalInterface
    interface IoWriter {
        void write(OutputStream out) throws IOException;
    }

}
