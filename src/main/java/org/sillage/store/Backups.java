package org.sillage.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.sillage.domain.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies of the database in {@code backups/}, and putting one back.
 *
 * <p>A backup is H2's {@code BACKUP TO}: an online, consistent zip of the database file, written under a
 * temporary name and moved into place, so that a crash never leaves half a backup under a real name.
 *
 * <p>A restore checks the backup first (it opens a copy and reads every row of every table), then swaps
 * it in with a small journal ({@code restore.pending}): a crash at any point of the swap is finished or
 * undone at the next start ({@link #finishPendingRestore}), so the folder never holds half a restore. The
 * database that was replaced is kept in {@code backups/}.
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    static final String DB_FILE = Database.FILE_NAME + ".mv.db";
    private static final String JOURNAL = "restore.pending";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Backups() {
    }

    public static Path folderOf(Path dataFolder) {
        return dataFolder.resolve("backups");
    }

    /** Writes a consistent zip of the open database to {@code target}. */
    static void write(Database database, Path target) {
        write(target, "error.backup.failed", database::backupTo);
    }

    /** What writes a backup's bytes to a path. */
    interface Writer {
        void writeTo(Path part) throws SQLException;
    }

    /**
     * Every backup is written so: aside (a ".part" that the next start sweeps), owner only, on the disk, then named.
     * A full disk or a kill meanwhile never leaves a truncated backup under a good name. {@code failureKey} is the
     * message, with the backups' folder as its argument.
     */
    static void write(Path target, String failureKey, Writer writer) {
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new UserException(e, failureKey, target.getParent());
        }
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            writer.writeTo(part);
            OwnerOnly.restrict(target.getParent());
            OwnerOnly.restrict(part);
            sync(part);
            move(part, target);
        } catch (SQLException | IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // swept at the next start
            }
            if (e instanceof UserException u) {
                throw u;
            }
            LOG.error("Backup to {} failed", target, e);
            throw new UserException(e, failureKey, target.getParent());
        }
    }

    /**
     * Opens a copy of the backup and reads every row of every table. Returns the schema version it holds.
     *
     * @throws UserException {@code error.restore.invalid} when it is not a readable Sillage backup,
     *                       {@code error.database.newer} when a newer Sillage wrote it
     */
    public static int verify(Path backup, Path workFolder, Protection.Keys keys) {
        Path dir = workFolder.resolve("restore-check");
        try {
            deleteTree(dir);
            Path db = extract(backup, dir);
            int version = readAll(db, keys);
            if (version > Database.SCHEMA_VERSION) {
                throw new UserException("error.database.newer", version, Database.SCHEMA_VERSION);
            }
            return version;
        } catch (IOException | SQLException e) {
            LOG.warn("Backup {} is not usable", backup, e);
            throw new UserException(e, "error.restore.invalid", backup);
        } finally {
            try {
                deleteTree(dir);
            } catch (IOException ignored) {
                // left for the next start
            }
        }
    }

    /**
     * Puts {@code backup} in place of the database of {@code dataFolder}, which must be closed. In a
     * protected folder ({@code keys}), the restored database is encrypted under the current key.
     */
    public static Path restore(Path dataFolder, Path backup, Protection.Keys keys) {
        verify(backup, dataFolder, keys);
        Path staged = dataFolder.resolve("restore-staged").resolve(DB_FILE);
        Path aside = folderOf(dataFolder).resolve("before-restore-" + LocalDateTime.now().format(STAMP) + ".mv.db");
        try {
            deleteTree(staged.getParent());
            extract(backup, staged.getParent());
            if (keys != null) {
                Protection.toCurrentKey(staged, keys);
            }
            sync(staged);
            Files.createDirectories(aside.getParent());
            Path journal = dataFolder.resolve(JOURNAL);
            Files.writeString(journal, staged + "\n" + aside + "\n", StandardCharsets.UTF_8);
            sync(journal);
            finishPendingRestore(dataFolder);
            LOG.info("Restored {} (the database it replaced is {})", backup, aside);
            return aside;
        } catch (IOException e) {
            throw new UserException(e, "error.restore.failed", backup);
        }
    }

    /**
     * Finishes or undoes a restore that a crash interrupted; called before the database is opened.
     * The journal names the staged copy and where the current database goes; each step can be
     * repeated, so running this again after a crash inside it is safe.
     */
    public static void finishPendingRestore(Path dataFolder) {
        Path journal = dataFolder.resolve(JOURNAL);
        if (!Files.isRegularFile(journal)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
            if (lines.size() < 2) {
                Files.delete(journal); // written only partly: the swap had not begun
                return;
            }
            Path staged = Path.of(lines.get(0));
            Path aside = Path.of(lines.get(1));
            Path current = dataFolder.resolve(DB_FILE);
            if (Files.exists(staged)) {
                if (Files.exists(current)) {
                    move(current, aside);
                }
                move(staged, current);
            } else if (!Files.exists(current) && Files.exists(aside)) {
                move(aside, current); // nothing staged any more and no database: put the old one back
            }
            Files.deleteIfExists(dataFolder.resolve(Database.FILE_NAME + ".trace.db"));
            Files.delete(journal);
            deleteTree(staged.getParent());
        } catch (IOException e) {
            throw new UserException(e, "error.restore.failed", journal);
        }
    }

    /** The backups in {@code backups/}, newest first. */
    public static List<Path> list(Path dataFolder) {
        Path dir = folderOf(dataFolder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> zips = new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".zip")).toList());
            zips.sort(Comparator.comparing(Backups::modified).reversed());
            return zips;
        } catch (IOException e) {
            return List.of();
        }
    }

    public static Optional<Path> latest(Path dataFolder) {
        return list(dataFolder).stream().findFirst();
    }

    private static java.nio.file.attribute.FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    private static Path extract(Path backup, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(DB_FILE);
        boolean found = false;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (!e.isDirectory() && Path.of(e.getName()).getFileName().toString().equals(DB_FILE)) {
                    try (OutputStream out = Files.newOutputStream(target)) {
                        zip.transferTo(out);
                    }
                    found = true;
                }
            }
        }
        if (!found) {
            throw new IOException("no " + DB_FILE + " in " + backup);
        }
        return target;
    }

    /** Reads every row of every table of the database file {@code db}; returns its schema version. */
    private static int readAll(Path db, Protection.Keys keys) throws SQLException, IOException {
        String name = db.toString().substring(0, db.toString().length() - ".mv.db".length());
        int key = Protection.databaseKeyOf(db, keys);
        String url = "jdbc:h2:file:" + name + ";IFEXISTS=TRUE;TRACE_LEVEL_FILE=0" + (key < 0 ? "" : ";CIPHER=AES");
        String password = key < 0 ? "" : Protection.databasePassword(keys, key) + " ";
        try (Connection c = DriverManager.getConnection(url, "sa", password); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (!tables.stream().anyMatch("POSTING"::equalsIgnoreCase)) {
                throw new SQLException("not a Sillage database: no POSTING table");
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select * from \"" + table.replace("\"", "\"\"") + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                    }
                }
            }
            int version = 0;
            try (ResultSet rs = s.executeQuery("select \"version\" from \"flyway_schema_history\" where \"success\"")) {
                while (rs.next()) {
                    String v = rs.getString(1);
                    if (v != null && v.matches("\\d+")) {
                        version = Math.max(version, Integer.parseInt(v));
                    }
                }
            }
            s.execute("shutdown");
            return version;
        }
    }

    static void sync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
