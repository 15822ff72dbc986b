package org.sillage.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.sillage.domain.StoredFileRef;
import org.sillage.store.FileStore;
import org.sillage.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of {@code files/}, which backups do not copy: a check that each one the database names is
 * there with the content its checksum says, and a sweep of what nothing names any more (originals left
 * by an import that was killed before it committed, temporary {@code .part} files, viewer copies).
 */
public final class FileCheckService {
    private static final Logger LOG = LoggerFactory.getLogger(FileCheckService.class);

    private final Store store;
    private final FileStore files;
    private final Path dataFolder;
    /** Files newer than this may belong to work of this process still under way: the sweep leaves them. */
    private final Instant startedAt;

    FileCheckService(Store store, FileStore files, Path dataFolder, Instant startedAt) {
        this.store = store;
        this.files = files;
        this.dataFolder = dataFolder;
        this.startedAt = startedAt;
    }

    /** A stored file that is missing, or whose content no longer matches its checksum. */
    public record Problem(StoredFileRef file, boolean missing) {
    }

    /** Reads every stored file and compares it with its checksum. */
    public List<Problem> check(ProgressListener progress, BooleanSupplier cancelled) {
        List<StoredFileRef> all = store.transaction(r -> r.checklists().allFiles());
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < all.size() && !cancelled.getAsBoolean(); i++) {
            StoredFileRef f = all.get(i);
            progress.progress(i, all.size(), f.displayName());
            Path p = files.path(f.sha256());
            if (!Files.isRegularFile(p)) {
                problems.add(new Problem(f, true));
            } else if (!f.sha256().equals(sha256(f.sha256()))) {
                problems.add(new Problem(f, false));
            }
        }
        progress.progress(all.size(), all.size(), "");
        return problems;
    }

    /** Deletes what no row names and no work of this process is writing. Returns how many files went. */
    public int sweep() {
        Set<String> known = new HashSet<>();
        store.transaction(r -> r.checklists().allFiles()).forEach(f -> known.add(f.sha256()));
        int removed = 0;
        Path root = dataFolder.resolve("files");
        removed += sweep(root, p -> {
            String name = p.getFileName().toString();
            boolean stored = name.matches("[0-9a-f]{64}") && p.getParent().getFileName().toString().equals(name.substring(0, 2));
            return stored ? !known.contains(name) : name.endsWith(".part") || name.endsWith(".rekey");
        });
        removed += sweep(dataFolder.resolve("view"), p -> true);
        removed += sweep(dataFolder.resolve("restore-check"), p -> true);
        removed += sweep(dataFolder.resolve("backups"), p -> p.getFileName().toString().endsWith(".part")
                || p.toString().contains(".rekey"));
        if (removed > 0) {
            LOG.info("Swept {} files that nothing refers to", removed);
        }
        return removed;
    }

    private int sweep(Path root, java.util.function.Predicate<Path> orphan) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                try {
                    if (orphan.test(p) && Files.getLastModifiedTime(p).compareTo(FileTime.from(startedAt)) < 0) {
                        Files.deleteIfExists(p);
                        removed++;
                    }
                } catch (IOException e) {
                    LOG.warn("Could not sweep {}", p, e);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.warn("Could not sweep {}", root, e);
        }
        return removed;
    }

    /** The checksum of what is stored under {@code sha}: decrypted when the folder is protected. */
    private String sha256(String sha) {
        try (InputStream in = files.open(sha)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            return "";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
