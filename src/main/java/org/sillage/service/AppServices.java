package org.sillage.service;

import java.nio.file.Path;
import java.time.Clock;

import org.sillage.domain.UserException;
import org.sillage.importing.PostingExtractor;
import org.sillage.importing.TextFileReader;
import org.sillage.importing.extract.RuleExtractor;
import org.sillage.store.InstanceLock;
import org.sillage.store.Store;

/**
 * The composition root of the services for one data folder. Opening it takes the folder's lock, so
 * that a second window or a command line run on the same folder gets a clear refusal, and migrates
 * the database. Closing it releases both.
 */
public final class AppServices implements AutoCloseable {
    private final Path dataFolder;
    private final InstanceLock lock;
    private final Store store;
    private final PostingService postings;
    private final ApplicationService applications;
    private final ImportService imports;
    private final SettingsService settings;

    private AppServices(Path dataFolder, InstanceLock lock, Store store, Clock clock) {
        this.dataFolder = dataFolder;
        this.lock = lock;
        this.store = store;
        PostingExtractor extractor = defaultExtractor();
        this.postings = new PostingService(store, extractor);
        this.applications = new ApplicationService(store, clock);
        this.imports = new ImportService(store, extractor, new TextFileReader(TextFileReader.DEFAULT_MAX_BYTES), clock);
        this.settings = new SettingsService(store);
    }

    /** The extraction rules Sillage uses, also outside any data folder ({@code extract}). */
    public static PostingExtractor defaultExtractor() {
        return new RuleExtractor();
    }

    /**
     * Opens the data folder.
     *
     * @throws UserException {@code error.folder.in_use} when another Sillage holds it, or a database error
     */
    public static AppServices open(Path dataFolder, Clock clock) {
        InstanceLock lock = InstanceLock.tryAcquire(dataFolder)
                .orElseThrow(() -> new UserException("error.folder.in_use", dataFolder));
        try {
            return new AppServices(dataFolder, lock, Store.open(dataFolder), clock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public static AppServices open(Path dataFolder) {
        return open(dataFolder, Clock.systemDefaultZone());
    }

    /** Asks the Sillage window that holds {@code dataFolder} to come to the front; true if one answered. */
    public static boolean requestActivation(Path dataFolder) {
        return InstanceLock.requestActivation(dataFolder);
    }

    /** Lets later launches on the same folder bring this window forward; runs on a background thread. */
    public void onActivationRequest(Runnable action) {
        lock.listenForActivation(action);
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public PostingService postings() {
        return postings;
    }

    public ApplicationService applications() {
        return applications;
    }

    public ImportService imports() {
        return imports;
    }

    public SettingsService settings() {
        return settings;
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            lock.close();
        }
    }
}
