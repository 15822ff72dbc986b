package org.sillage.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Function;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.sillage.domain.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database of one data folder. Opening it migrates the schema with Flyway, after a
 * backup copy of an existing database; a database made by a newer Sillage is refused, not touched.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String FILE_NAME = "sillage";
    /**
     * The highest migration this build ships ({@code db/migration/V<n>__...}); a test keeps it in step.
     * A database already at this version opens without starting Flyway, which keeps start-up short.
     */
    static final int SCHEMA_VERSION = 21;
    private static final String DEFAULT_LOCATION = "classpath:db/migration";

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final Path folder;
    /** Opens a connection outside the pool: the compaction on close needs one that it can close itself. */
    private final ConnectionOpener direct;

    @FunctionalInterface
    private interface ConnectionOpener {
        Connection open() throws SQLException;
    }

    /** How deep the current thread is in {@link #transaction}, and whether that work wrote anything. */
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
    private final ThreadLocal<boolean[]> wrote = ThreadLocal.withInitial(() -> new boolean[1]);

    private Database(JdbcConnectionPool pool, Path folder, ConnectionOpener direct) {
        this.pool = pool;
        this.folder = folder;
        this.direct = direct;
        Settings settings = new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
        var configuration = new org.jooq.impl.DefaultConfiguration().set(pool).set(SQLDialect.H2).set(settings)
                .set(new org.jooq.impl.DefaultExecuteListenerProvider(new WriteGuard(folder)));
        this.dsl = DSL.using(configuration);
    }

    /**
     * Sees every statement: a write is refused before it starts when the disk is nearly full, and is
     * remembered so that the transaction is forced to disk once it commits.
     */
    private final class WriteGuard implements org.jooq.ExecuteListener {
        private final Path folder;

        WriteGuard(Path folder) {
            this.folder = folder;
        }

        @Override
        public void executeStart(org.jooq.ExecuteContext ctx) {
            if (ctx.type() != org.jooq.ExecuteType.READ && depth.get()[0] > 0) {
                DiskSpace.require(folder, 0);
                wrote.get()[0] = true;
            }
        }
    }

    /**
     * Opens (creating if needed) and migrates the database in {@code folder}. What makes an acknowledged
     * write survive {@code kill -9} (ADR 0011, measured with {@code KillBench}):
     * {@code REUSE_SPACE=FALSE}, so that every commit is appended where recovery looks for it (with space
     * reuse, H2 2.5 sometimes wrote the first commit after a clean open where recovery did not find it:
     * about one write in ten lost); {@code WRITE_DELAY=0} and a {@code CHECKPOINT SYNC} after each write
     * transaction, so that it is on disk before the caller says so; {@code MAX_COMPACT_TIME=0}, so that no
     * compaction moves chunks while a kill can come (the file is compacted on close instead).
     */
    public static Database open(Path folder) {
        return open(folder, null, DEFAULT_LOCATION);
    }

    /**
     * Opens a folder whose data may be protected: with {@code keys}, the file is encrypted by H2
     * ({@code CIPHER=AES}, the current data key as its file password; ADR 0016).
     */
    public static Database open(Path folder, Protection.Keys keys) {
        return open(folder, keys, DEFAULT_LOCATION);
    }

    /** Opens with migrations from the given Flyway locations (tests add future migrations this way). */
    static Database open(Path folder, Protection.Keys keys, String... migrationLocations) {
        String url = "jdbc:h2:file:" + folder.resolve(FILE_NAME).toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=4;WRITE_DELAY=0;MAX_COMPACT_TIME=0;REUSE_SPACE=FALSE"
                + (keys == null ? "" : ";CIPHER=AES");
        JooqWarmUp.start();
        Backups.finishPendingRestore(folder);
        String password = keys == null ? "" : new String(keys.databasePassword()) + " ";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", password);
        pool.setMaxConnections(8);
        try {
            try (Connection probe = pool.getConnection()) {
                LOG.debug("opened {}", probe.getMetaData().getURL());
            }
            migrate(pool, folder, migrationLocations);
            OwnerOnly.restrict(folder.resolve(FILE_NAME + ".mv.db"));
            return new Database(pool, folder, () -> {
                java.util.Properties p = new java.util.Properties();
                p.setProperty("user", "sa");
                p.setProperty("password", password);
                return org.h2.Driver.load().connect(url, p);
            });
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, folder);
        } catch (org.flywaydb.core.api.FlywayException e) {
            pool.dispose();
            LOG.error("Database migration failed", e);
            throw new UserException(e, "error.database.migration", folder);
        } catch (RuntimeException e) {
            pool.dispose();
            Throwable sql = rootSqlException(e);
            if (sql instanceof SQLException s) {
                throw translate(s, folder);
            }
            throw e;
        }
    }

    private static Throwable rootSqlException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return t;
            }
        }
        return null;
    }

    private static RuntimeException translate(SQLException e, Path folder) {
        int code = e.getErrorCode();
        if (code == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
            return new UserException(e, "error.protection.key_mismatch", folder);
        }
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new UserException(e, "error.database.in_use", folder);
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1) {
            return new UserException(e, "error.database.unreadable", folder);
        }
        return new UserException(e, "error.database.open", folder, e.getMessage());
    }

    /** Told when an older database is about to be backed up and upgraded (the window then says so). */
    private static volatile Runnable upgrading = () -> { };

    /** {@code r} runs, on the opening thread, when an older database is about to be upgraded. */
    public static void onUpgrade(Runnable r) {
        upgrading = r == null ? () -> { } : r;
    }

    private static void migrate(JdbcConnectionPool pool, Path folder, String[] locations) throws SQLException {
        boolean defaultLocations = locations.length == 1 && DEFAULT_LOCATION.equals(locations[0]);
        if (defaultLocations) {
            int applied = appliedVersion(pool);
            if (applied == SCHEMA_VERSION) {
                return;
            }
            if (applied > SCHEMA_VERSION) {
                throw new UserException("error.database.newer", applied, SCHEMA_VERSION);
            }
        }
        Flyway flyway = Flyway.configure().dataSource(pool).locations(locations).load();
        MigrationInfoService info = flyway.info();
        MigrationInfo[] all = info.all();
        MigrationVersion known = Arrays.stream(all).filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS
                        && m.getState() != MigrationState.FUTURE_FAILED && m.getVersion() != null)
                .map(MigrationInfo::getVersion).max(Comparator.naturalOrder()).orElse(MigrationVersion.EMPTY);
        MigrationInfo current = info.current();
        boolean future = Arrays.stream(all).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
        if (future) {
            throw new UserException("error.database.newer", current == null ? "?" : current.getVersion(), known);
        }
        if (current != null && info.pending().length > 0) {
            upgrading.run();
            backup(pool, folder, current.getVersion());
        }
        var result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Database migrated to version {} ({} migrations)", result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
    }

    /**
     * The highest version recorded as successfully applied, or -1 when there is no history yet or it
     * holds a failed or non-numeric entry (Flyway then decides).
     */
    private static int appliedVersion(JdbcConnectionPool pool) throws SQLException {
        try (Connection c = pool.getConnection()) {
            try (var tables = c.getMetaData().getTables(null, "PUBLIC", "flyway_schema_history", null)) {
                if (!tables.next()) {
                    return -1;
                }
            }
            int max = -1;
            try (Statement s = c.createStatement();
                 var rs = s.executeQuery("select \"version\", \"success\" from \"flyway_schema_history\"")) {
                while (rs.next()) {
                    String version = rs.getString(1);
                    if (version == null) {
                        continue;
                    }
                    if (!rs.getBoolean(2) || !version.matches("\\d+")) {
                        return -1;
                    }
                    max = Math.max(max, Integer.parseInt(version));
                }
            }
            return max;
        }
    }

    /** An online, consistent zip of the database, next to it in {@code backups/}, before a migration. */
    private static void backup(JdbcConnectionPool pool, Path folder, MigrationVersion from) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = folder.resolve("backups").resolve("sillage-v" + from + "-" + stamp + ".zip");
        Backups.write(target, "error.database.backup", part -> backupTo(pool, part));
        LOG.info("Backed up the database to {} before migrating", target);
    }

    /** An online, consistent zip of the database ({@code BACKUP TO}); it also reads every page. */
    void backupTo(Path target) throws SQLException {
        backupTo(pool, target);
    }

    private static void backupTo(JdbcConnectionPool pool, Path target) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        }
    }

    /** Runs {@code work} in one transaction: all of it is stored, or none. */
    <T> T transaction(Function<DSLContext, T> work) {
        int[] d = depth.get();
        if (d[0] == 0) {
            wrote.get()[0] = false;
        }
        d[0]++;
        T result;
        try {
            result = dsl.transactionResult(cfg -> work.apply(cfg.dsl()));
        } finally {
            d[0]--;
        }
        if (d[0] == 0 && wrote.get()[0]) {
            forceToDisk();
        }
        return result;
    }

    /**
     * Writes the committed state out and syncs the file before the caller is told the work is stored.
     * H2's {@code WRITE_DELAY=0} alone is not enough: the kill test ({@code KillBench}) lost about one
     * acknowledged write in twenty with it, so every write transaction ends with {@code CHECKPOINT SYNC}.
     */
    private void forceToDisk() {
        dsl.execute("checkpoint sync");
    }

    /** Whether a failure comes from the storage itself: disk full, file read-only or gone. */
    static boolean isStorageFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                int code = s.getErrorCode();
                if (code == ErrorCode.IO_EXCEPTION_1 || code == ErrorCode.IO_EXCEPTION_2
                        || code == ErrorCode.DATABASE_IS_READ_ONLY || code == ErrorCode.FILE_CORRUPTED_1) {
                    return true;
                }
            }
            if (t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Closes every connection; H2 then closes the database file cleanly. Writes only ever append to the
     * file ({@code REUSE_SPACE=FALSE}, see {@link #open}), so when most of it is old versions the close
     * rewrites it compactly ({@code SHUTDOWN COMPACT}: into a new file, then swapped in, which H2 finishes
     * or undoes at the next open if the process dies in between).
     */
    @Override
    public void close() {
        boolean compact = false;
        try (Connection c = pool.getConnection()) {
            compact = compactPays(c) || compactOnClose;
        } catch (SQLException | NumberFormatException e) {
            LOG.debug("No compaction on close", e);
        }
        try {
            if (compact) {
                // on a connection of its own, closed here: a pooled one could not be closed after the
                // shutdown without an error, and left open, H2 logged it as leaked once the GC found it
                try (Connection d = direct.open(); Statement s = d.createStatement()) {
                    s.execute("shutdown compact");
                } catch (SQLException e) {
                    LOG.debug("No compaction on close", e);
                }
            }
        } finally {
            pool.dispose();
            if (folder != null && java.nio.file.Files.exists(folder.resolve(FILE_NAME + ".mv.db"))) {
                // a compaction writes a new file, made with the default permissions: it stays the owner's alone
                OwnerOnly.restrict(folder.resolve(FILE_NAME + ".mv.db"));
            }
        }
    }

    /** Whether most of a large file is old versions, which a compaction would drop (and then logs it). */
    private boolean compactPays(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            long size = 0;
            int fill = 100;
            try (var rs = s.executeQuery("select setting_name, setting_value from information_schema.settings "
                    + "where setting_name in ('info.FILE_SIZE', 'info.CHUNKS_FILL_RATE')")) {
                while (rs.next()) {
                    if ("info.FILE_SIZE".equals(rs.getString(1))) {
                        size = Long.parseLong(rs.getString(2));
                    } else {
                        fill = Integer.parseInt(rs.getString(2));
                    }
                }
            }
            boolean pays = size > COMPACT_ABOVE_BYTES && fill < COMPACT_BELOW_FILL;
            if (pays || compactOnClose) {
                LOG.info("Compacting the database ({} bytes, {} % used)", size, fill);
            }
            return pays;
        }
    }

    private volatile boolean compactOnClose;

    /** Makes {@link #close} compact the file whatever its size: after an erasure, no old page may stay. */
    void compactOnClose() {
        compactOnClose = true;
    }

    private static final long COMPACT_ABOVE_BYTES = 2L * 1024 * 1024;
    private static final int COMPACT_BELOW_FILL = 60;
}
