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
    static final int SCHEMA_VERSION = 3;
    private static final String DEFAULT_LOCATION = "classpath:db/migration";

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
        Settings settings = new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
        this.dsl = DSL.using(pool, SQLDialect.H2, settings);
    }

    /**
     * Opens (creating if needed) and migrates the database in {@code folder}. {@code WRITE_DELAY=0}: each
     * commit is written out before it returns, so that killing the process loses nothing committed.
     */
    public static Database open(Path folder) {
        return open(folder, DEFAULT_LOCATION);
    }

    /** Opens with migrations from the given Flyway locations (tests add future migrations this way). */
    static Database open(Path folder, String... migrationLocations) {
        String url = "jdbc:h2:file:" + folder.resolve(FILE_NAME).toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=4;WRITE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try {
            try (Connection probe = pool.getConnection()) {
                LOG.debug("opened {}", probe.getMetaData().getURL());
            }
            migrate(pool, folder, migrationLocations);
            return new Database(pool);
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
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new UserException(e, "error.database.in_use", folder);
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1) {
            return new UserException(e, "error.database.unreadable", folder);
        }
        return new UserException(e, "error.database.open", folder, e.getMessage());
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
    private static void backup(JdbcConnectionPool pool, Path folder, MigrationVersion from) throws SQLException {
        Path dir = folder.resolve("backups");
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new UserException(e, "error.database.backup", dir);
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = dir.resolve("sillage-v" + from + "-" + stamp + ".zip");
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        LOG.info("Backed up the database to {} before migrating", target);
    }

    /** Runs {@code work} in one transaction: all of it is stored, or none. */
    <T> T transaction(Function<DSLContext, T> work) {
        return dsl.transactionResult(cfg -> work.apply(cfg.dsl()));
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

    /** Closes every connection; H2 then closes the database file cleanly. */
    @Override
    public void close() {
        pool.dispose();
    }
}
