package org.sillage.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Files kept in the data folder under their sha-256 ({@code files/ab/abcdef…}). A file is written to a
 * temporary name, synced, then moved into place, so that a crash or a full disk never leaves half a file
 * under a real name; the same content is stored once.
 */
public final class FileStore {
    private final Path root;
    /** The keys when the folder is protected (ADR 0016): contents are then stored encrypted. */
    private final Protection.Keys keys;

    public FileStore(Path dataFolder) {
        this(dataFolder, null);
    }

    public FileStore(Path dataFolder, Protection.Keys keys) {
        this.root = dataFolder.resolve("files");
        this.keys = keys;
    }

    /** What was stored: its checksum and size. */
    public record Stored(String sha256, long size) {
    }

    /** Stores a copy; refused ({@code error.disk.low}) when the disk would keep less than its margin plus twice the file. */
    public Stored put(Path source) throws IOException {
        DiskSpace.require(root, 2 * Files.size(source));
        try (InputStream in = Files.newInputStream(source)) {
            return put(in);
        }
    }

    public Stored put(byte[] bytes) throws IOException {
        DiskSpace.require(root, 2L * bytes.length);
        try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
            return put(in);
        }
    }

    /** Stores what {@code in} holds (a file read from an archive); refused when the disk is nearly full. */
    public Stored put(InputStream in, long expectedSize) throws IOException {
        DiskSpace.require(root, 2 * Math.max(0, expectedSize));
        return put(in);
    }

    /** Deletes the content stored under this checksum, and any viewer copy of it; after an erasure. */
    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
        Path view = root.getParent().resolve("view").resolve(sha256.substring(0, 12));
        if (Files.isDirectory(view)) {
            try (var walk = Files.walk(view)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private Stored put(InputStream in) throws IOException {
        Path tmpDir = root.resolve("tmp");
        Files.createDirectories(tmpDir);
        OwnerOnly.restrict(root);
        OwnerOnly.restrict(tmpDir);
        Path tmp = Files.createTempFile(tmpDir, "incoming-", ".part");
        try {
            MessageDigest digest = sha256();
            long size;
            try (OutputStream file = Files.newOutputStream(tmp);
                 OutputStream out = new DigestOutputStream(keys == null ? file : SealedFiles.encrypting(file, keys), digest)) {
                size = in.transferTo(out);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            Path target = path(sha);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                OwnerOnly.restrict(target.getParent());
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                // in use again: the start-up sweep leaves files touched since the process started
                Files.setLastModifiedTime(target, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
            }
            return new Stored(sha, size);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The plain content stored under this checksum (decrypted when the folder is protected). */
    public InputStream open(String sha256) throws IOException {
        return SealedFiles.decrypting(path(sha256), keys);
    }

    /** Writes the plain content stored under this checksum to {@code target}. */
    public void copyTo(String sha256, Path target) throws IOException {
        try (InputStream in = open(sha256)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Where the content with this checksum lives (encrypted when the folder is protected). */
    public Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a sha-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /**
     * A copy of the content under its file name ({@code view/<sha-prefix>/<name>}), so that the system's
     * viewer knows its type; stored files themselves have no extension.
     */
    public Path viewable(String sha256, String name) throws IOException {
        String safe = name == null ? "document" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (safe.isEmpty() || safe.startsWith(".")) {
            safe = "document" + safe;
        }
        Path target = root.getParent().resolve("view").resolve(sha256.substring(0, 12)).resolve(safe);
        if (!Files.isRegularFile(target)) {
            Files.createDirectories(target.getParent());
            OwnerOnly.restrict(target.getParent().getParent());
            OwnerOnly.restrict(target.getParent());
            copyTo(sha256, target);
            OwnerOnly.restrict(target);
        }
        return target;
    }

    public boolean has(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
