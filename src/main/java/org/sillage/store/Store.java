package org.sillage.store;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The data of one folder: its database, seen through repositories. Every read or write goes through
 * {@link #transaction}, so that a piece of work is stored whole or not at all.
 */
public final class Store implements AutoCloseable {
    private final Database database;
    private final long candidateId;
    private final Path folder;

    private Store(Database database, Path folder) {
        this.database = database;
        this.folder = folder;
        this.candidateId = database.transaction(Repositories::defaultCandidate);
    }

    /** Opens and migrates the database in {@code folder}. */
    public static Store open(Path folder) {
        return new Store(Database.open(folder), folder);
    }

    /** Opens a folder whose data is protected with {@code keys} (null: not protected). */
    public static Store open(Path folder, Protection.Keys keys) {
        return new Store(Database.open(folder, keys), folder);
    }

    /**
     * Runs {@code work} in one transaction. A write the disk refuses (full, read-only, gone) becomes
     * {@code error.database.write}; nothing of the transaction is kept.
     */
    public <T> T transaction(Function<Repositories, T> work) {
        try {
            return database.transaction(dsl -> work.apply(new Repositories(dsl, candidateId)));
        } catch (org.jooq.exception.DataAccessException e) {
            if (Database.isStorageFailure(e)) {
                throw new org.sillage.domain.UserException(e, "error.database.write", folder);
            }
            throw e;
        }
    }

    /** Writes a consistent copy of the database to {@code target} (a zip), under a temporary name first. */
    public void backupTo(Path target) {
        DiskSpace.require(folder, java.nio.file.Files.exists(folder.resolve(Backups.DB_FILE))
                ? sizeOf(folder.resolve(Backups.DB_FILE)) : 0);
        Backups.write(database, target);
    }

    private static long sizeOf(Path p) {
        try {
            return java.nio.file.Files.size(p);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    public Path folder() {
        return folder;
    }

    public void run(Consumer<Repositories> work) {
        transaction(r -> {
            work.accept(r);
            return null;
        });
    }

    /** Opens with extra Flyway locations; for tests of future migrations. */
    static Store open(Path folder, String... migrationLocations) {
        return new Store(Database.open(folder, null, migrationLocations), folder);
    }

    @Override
    public void close() {
        database.close();
    }
}
