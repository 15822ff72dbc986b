package org.sillage.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.sillage.domain.Handover;
import org.sillage.domain.Seeker;
import org.sillage.domain.UserException;
import org.sillage.export.HandoverWriter;
import org.sillage.importing.HandoverReader;
import org.sillage.store.FileStore;
import org.sillage.store.HandoverRepository;
import org.sillage.store.Store;

/**
 * A job seeker's record out as one encrypted {@code .sillage} archive, and back in, merged without
 * duplicates (issue 9, ADR 0025).
 */
public final class HandoverService {
    /** A passphrase shorter than this is refused: the archive travels, often by e-mail or on a key. */
    public static final int MIN_PASSPHRASE = 8;

    private final Store store;
    private final FileStore files;
    private final Clock clock;
    private final Supplier<String> installationId;
    private final int iterations;

    public HandoverService(Store store, FileStore files, Clock clock, Supplier<String> installationId) {
        this(store, files, clock, installationId, Handover.ITERATIONS);
    }

    /** With another PBKDF2 iteration count (written in the archive): for tests only. */
    HandoverService(Store store, FileStore files, Clock clock, Supplier<String> installationId, int iterations) {
        this.store = store;
        this.files = files;
        this.clock = clock;
        this.installationId = installationId;
        this.iterations = iterations;
    }

    /** The seeker a person means: a number or a name. */
    public Seeker seeker(String ref) {
        return SeekerService.match(store.transaction(r -> r.candidate().all()), ref);
    }

    /** What an export wrote. */
    public record Exported(Path file, String seekerName, int rows, int files) {
    }

    /**
     * Writes seeker {@code seekerId}'s whole record to {@code target}, encrypted with {@code passphrase}.
     *
     * @throws UserException {@code error.handover.passphrase_short}, {@code error.handover.write}
     */
    public Exported export(long seekerId, Path target, char[] passphrase) {
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
            throw new UserException("error.handover.passphrase_short", MIN_PASSPHRASE);
        }
        String me = installationId.get();
        Instant now = clock.instant();
        // rows older than V10 get their stable ids now, once (ADR 0022)
        store.transaction(r -> r.fillMissingStableIds());
        Handover.Manifest manifest = store.transaction(r -> {
            Seeker s = r.candidate().find(seekerId).orElseThrow(() -> new UserException("error.seeker.not_found", seekerId));
            HandoverRepository h = r.handover();
            return new Handover.Manifest(Handover.FORMAT_VERSION, now, me, s.uuid(), s.displayName(), h.rows(seekerId),
                    h.bases(seekerId), h.files(seekerId));
        });
        try {
            HandoverWriter.write(target, passphrase, iterations, manifest, files::open);
        } catch (IOException e) {
            throw new UserException(e, "error.handover.write", target, e.getMessage());
        }
        return new Exported(target, manifest.seekerName(), manifest.rows().size(), manifest.files().size());
    }

    /**
     * Reads an archive and merges it: the whole archive is authenticated first (nothing is written for a
     * wrong passphrase, a newer format, a truncated or a changed archive), then its files are stored (by
     * checksum: a kill leaves at most a file nothing names, swept later), then the rows are merged in one
     * transaction.
     */
    public Handover.ImportSummary importArchive(Path file, char[] passphrase) {
        return importArchive(file, passphrase, ProgressListener.NONE);
    }

    /**
     * {@link #importArchive(Path, char[])}, telling {@code progress} once the archive is checked and its
     * files are stored, just before the merge: {@code (0, rows, null)}.
     */
    public Handover.ImportSummary importArchive(Path file, char[] passphrase, ProgressListener progress) {
        HandoverReader reader = HandoverReader.open(file, passphrase);
        int[] stored = {0};
        Handover.Manifest manifest = reader.read((sha, content) -> {
            FileStore.Stored s = files.put(content, 0);
            if (!s.sha256().equals(sha)) {
                throw new UserException("error.handover.damaged", file);
            }
            stored[0]++;
        });
        String me = installationId.get();
        Instant now = clock.instant();
        progress.progress(0, manifest.rows().size(), null);
        HandoverRepository.Outcome out;
        try {
            out = store.transaction(r -> {
                r.fillMissingStableIds(); // this folder's rows older than V10, so that they can be matched
                return r.handover().merge(manifest, me, now);
            });
        } catch (UserException e) {
            throw e;
        } catch (RuntimeException e) {
            // a row this Sillage cannot write (a value out of its range): the transaction is undone, nothing stays
            throw new UserException(e, "error.handover.damaged", file);
        }
        String name = store.transaction(r -> r.candidate().find(out.candidateId).map(Seeker::displayName).orElse("?"));
        return new Handover.ImportSummary(name, out.added, out.updated, out.unchanged, out.conflicts, stored[0]);
    }

    /** The rows of seeker {@code seekerId}'s record, as an export would carry them. */
    public List<Handover.Row> rows(long seekerId) {
        return store.transaction(r -> r.handover().rows(seekerId));
    }

    /** The conflicts waiting for a person, of seeker {@code seekerId}. */
    public List<Handover.Conflict> conflicts(long seekerId) {
        return store.transaction(r -> r.handover().pendingConflicts(seekerId));
    }

    /** Every pending conflict, of every seeker. */
    public List<Handover.Conflict> allConflicts() {
        return store.transaction(r -> r.candidate().all().stream()
                .flatMap(s -> r.handover().pendingConflicts(s.id()).stream()).toList());
    }

    /**
     * Keeps this side's value, or takes the archive's.
     *
     * @throws UserException {@code error.handover.no_conflict}
     */
    public void resolve(long conflictId, Handover.Keep keep) {
        Instant now = clock.instant();
        boolean done = store.transaction(r -> r.handover().resolve(conflictId, keep, now));
        if (!done) {
            throw new UserException("error.handover.no_conflict", conflictId);
        }
    }
}
