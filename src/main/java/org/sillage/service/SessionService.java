package org.sillage.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.sillage.domain.SupportAction;
import org.sillage.domain.SupportSession;
import org.sillage.domain.UserException;
import org.sillage.store.Store;

/**
 * The one-on-one sessions of the current job seeker and the actions agreed in them (issue 9, ADR 0024).
 * Each write is one transaction and marks the seeker's last activity.
 */
public final class SessionService {
    /** The longest texts the columns hold. */
    static final int NOTES_MAX = 8000;
    static final int TEXT_MAX = 4000;
    static final int WHAT_MAX = 1000;
    /** A session lasts at most a day. */
    static final int DURATION_MAX = 24 * 60;

    private final Store store;
    private final Clock clock;

    public SessionService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** An action as the session form edits it: {@code id} 0 for a new one. */
    public record ActionDraft(long id, SupportAction.Details details) {
    }

    /** A session with its actions. */
    public record WithActions(SupportSession session, List<SupportAction> actions) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A page of the sessions, newest first. */
    public List<SupportSession> list(int offset, int limit) {
        return store.transaction(r -> r.sessions().page(offset, limit));
    }

    public int count() {
        return store.transaction(r -> r.sessions().count());
    }

    public SupportSession get(long id) {
        return store.transaction(r -> r.sessions().find(id))
                .orElseThrow(() -> new UserException("error.session.not_found", id));
    }

    /** A session and its actions, read together. */
    public WithActions withActions(long id) {
        return store.transaction(r -> {
            SupportSession s = r.sessions().find(id).orElseThrow(() -> new UserException("error.session.not_found", id));
            return new WithActions(s, r.actions().forSession(id));
        });
    }

    /** Records a session. */
    public SupportSession add(SupportSession.Details details) {
        return save(null, details, List.of()).session();
    }

    /**
     * Records a new session ({@code id} null) or changes one, with its actions: drafts with an id change
     * those actions, drafts without add them, and the session's actions not in the list are deleted. All or
     * nothing.
     */
    public WithActions save(Long id, SupportSession.Details details, List<ActionDraft> actions) {
        SupportSession.Details d = checked(details);
        List<ActionDraft> drafts = new ArrayList<>();
        for (ActionDraft a : actions) {
            drafts.add(new ActionDraft(a.id(), checked(a.details())));
        }
        return store.transaction(r -> {
            var now = clock.instant();
            long sessionId;
            if (id == null) {
                sessionId = r.sessions().insert(d, now);
            } else {
                if (!r.sessions().update(id, d, now)) {
                    throw new UserException("error.session.not_found", id);
                }
                sessionId = id;
            }
            Set<Long> kept = drafts.stream().map(ActionDraft::id).filter(a -> a != 0).collect(Collectors.toSet());
            for (SupportAction old : r.actions().forSession(sessionId)) {
                if (!kept.contains(old.id())) {
                    r.actions().delete(old.id());
                }
            }
            for (ActionDraft a : drafts) {
                if (a.id() == 0) {
                    r.actions().insert(sessionId, a.details(), now);
                } else if (!r.actions().find(a.id()).filter(x -> x.sessionId() != null && x.sessionId() == sessionId)
                        .map(x -> r.actions().update(a.id(), a.details(), now)).orElse(false)) {
                    throw new UserException("error.action.not_found", a.id());
                }
            }
            r.candidate().touch(now);
            return new WithActions(r.sessions().find(sessionId).orElseThrow(), r.actions().forSession(sessionId));
        });
    }

    /** Deletes a session; its actions stay, outside any session. */
    public void delete(long id) {
        store.run(r -> {
            if (!r.sessions().delete(id)) {
                throw new UserException("error.session.not_found", id);
            }
            r.candidate().touch(clock.instant());
        });
    }

    /** The actions of one session, soonest due first. */
    public List<SupportAction> actions(long sessionId) {
        return store.transaction(r -> {
            r.sessions().find(sessionId).orElseThrow(() -> new UserException("error.session.not_found", sessionId));
            return r.actions().forSession(sessionId);
        });
    }

    /** At most {@code limit} of the seeker's actions still to do, soonest due first. */
    public List<SupportAction> openActions(int limit) {
        return store.transaction(r -> r.actions().open(null, limit));
    }

    /** How many of the seeker's actions are still to do after their day. */
    public int overdueCount() {
        return store.transaction(r -> r.actions().overdueCount(today()));
    }

    public SupportAction action(long id) {
        return store.transaction(r -> r.actions().find(id))
                .orElseThrow(() -> new UserException("error.action.not_found", id));
    }

    /** Adds an action, in session {@code sessionId} or outside any (null). */
    public SupportAction addAction(Long sessionId, SupportAction.Details details) {
        SupportAction.Details d = checked(details);
        return store.transaction(r -> {
            if (sessionId != null) {
                r.sessions().find(sessionId).orElseThrow(() -> new UserException("error.session.not_found", sessionId));
            }
            var now = clock.instant();
            long id = r.actions().insert(sessionId, d, now);
            r.candidate().touch(now);
            return r.actions().find(id).orElseThrow();
        });
    }

    public SupportAction updateAction(long id, SupportAction.Details details) {
        SupportAction.Details d = checked(details);
        return store.transaction(r -> {
            var now = clock.instant();
            if (!r.actions().update(id, d, now)) {
                throw new UserException("error.action.not_found", id);
            }
            r.candidate().touch(now);
            return r.actions().find(id).orElseThrow();
        });
    }

    /** Ticks an action done, cancels it, or sets it back to do. */
    public SupportAction setState(long id, SupportAction.State state) {
        return store.transaction(r -> {
            var now = clock.instant();
            if (!r.actions().setState(id, state, now)) {
                throw new UserException("error.action.not_found", id);
            }
            r.candidate().touch(now);
            return r.actions().find(id).orElseThrow();
        });
    }

    public void deleteAction(long id) {
        store.run(r -> {
            if (!r.actions().delete(id)) {
                throw new UserException("error.action.not_found", id);
            }
            r.candidate().touch(clock.instant());
        });
    }

    static SupportSession.Details checked(SupportSession.Details d) {
        if (d == null || d.heldOn() == null) {
            throw new UserException("error.session.date");
        }
        Integer minutes = d.durationMinutes();
        if (minutes != null && (minutes <= 0 || minutes > DURATION_MAX)) {
            throw new UserException("error.session.duration", minutes);
        }
        return new SupportSession.Details(d.heldOn(), minutes, text(d.notes(), NOTES_MAX),
                text(d.reviewed(), TEXT_MAX), text(d.decisions(), TEXT_MAX));
    }

    static SupportAction.Details checked(SupportAction.Details d) {
        String what = d == null ? null : text(d.what(), WHAT_MAX);
        if (what == null) {
            throw new UserException("error.action.what");
        }
        if (d.owner() == null) {
            throw new UserException("error.action.owner");
        }
        return new SupportAction.Details(what, d.owner(), d.dueOn());
    }

    private static String text(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.length() > max) {
            throw new UserException("error.session.too_long", max);
        }
        return t;
    }
}
