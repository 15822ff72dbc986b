package org.sillage.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sillage.domain.UserException;
import org.sillage.store.Protection.Keys;

/**
 * {@code protection.json} (ADR 0016): the data keys, each wrapped (AES-256-GCM) under a key derived from
 * the password (PBKDF2-HMAC-SHA256, its salt and count stored beside), and whether a change of
 * protection is under way. Written atomically, with a copy in {@code backups/}.
 */
final class WrappedKeys {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int KEY_BYTES = 32;
    private static final int DEFAULT_ITERATIONS = 600_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WrappedKeys() {
    }

    /** What an interrupted change was doing. */
    enum Pending { NONE, TO_KEY, TO_PLAIN }

    static Pending pending(Path folder) {
        ObjectNode json = read(folder);
        if (!json.path("pending").asBoolean(false)) {
            return Pending.NONE;
        }
        return "plain".equals(json.path("target").asText()) ? Pending.TO_PLAIN : Pending.TO_KEY;
    }

    /** Once every file uses key {@code current}: drops the other wrapped keys and the mark of a change. */
    static void keepOnly(Path folder, int current) {
        ObjectNode json = read(folder);
        ArrayNode kept = MAPPER.createArrayNode();
        json.withArray("keys").forEach(k -> {
            if (k.path("id").asInt() == current) {
                kept.add(k);
            }
        });
        json.set("keys", kept);
        json.put("pending", false);
        writeJson(folder, json);
    }

    static Keys unlock(Path folder, char[] password) {
        ObjectNode json = read(folder);
        byte[] kek = derive(password, Base64.getDecoder().decode(json.path("salt").asText()),
                json.path("iterations").asInt());
        Map<Integer, byte[]> keys = new LinkedHashMap<>();
        for (var k : json.withArray("keys")) {
            int id = k.path("id").asInt();
            try {
                keys.put(id, gcm(Cipher.DECRYPT_MODE, kek, Base64.getDecoder().decode(k.path("nonce").asText()),
                        aad(id), Base64.getDecoder().decode(k.path("wrapped").asText())));
            } catch (GeneralSecurityException e) {
                throw new UserException("error.password.wrong");
            }
        }
        if (keys.isEmpty()) {
            throw new UserException("error.protection.damaged", folder.resolve(KeyFile.NAME));
        }
        return new Keys(json.path("current").asInt(), keys);
    }


    static ObjectNode read(Path folder) {
        Path file = folder.resolve(KeyFile.NAME);
        try {
            return (ObjectNode) MAPPER.readTree(file.toFile());
        } catch (IOException | ClassCastException e) {
            throw new UserException(e, "error.protection.damaged", file);
        }
    }

    /** Writes the wrapped keys under the password, atomically, and a copy into {@code backups/}. */
    static void write(Path folder, char[] password, Keys keys, boolean pending, boolean toPlain) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        int iterations = Integer.getInteger("sillage.kdf.iterations", DEFAULT_ITERATIONS);
        byte[] kek = derive(password, salt, iterations);
        ObjectNode json = MAPPER.createObjectNode();
        json.put("format", 1);
        json.put("kdf", "PBKDF2WithHmacSHA256");
        json.put("iterations", iterations);
        json.put("salt", Base64.getEncoder().encodeToString(salt));
        json.put("cipher", "AES-256-GCM");
        json.put("current", keys.current());
        json.put("pending", pending);
        if (toPlain) {
            json.put("target", "plain");
        }
        ArrayNode array = json.putArray("keys");
        List<Integer> ids = new ArrayList<>(keys.ids());
        for (int id : ids) {
            byte[] nonce = new byte[SealedFiles.NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            try {
                array.addObject().put("id", id).put("nonce", Base64.getEncoder().encodeToString(nonce))
                        .put("wrapped", Base64.getEncoder().encodeToString(
                                gcm(Cipher.ENCRYPT_MODE, kek, nonce, aad(id), keys.key(id))));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        writeJson(folder, json);
    }

    private static void writeJson(Path folder, ObjectNode json) {
        try {
            byte[] bytes = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(json);
            for (Path target : List.of(folder.resolve(KeyFile.NAME), Backups.folderOf(folder).resolve(KeyFile.NAME))) {
                Files.createDirectories(target.getParent());
                SealedFiles.replaceSynced(target, out -> out.write(bytes));
            }
            OwnerOnly.restrict(Backups.folderOf(folder));
        } catch (IOException e) {
            throw new UserException(e, "error.protection.failed", folder, e.getMessage());
        }
    }

    static void remove(Path folder) {
        try {
            Files.deleteIfExists(Backups.folderOf(folder).resolve(KeyFile.NAME));
            Files.deleteIfExists(folder.resolve(KeyFile.NAME)); // last: until then, the folder asks for the password
        } catch (IOException e) {
            throw new UserException(e, "error.protection.failed", folder, e.getMessage());
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BYTES * 8);
            try {
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gcm(int mode, byte[] key, byte[] nonce, byte[] aad, byte[] data) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(SealedFiles.TAG_BITS, nonce));
        c.updateAAD(aad);
        return c.doFinal(data);
    }

    private static byte[] aad(int id) {
        return ("sillage-data-key-" + id).getBytes(StandardCharsets.US_ASCII);
    }

}
