package org.sillage.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;
import org.sillage.domain.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Optional encryption at rest of a data folder (ADR 0016).
 *
 * <p>The folder's data is encrypted with a random 256-bit <em>data key</em>: the database by H2
 * ({@code CIPHER=AES}, the key given as its file password), originals in {@code files/} and the backups in
 * {@code backups/} with AES-GCM ({@link #encrypt}). The data key is kept in {@code protection.json},
 * wrapped (AES-GCM) under a key derived from the user's password (PBKDF2-HMAC-SHA256); a copy sits in
 * {@code backups/} so that a backup taken elsewhere can still be opened with the password.
 *
 * <p>Turning protection on, changing the password and turning it off re-encrypt everything under a new
 * data key (or none). Each step can be repeated: {@code protection.json} is first rewritten (atomically)
 * with every key that may still be in use, all wrapped under the new password, and marked pending; each
 * file then says which key it uses (a header of ours, or H2's) and is rewritten under a temporary name,
 * synced and moved over the old one; the mark goes last. After a crash, the next unlock finishes the
 * work ({@link #finishPending}), so the folder never holds data that no key opens.
 */
public final class Protection {
    private static final Logger LOG = LoggerFactory.getLogger(Protection.class);
    public static final String FILE_NAME = KeyFile.NAME;
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Our header on an encrypted file: magic, then the id of its key, then the GCM nonce. */
    private static final byte[] MAGIC = "SLGE".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_BYTES = MAGIC.length + 4 + NONCE_BYTES;
    private static final byte[] H2_ENCRYPTED = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] H2_PLAIN = "H:2,".getBytes(StandardCharsets.US_ASCII);
    private static final int DEFAULT_ITERATIONS = 600_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Jackson only when a folder is protected: {@link #isProtected} is on every start's path. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private Protection() {
    }

    /**
     * The data keys of an unlocked folder, by id; {@code current} is the one new data is written with.
     */
    public static final class Keys {
        private final int current;
        private final Map<Integer, byte[]> byId;

        Keys(int current, Map<Integer, byte[]> byId) {
            this.current = current;
            this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
        }

        int current() {
            return current;
        }

        byte[] key(int id) {
            return byId.get(id);
        }

        /** H2's file password for the database: the current key, in hex. */
        char[] databasePassword() {
            return hex(byId.get(current));
        }

        private static char[] hex(byte[] key) {
            return HexFormat.of().formatHex(key).toCharArray();
        }

        @Override
        public String toString() {
            return "Keys[" + byId.keySet() + "]"; // never the keys themselves
        }
    }

    public static boolean isProtected(Path folder) {
        return KeyFile.isPresent(folder);
    }

    /**
     * Derives the keys from the password.
     *
     * @throws UserException {@code error.password.wrong} when the password does not open them
     */
    public static Keys unlock(Path folder, char[] password) {
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
            throw new UserException("error.protection.damaged", folder.resolve(FILE_NAME));
        }
        return new Keys(json.path("current").asInt(), keys);
    }

    /** Whether a change of protection was interrupted and is finished at the next unlock. */
    static boolean pending(Path folder) {
        return isProtected(folder) && read(folder).path("pending").asBoolean(false);
    }

    /**
     * Finishes an interrupted change; called with the unlocked keys before the database opens. Returns
     * the keys to open the folder with, or null when protection was being turned off.
     */
    public static Keys finishPending(Path folder, Keys keys) {
        ObjectNode json = read(folder);
        if (!json.path("pending").asBoolean(false)) {
            return keys;
        }
        boolean off = "plain".equals(json.path("target").asText());
        LOG.info("Finishing an interrupted change of protection");
        rekey(folder, keys, off ? -1 : keys.current(), null);
        if (off) {
            removeKeyFiles(folder);
            return null;
        }
        // the wrapped keys stay valid: drop those no file uses any more, and the mark
        ArrayNode kept = Json.MAPPER.createArrayNode();
        json.withArray("keys").forEach(k -> {
            if (k.path("id").asInt() == keys.current()) {
                kept.add(k);
            }
        });
        json.set("keys", kept);
        json.put("pending", false);
        writeJson(folder, json);
        return new Keys(keys.current(), Map.of(keys.current(), keys.key(keys.current())));
    }

    /** Turns protection on: everything is encrypted under a new key. The folder must be closed. */
    public static Keys enable(Path folder, char[] password, Interrupt interrupt) {
        if (isProtected(folder)) {
            throw new UserException("error.protection.already");
        }
        Keys keys = new Keys(1, Map.of(1, randomKey()));
        write(folder, password, keys, true, false);
        deleteQuietly(folder.resolve("view"));
        deleteQuietly(folder.resolve(SearchIndex.FOLDER)); // words of every posting: kept in memory from now on
        rekey(folder, keys, keys.current(), interrupt);
        write(folder, password, keys, false, false);
        return keys;
    }

    /** Changes the password, and re-encrypts everything under a new key. The folder must be closed. */
    public static Keys change(Path folder, char[] oldPassword, char[] newPassword, Interrupt interrupt) {
        Keys old = finishPending(folder, unlock(folder, oldPassword));
        if (old == null) {
            throw new UserException("error.protection.off");
        }
        int next = old.byId.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        Map<Integer, byte[]> all = new LinkedHashMap<>(old.byId);
        all.put(next, randomKey());
        Keys both = new Keys(next, all);
        write(folder, newPassword, both, true, false);
        rekey(folder, both, next, interrupt);
        Keys only = new Keys(next, Map.of(next, all.get(next)));
        write(folder, newPassword, only, false, false);
        return only;
    }

    /** Turns protection off: everything is decrypted. The folder must be closed. */
    public static void disable(Path folder, char[] password, Interrupt interrupt) {
        Keys keys = finishPending(folder, unlock(folder, password));
        if (keys == null) {
            return;
        }
        write(folder, password, keys, true, true);
        rekey(folder, keys, -1, interrupt);
        removeKeyFiles(folder);
    }

    /** A test's way to stop a change half-way, as a crash would. */
    @FunctionalInterface
    public interface Interrupt {
        void after(Path rewritten);
    }

    // ---- files of ours: originals and backups ----

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
    private static int keyIdOf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(HEADER_BYTES);
            if (!isEncrypted(header)) {
                return -1;
            }
            return ByteBuffer.wrap(header, MAGIC.length, 4).getInt();
        }
    }

    // ---- re-encrypting a folder ----

    /** Rewrites every file of the folder under key {@code target} (-1: plain). */
    private static void rekey(Path folder, Keys keys, int target, Interrupt interrupt) {
        try {
            Path files = folder.resolve("files");
            if (Files.isDirectory(files)) {
                List<Path> all;
                try (Stream<Path> walk = Files.walk(files)) {
                    all = walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getParent().getFileName().toString().equals("tmp")).toList();
                }
                for (Path p : all) {
                    if (p.getFileName().toString().endsWith(".rekey")) {
                        Files.deleteIfExists(p); // left by a crash: the file it was for is still whole
                    } else if (keyIdOf(p) != target) {
                        byte[] plain = decrypting(p, keys).readAllBytes();
                        replace(p, out -> {
                            try (OutputStream o = target < 0 ? out : encrypting(out, keysFor(keys, target))) {
                                o.write(plain);
                            }
                        });
                        tick(interrupt, p);
                    }
                }
            }
            Path backups = Backups.folderOf(folder);
            if (Files.isDirectory(backups)) {
                List<Path> all;
                try (Stream<Path> list = Files.list(backups)) {
                    all = list.filter(Files::isRegularFile).toList();
                }
                for (Path p : all) {
                    String name = p.getFileName().toString();
                    if (name.endsWith(".zip")) {
                        rekeyZip(p, keys, target);
                        tick(interrupt, p);
                    } else if (name.endsWith(".mv.db")) {
                        rekeyDatabase(p, keys, target);
                        tick(interrupt, p);
                    }
                }
            }
            Path db = folder.resolve(Backups.DB_FILE);
            if (Files.exists(db)) {
                rekeyDatabase(db, keys, target);
                tick(interrupt, db);
            }
        } catch (IOException e) {
            throw new UserException(e, "error.protection.failed", folder, e.getMessage());
        }
    }

    private static Keys keysFor(Keys keys, int target) {
        return new Keys(target, keys.byId);
    }

    private static void tick(Interrupt interrupt, Path p) {
        if (interrupt != null) {
            interrupt.after(p);
        }
    }

    /** Which key an H2 database file uses: -1 plain, else the id of the key that opens it. */
    static int databaseKeyOf(Path db, Keys keys) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(db)) {
            head = in.readNBytes(H2_ENCRYPTED.length);
        }
        if (head.length >= H2_PLAIN.length && Arrays.equals(head, 0, H2_PLAIN.length, H2_PLAIN, 0, H2_PLAIN.length)) {
            return -1;
        }
        if (!Arrays.equals(head, H2_ENCRYPTED)) {
            throw new IOException("not a database Sillage can open: " + db);
        }
        if (keys == null) {
            throw new UserException("error.restore.encrypted", db.getFileName());
        }
        for (var e : keys.byId.entrySet()) {
            try (FileChannel in = h2Channel(db, "r", e.getValue())) {
                ByteBuffer b = ByteBuffer.allocate(H2_PLAIN.length);
                in.read(b, 0);
                if (Arrays.equals(b.array(), H2_PLAIN)) {
                    return e.getKey();
                }
            }
        }
        throw new IOException("no key opens " + db);
    }

    /** H2's file password for the database file encrypted under key {@code id}. */
    static String databasePassword(Keys keys, int id) {
        return new String(Keys.hex(keys.key(id)));
    }

    /** Rewrites a closed database file under the current key, if it is not already. */
    static void toCurrentKey(Path db, Keys keys) throws IOException {
        rekeyDatabase(db, keys, keys.current());
    }

    private static FileChannel h2Channel(Path file, String mode, byte[] key) throws IOException {
        String name = file.toAbsolutePath().toString();
        FileChannel base = FilePath.get(name).open(mode);
        if (key == null) {
            return base;
        }
        return new FileEncrypt(name, FilePathEncrypt.getPasswordBytes(Keys.hex(key)), base);
    }

    /** Rewrites an H2 database file (closed) under key {@code target}, through a synced temporary copy. */
    private static void rekeyDatabase(Path db, Keys keys, int target) throws IOException {
        int from = databaseKeyOf(db, keys);
        if (from == target) {
            return;
        }
        Path part = db.resolveSibling(db.getFileName() + ".rekey");
        Files.deleteIfExists(part);
        try (FileChannel in = h2Channel(db, "r", from < 0 ? null : keys.key(from));
             FileChannel out = h2Channel(part, "rw", target < 0 ? null : keys.key(target))) {
            long size = in.size();
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            for (long pos = 0; pos < size; ) {
                buf.clear();
                buf.limit((int) Math.min(buf.capacity(), size - pos));
                int n = in.read(buf, pos);
                buf.flip();
                while (buf.hasRemaining()) {
                    out.write(buf, pos + buf.position());
                }
                pos += n;
            }
            out.force(true);
        }
        OwnerOnly.restrict(part);
        Backups.move(part, db);
    }

    /** Rewrites the database inside a backup zip under key {@code target}. */
    private static void rekeyZip(Path zip, Keys keys, int target) throws IOException {
        Path work = zip.resolveSibling(zip.getFileName() + ".rekey.d");
        Backups.deleteTree(work);
        Files.createDirectories(work);
        try {
            Path db = work.resolve(Backups.DB_FILE);
            boolean found = false;
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    if (!e.isDirectory() && Path.of(e.getName()).getFileName().toString().equals(Backups.DB_FILE)) {
                        try (OutputStream out = Files.newOutputStream(db)) {
                            in.transferTo(out);
                        }
                        found = true;
                    }
                }
            }
            if (!found || databaseKeyOf(db, keys) == target) {
                return;
            }
            rekeyDatabase(db, keys, target);
            Path part = zip.resolveSibling(zip.getFileName() + ".part");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(part))) {
                out.putNextEntry(new ZipEntry(Backups.DB_FILE));
                Files.copy(db, out);
                out.closeEntry();
            }
            Backups.sync(part);
            OwnerOnly.restrict(part);
            Backups.move(part, zip);
        } finally {
            Backups.deleteTree(work);
        }
    }

    /** Replaces {@code file} with what {@code writer} writes, through a synced temporary file. */
    private static void replace(Path file, IoWriter writer) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".rekey");
        try (OutputStream out = Files.newOutputStream(part)) {
            writer.write(out);
        }
        Backups.sync(part);
        OwnerOnly.restrict(part);
        Backups.move(part, file);
    }

    @FunctionalInterface
    private interface IoWriter {
        void write(OutputStream out) throws IOException;
    }

    // ---- protection.json ----

    private static ObjectNode read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        try {
            return (ObjectNode) Json.MAPPER.readTree(file.toFile());
        } catch (IOException | ClassCastException e) {
            throw new UserException(e, "error.protection.damaged", file);
        }
    }

    /** Writes the wrapped keys under the password, atomically, and a copy into {@code backups/}. */
    private static void write(Path folder, char[] password, Keys keys, boolean pending, boolean toPlain) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        int iterations = Integer.getInteger("sillage.kdf.iterations", DEFAULT_ITERATIONS);
        byte[] kek = derive(password, salt, iterations);
        ObjectNode json = Json.MAPPER.createObjectNode();
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
        List<Integer> ids = new ArrayList<>(keys.byId.keySet());
        for (int id : ids) {
            byte[] nonce = new byte[NONCE_BYTES];
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
            byte[] bytes = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(json);
            for (Path target : List.of(folder.resolve(FILE_NAME), Backups.folderOf(folder).resolve(FILE_NAME))) {
                Files.createDirectories(target.getParent());
                replace(target, out -> out.write(bytes));
            }
            OwnerOnly.restrict(Backups.folderOf(folder));
        } catch (IOException e) {
            throw new UserException(e, "error.protection.failed", folder, e.getMessage());
        }
    }

    private static void removeKeyFiles(Path folder) {
        try {
            Files.deleteIfExists(Backups.folderOf(folder).resolve(FILE_NAME));
            Files.deleteIfExists(folder.resolve(FILE_NAME)); // last: until then, the folder asks for the password
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
        c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        c.updateAAD(aad);
        return c.doFinal(data);
    }

    private static byte[] aad(int id) {
        return ("sillage-data-key-" + id).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] randomKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    private static void deleteQuietly(Path dir) {
        try {
            Backups.deleteTree(dir);
        } catch (IOException e) {
            LOG.warn("Could not remove {}", dir, e);
        }
    }
}
