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

    private Store(Database database) {
        this.database = database;
        this.candidateId = database.transaction(Repositories::defaultCandidate);
    }

    /** Opens and migrates the database in {@code folder}. */
    public static Store open(Path folder) {
        return new Store(Database.open(folder));
    }

    public <T> T transaction(Function<Repositories, T> work) {
        return database.transaction(dsl -> work.apply(new Repositories(dsl, candidateId)));
    }

    public void run(Consumer<Repositories> work) {
        transaction(r -> {
            work.accept(r);
            return null;
        });
    }

    /** Opens with extra Flyway locations; for tests of future migrations. */
    static Store open(Path folder, String... migrationLocations) {
        return new Store(Database.open(folder, migrationLocations));
    }

    @Override
    public void close() {
        database.close();
    }
}
