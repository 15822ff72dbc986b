package org.sillage.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

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
 * {@code backups/} with AES-GCM ({@link SealedFiles}). The data key is kept in {@code protection.json} ({@link WrappedKeys}),
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
    private static final byte[] H2_ENCRYPTED = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] H2_PLAIN = "H:2,".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

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

        /** The ids of the keys, the current one among them. */
        java.util.Set<Integer> ids() {
            return byId.keySet();
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
        return WrappedKeys.unlock(folder, password);
    }

    /**
     * Finishes an interrupted change; called with the unlocked keys before the database opens. Returns
     * the keys to open the folder with, or null when protection was being turned off.
     */
    public static Keys finishPending(Path folder, Keys keys) {
        var state = WrappedKeys.pending(folder);
        if (state == WrappedKeys.Pending.NONE) {
            return keys;
        }
        boolean off = state == WrappedKeys.Pending.TO_PLAIN;
        LOG.info("Finishing an interrupted change of protection");
        rekey(folder, keys, off ? -1 : keys.current(), null);
        if (off) {
            WrappedKeys.remove(folder);
            return null;
        }
        WrappedKeys.keepOnly(folder, keys.current());
        return new Keys(keys.current(), Map.of(keys.current(), keys.key(keys.current())));
    }

    /** Turns protection on: everything is encrypted under a new key. The folder must be closed. */
    public static Keys enable(Path folder, char[] password, Interrupt interrupt) {
        if (isProtected(folder)) {
            throw new UserException("error.protection.already");
        }
        Keys keys = new Keys(1, Map.of(1, randomKey()));
        WrappedKeys.write(folder, password, keys, true, false);
        deleteQuietly(folder.resolve("view"));
        deleteQuietly(folder.resolve(SearchIndex.FOLDER)); // words of every posting: kept in memory from now on
        rekey(folder, keys, keys.current(), interrupt);
        WrappedKeys.write(folder, password, keys, false, false);
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
        WrappedKeys.write(folder, newPassword, both, true, false);
        rekey(folder, both, next, interrupt);
        Keys only = new Keys(next, Map.of(next, all.get(next)));
        WrappedKeys.write(folder, newPassword, only, false, false);
        return only;
    }

    /** Turns protection off: everything is decrypted. The folder must be closed. */
    public static void disable(Path folder, char[] password, Interrupt interrupt) {
        Keys keys = finishPending(folder, unlock(folder, password));
        if (keys == null) {
            return;
        }
        WrappedKeys.write(folder, password, keys, true, true);
        rekey(folder, keys, -1, interrupt);
        WrappedKeys.remove(folder);
    }

    /** A test's way to stop a change half-way, as a crash would. */
    @FunctionalInterface
    public interface Interrupt {
        void after(Path rewritten);
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
                    } else if (SealedFiles.keyIdOf(p) != target) {
                        byte[] plain = SealedFiles.decrypting(p, keys).readAllBytes();
                        SealedFiles.replaceSynced(p, out -> {
                            try (OutputStream o = target < 0 ? out : SealedFiles.encrypting(out, keysFor(keys, target))) {
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
