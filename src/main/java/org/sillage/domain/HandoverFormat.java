package org.sillage.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The container of a {@code .sillage} hand-over archive (ADR 0025), shared by its writer and its reader.
 *
 * <pre>
 * header (52 bytes): "SILLAGEH" | format version (int) | PBKDF2 iterations (int) | salt (16) | nonce prefix (8)
 *                    | key check (16)
 * then segments:     AES-256-GCM of 1 MiB of the plain zip each (the last one shorter, maybe empty), nonce =
 *                    prefix | segment number (int), associated data = header | 1 if last else 0
 * </pre>
 * The key check (HMAC of a constant under a key derived apart from the encryption key) tells a wrong
 * passphrase from a damaged archive; the last-segment mark tells a truncated one.
 */
public final class HandoverFormat {
    public static final byte[] MAGIC = "SILLAGEH".getBytes(StandardCharsets.US_ASCII);
    public static final int SALT_BYTES = 16;
    public static final int PREFIX_BYTES = 8;
    public static final int CHECK_BYTES = 16;
    public static final int HEADER_BYTES = MAGIC.length + 4 + 4 + SALT_BYTES + PREFIX_BYTES + CHECK_BYTES;
    public static final int SEGMENT = 1 << 20;
    public static final int TAG_BYTES = 16;
    /** Below or above these, an archive's iteration count is refused as damaged (too weak, or a stall). */
    public static final int MIN_ITERATIONS = 10_000;
    public static final int MAX_ITERATIONS = 50_000_000;

    private HandoverFormat() {
    }

    /** The keys a passphrase gives: one encrypts, the other only checks the passphrase. */
    public record Keys(SecretKeySpec encryption, byte[] check) {
    }

    public static Keys derive(char[] passphrase, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
            byte[] master = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            byte[] enc = hmac(master, "sillage handover encryption");
            byte[] check = Arrays.copyOf(hmac(hmac(master, "sillage handover check"), "check"), CHECK_BYTES);
            Arrays.fill(master, (byte) 0);
            return new Keys(new SecretKeySpec(enc, "AES"), check);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String what) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(what.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] nonce(byte[] prefix, int segment) {
        return ByteBuffer.allocate(12).put(prefix).putInt(segment).array();
    }

    public static byte[] associatedData(byte[] header, boolean last) {
        byte[] aad = Arrays.copyOf(header, header.length + 1);
        aad[header.length] = (byte) (last ? 1 : 0);
        return aad;
    }
}
