package org.sillage.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.sillage.domain.ChecklistItem;
import org.sillage.domain.DocumentRequirement;
import org.sillage.domain.DocumentState;
import org.sillage.domain.LibraryEntry;
import org.sillage.domain.Necessity;
import org.sillage.domain.PostingFields;
import org.sillage.domain.StoredFileRef;
import org.sillage.domain.UserException;
import org.sillage.store.ChecklistRepository.NewItem;
import org.sillage.store.FileStore;
import org.sillage.store.Repositories;
import org.sillage.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checklist of documents of each application, the files attached to its items (copied into the data
 * folder with a checksum), and the library of those files.
 */
public final class DocumentService {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentService.class);

    private final Store store;
    private final FileStore files;
    private final Clock clock;

    public DocumentService(Store store, FileStore files, Clock clock) {
        this.store = store;
        this.files = files;
        this.clock = clock;
    }

    /** Fills a new application's checklist from what its posting asks for (waived documents left out). */
    static void prefill(Repositories r, long applicationId, PostingFields posting) {
        for (DocumentRequirement d : posting.requiredDocuments()) {
            if (d.necessity() == Necessity.WAIVED) {
                continue;
            }
            r.checklists().insertItem(applicationId, new NewItem(d.kind(), null, d.format(), d.length(),
                    d.language(), d.necessity() == Necessity.REQUIRED));
        }
    }

    public List<ChecklistItem> checklist(long applicationId) {
        return store.transaction(r -> r.checklists().checklist(applicationId));
    }

    /** Adds an item the posting did not list: a known kind, or {@code other:<words>} from a free label. */
    public ChecklistItem addItem(long applicationId, String kindOrLabel, boolean required) {
        if (kindOrLabel == null || kindOrLabel.isBlank()) {
            throw new UserException("error.document.label");
        }
        String v = kindOrLabel.strip();
        String kind = DocumentRequirement.KNOWN_KINDS.contains(v) ? v : "other:" + v;
        return store.transaction(r -> {
            r.applications().find(applicationId)
                    .orElseThrow(() -> new UserException("error.application.not_found", applicationId));
            long id = r.checklists().insertItem(applicationId, new NewItem(kind, null, null, null, null, required));
            return r.checklists().findItem(id).orElseThrow();
        });
    }

    public void removeItem(long itemId) {
        store.run(r -> r.checklists().deleteItem(itemId));
    }

    public ChecklistItem setState(long itemId, DocumentState state) {
        return store.transaction(r -> {
            r.checklists().findItem(itemId).orElseThrow(() -> new UserException("error.document.not_found", itemId));
            r.checklists().setState(itemId, state);
            return r.checklists().findItem(itemId).orElseThrow();
        });
    }

    /**
     * Copies {@code file} into the data folder (once per content) and attaches it to the item. The copy
     * stays even if the original moves or disappears.
     */
    public ChecklistItem attach(long itemId, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("error.import.not_found", file);
        }
        FileStore.Stored stored;
        try {
            stored = files.put(file);
        } catch (NoSuchFileException e) {
            throw new UserException(e, "error.import.not_found", file);
        } catch (IOException e) {
            LOG.warn("Could not copy {} into the data folder", file, e);
            throw new UserException(e, "error.document.copy", file);
        }
        String name = file.getFileName().toString();
        String mediaType = probe(file);
        return store.transaction(r -> {
            r.checklists().findItem(itemId).orElseThrow(() -> new UserException("error.document.not_found", itemId));
            StoredFileRef ref = r.checklists().storeFile(stored.sha256(), name, stored.size(), mediaType, clock.instant());
            r.checklists().attach(itemId, ref.id(), clock.instant());
            markReady(r, itemId);
            return r.checklists().findItem(itemId).orElseThrow();
        });
    }

    /** Attaches a file of the library (already stored) to another item: reusing one CV for many applications. */
    public ChecklistItem attachStored(long itemId, long fileId) {
        return store.transaction(r -> {
            r.checklists().findFile(fileId).orElseThrow(() -> new UserException("error.document.not_found", fileId));
            r.checklists().attach(itemId, fileId, clock.instant());
            markReady(r, itemId);
            return r.checklists().findItem(itemId).orElseThrow();
        });
    }

    /** A document still to prepare becomes Ready once a file is attached to it (Sent stays Sent). */
    private static void markReady(org.sillage.store.Repositories r, long itemId) {
        r.checklists().findItem(itemId).filter(i -> i.state() == org.sillage.domain.DocumentState.TO_PREPARE)
                .ifPresent(i -> r.checklists().setState(itemId, org.sillage.domain.DocumentState.READY));
    }

    public ChecklistItem detach(long itemId, long fileId) {
        return store.transaction(r -> {
            r.checklists().detach(itemId, fileId);
            return r.checklists().findItem(itemId).orElseThrow(() -> new UserException("error.document.not_found", itemId));
        });
    }

    public List<LibraryEntry> library() {
        return store.transaction(r -> r.checklists().library());
    }

    /** A stored file's plain content (decrypted when the folder is protected). */
    public byte[] content(StoredFileRef file) {
        try (var in = files.open(file.sha256())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UserException(e, "error.open.copy", file.displayName());
        }
    }

    /** A copy of a stored file under its own name, for the system viewer to open. */
    public Path viewable(StoredFileRef file) {
        try {
            return files.viewable(file.sha256(), file.displayName());
        } catch (IOException e) {
            throw new UserException(e, "error.open.copy", file.displayName());
        }
    }

    /** Required items still To prepare: what a move to Applied warns about. */
    public List<ChecklistItem> missing(long applicationId) {
        return checklist(applicationId).stream().filter(ChecklistItem::isMissing).toList();
    }

    private static String probe(Path file) {
        try {
            return Files.probeContentType(file);
        } catch (IOException e) {
            return null;
        }
    }
}
