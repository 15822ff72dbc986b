package org.sillage.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.sillage.domain.Handover;
import org.sillage.domain.Seeker;
import org.sillage.domain.UserException;
import org.sillage.export.PersonalDataExport;
import org.sillage.store.ErasureRepository;
import org.sillage.store.FileStore;
import org.sillage.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rights of one person over what the folder keeps about them (GDPR articles 15, 17 and 20; ADR 0025):
 * everything as readable JSON with their files, or everything erased.
 */
public final class GdprService {
    private static final Logger LOG = LoggerFactory.getLogger(GdprService.class);
    private final Store store;
    private final FileStore files;
    private final Clock clock;
    private final BackupService backups;

    public GdprService(Store store, FileStore files, Clock clock, BackupService backups) {
        this.store = store;
        this.files = files;
        this.clock = clock;
        this.backups = backups;
    }

    /** The seeker a person means: a number or a name. */
    public Seeker seeker(String ref) {
        return SeekerService.match(store.transaction(r -> r.candidate().all()), ref);
    }

    /** What an export of personal data wrote. */
    public record Exported(Path json, int rows, int files) {
    }

    /**
     * Writes {@code personal-data.json} and {@code files/} into {@code dir} (created if needed; an existing
     * {@code personal-data.json} is replaced).
     */
    public Exported export(long seekerId, Path dir) {
        Instant now = clock.instant();
        record Data(Seeker seeker, List<Handover.Row> rows, List<Handover.FileEntry> files) {
        }
        Data data = store.transaction(r -> new Data(
                r.candidate().find(seekerId).orElseThrow(() -> new UserException("error.seeker.not_found", seekerId)),
                r.handover().rows(seekerId), r.handover().files(seekerId)));
        try {
            Files.createDirectories(dir);
            Path json = PersonalDataExport.write(dir, now, data.seeker().uuid(), data.rows(), data.files(), files::open);
            return new Exported(json, data.rows().size(), data.files().size());
        } catch (IOException e) {
            throw new UserException(e, "error.gdpr.write", dir, e.getMessage());
        }
    }

    /** What an erasure did; {@code backups} made before it still hold the person until they age out. */
    public record Erased(String name, int rows, int files, int backups) {
    }

    /**
     * Deletes every backup made so far and makes a new one: after an erasure, so that no backup still holds
     * the person (the restore points before it are lost). Returns how many backups went.
     */
    public int replaceBackups() {
        List<Path> old = backups.list();
        backups.backupNow();
        int removed = 0;
        for (Path p : old) {
            try {
                Files.deleteIfExists(p);
                removed++;
            } catch (IOException e) {
                throw new UserException(e, "error.gdpr.backups", p, e.getMessage());
            }
        }
        return removed;
    }

    /**
     * Erases everything about seeker {@code seekerId} in one transaction, then their files nobody else uses,
     * then what the search index and the database file still hold of deleted rows.
     *
     * @throws UserException {@code error.gdpr.default} for the one person of a personal folder
     */
    public Erased erase(long seekerId) {
        Seeker s = store.transaction(r -> r.candidate().find(seekerId))
                .orElseThrow(() -> new UserException("error.seeker.not_found", seekerId));
        if (s.isDefault()) {
            throw new UserException("error.gdpr.default", s.displayName());
        }
        Instant now = clock.instant();
        if (store.currentCandidate() == seekerId) {
            long fallback = store.transaction(r -> r.candidate().all().stream().filter(Seeker::isDefault)
                    .findFirst().orElseThrow().id());
            store.useCandidate(fallback);
        }
        ErasureRepository.Erased erased = store.transaction(r -> r.erasure().erase(seekerId, now));
        int removed = 0;
        for (String sha : erased.files()) {
            try {
                files.delete(sha);
                removed++;
            } catch (IOException e) {
                LOG.warn("Could not delete an erased file; the start-up sweep will", e);
            }
        }
        store.forgetDeleted();
        int olderBackups = backups.list().size();
        LOG.info("Erased a job seeker: {} rows, {} files", erased.rows(), removed);
        return new Erased(s.displayName(), erased.rows(), erased.files().size(), olderBackups);
    }
}
