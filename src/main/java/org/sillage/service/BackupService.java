package org.sillage.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.sillage.domain.UserException;
import org.sillage.store.Backups;
import org.sillage.store.InstanceLock;
import org.sillage.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the database: one automatically on the first start of each day (the last 7 days and the
 * last 4 weeks are kept), one on demand, and restoring one. Files in {@code files/} are not copied;
 * {@link FileCheckService} says which are missing or damaged.
 */
public final class BackupService {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    static final int DAILY_KEPT = 7;
    static final int WEEKLY_KEPT = 4;
    private static final String DAILY = "daily-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Store store;
    private final Clock clock;

    BackupService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Makes today's backup unless there is one already; old daily backups are then thinned out. */
    public Optional<Path> dailyIfDue() {
        LocalDate today = LocalDate.now(clock);
        Path target = Backups.folderOf(store.folder()).resolve(DAILY + today + ".zip");
        if (Files.exists(target)) {
            return Optional.empty();
        }
        store.backupTo(target);
        prune();
        LOG.info("Daily backup {}", target);
        return Optional.of(target);
    }

    /** The daily backup, where a failure is logged rather than stopping the start. */
    public Optional<Path> dailyQuietly() {
        try {
            return dailyIfDue();
        } catch (UserException e) {
            LOG.warn("No daily backup today: {}", e.getMessage(), e);
            return Optional.empty();
        }
    }

    /** A backup now, whatever the day. */
    public Path backupNow() {
        Path target = Backups.folderOf(store.folder()).resolve("manual-" + LocalDateTime.now(clock).format(STAMP) + ".zip");
        store.backupTo(target);
        return target;
    }

    public List<Path> list() {
        return Backups.list(store.folder());
    }

    /** Keeps the 7 newest daily backups, and the newest of each of the 4 weeks before them. */
    void prune() {
        List<LocalDate> days = new ArrayList<>();
        Path dir = Backups.folderOf(store.folder());
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.matches(DAILY + "\\d{4}-\\d{2}-\\d{2}\\.zip"))
                    .forEach(n -> days.add(LocalDate.parse(n.substring(DAILY.length(), n.length() - 4))));
        } catch (IOException e) {
            return;
        }
        days.sort(java.util.Comparator.reverseOrder());
        Set<String> weeks = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate d = days.get(i);
            boolean keep = i < DAILY_KEPT;
            if (!keep) {
                String week = d.get(IsoFields.WEEK_BASED_YEAR) + "-" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                keep = weeks.size() < WEEKLY_KEPT && weeks.add(week);
            }
            if (!keep) {
                try {
                    Files.deleteIfExists(dir.resolve(DAILY + d + ".zip"));
                } catch (IOException e) {
                    LOG.warn("Could not remove the old backup of {}", d, e);
                }
            }
        }
    }

    /**
     * Puts a backup in place of the database of {@code dataFolder}. No Sillage may hold the folder: the
     * window closes its own services first. The replaced database is kept in {@code backups/}.
     */
    public static Path restore(Path dataFolder, Path backup) {
        return restore(dataFolder, backup, FolderKey.NONE);
    }

    /** Same, for a protected folder: the backup is read, and restored, with its key. */
    public static Path restore(Path dataFolder, Path backup, FolderKey key) {
        if (org.sillage.store.KeyFile.isPresent(dataFolder) && !key.isProtected()) {
            throw new UserException("error.password.required", dataFolder);
        }
        if (!Files.isRegularFile(backup)) {
            throw new UserException("error.restore.missing", backup);
        }
        try (InstanceLock lock = InstanceLock.tryAcquire(dataFolder)
                .orElseThrow(() -> new UserException("error.folder.in_use", dataFolder))) {
            return Backups.restore(dataFolder, backup, key.keys);
        }
    }

    /** The newest backup of a folder, also when its database cannot be opened. */
    public static Optional<Path> latest(Path dataFolder) {
        return Backups.latest(dataFolder);
    }
}
