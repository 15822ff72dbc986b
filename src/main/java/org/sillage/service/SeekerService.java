package org.sillage.service;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.sillage.domain.Seeker;
import org.sillage.domain.UserException;
import org.sillage.store.Store;

/**
 * The job seekers of a caseload and the one being worked on (issue 9, ADR 0022). Every other service is
 * scoped to the current seeker: switching changes what the applications, the board, the agenda and the
 * dashboard show.
 */
public final class SeekerService {
    private final Store store;
    private final Clock clock;
    private final List<LongConsumer> switchListeners = new CopyOnWriteArrayList<>();

    public SeekerService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public List<Seeker> all() {
        return store.transaction(r -> r.candidate().all());
    }

    /** Whether the folder holds a caseload (more than the one implicit person). */
    public boolean isCaseload() {
        return store.transaction(r -> r.candidate().count()) > 1;
    }

    public Seeker current() {
        return store.transaction(r -> r.candidate().current());
    }

    public Seeker get(long id) {
        return store.transaction(r -> r.candidate().find(id))
                .orElseThrow(() -> new UserException("error.seeker.not_found", id));
    }

    /** Adds a seeker; the name is required. */
    public Seeker add(Seeker.Details details) {
        Seeker.Details d = checked(details);
        return store.transaction(r -> r.candidate().add(d, clock.instant()));
    }

    public Seeker update(long id, Seeker.Details details) {
        Seeker.Details d = checked(details);
        get(id);
        store.transaction(r -> {
            r.candidate().update(id, d);
            return null;
        });
        return get(id);
    }

    /** Scopes every service to the seeker {@code id} and tells the listeners. */
    public void switchTo(long id) {
        store.useCandidate(id);
        switchListeners.forEach(l -> l.accept(id));
    }

    /** Called with the new seeker's id after each {@link #switchTo}. */
    public void onSwitch(LongConsumer listener) {
        switchListeners.add(listener);
    }

    private static Seeker.Details checked(Seeker.Details d) {
        String name = d.displayName() == null ? "" : d.displayName().strip();
        if (name.isEmpty()) {
            throw new UserException("error.seeker.name_required");
        }
        String lang = d.reportLanguage() == null || d.reportLanguage().isBlank() ? null : d.reportLanguage().strip();
        if (lang != null && !lang.equals("fr") && !lang.equals("en")) {
            throw new UserException("error.seeker.language", lang);
        }
        return new Seeker.Details(name, blankToNull(d.firstName()), blankToNull(d.lastName()), blankToNull(d.email()),
                blankToNull(d.phone()), blankToNull(d.targetJobs()), blankToNull(d.notes()), lang, d.consentOn(),
                blankToNull(d.consentScope()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
