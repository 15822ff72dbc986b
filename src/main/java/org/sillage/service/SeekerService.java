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

    /** Ends a person's support: they leave the active caseload; everything of theirs stays. */
    public Seeker endSupport(long id) {
        get(id);
        store.run(r -> r.candidate().close(id, clock.instant()));
        return get(id);
    }

    /** Resumes a person's support after it ended. */
    public Seeker resumeSupport(long id) {
        get(id);
        store.run(r -> r.candidate().close(id, null));
        return get(id);
    }

    /**
     * The seeker a person names on the command line: a number, else a name (case and accents aside), whole
     * or the start of one word when only one person matches.
     *
     * @throws UserException {@code error.seeker.unknown} or {@code error.seeker.ambiguous}
     */
    public Seeker resolve(String idOrName) {
        return match(all(), idOrName);
    }

    /**
     * The one of {@code all} that {@code idOrName} names: its number, its whole name, or else the start of
     * one word of its name (case and accents ignored); every command that takes a job seeker reads it so.
     */
    static Seeker match(List<Seeker> all, String idOrName) {
        String wanted = idOrName == null ? "" : idOrName.strip();
        if (wanted.matches("\\d{1,18}")) {
            long id = Long.parseLong(wanted);
            return all.stream().filter(s -> s.id() == id).findFirst()
                    .orElseThrow(() -> new UserException("error.seeker.unknown", wanted));
        }
        String key = fold(wanted);
        List<Seeker> exact = all.stream().filter(s -> fold(s.displayName()).equals(key)).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        List<Seeker> starts = exact.isEmpty() ? all.stream().filter(s -> !key.isEmpty() && java.util.Arrays
                .stream(fold(s.displayName()).split("\\s+")).anyMatch(w -> w.startsWith(key))).toList() : exact;
        if (starts.size() == 1) {
            return starts.get(0);
        }
        if (starts.isEmpty()) {
            throw new UserException("error.seeker.unknown", wanted);
        }
        throw new UserException("error.seeker.ambiguous", wanted,
                String.join(", ", starts.stream().map(s -> s.id() + " " + s.displayName()).toList()));
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s == null ? "" : s, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT).strip();
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
