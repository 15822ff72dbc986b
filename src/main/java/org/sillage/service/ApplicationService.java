package org.sillage.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.sillage.domain.ApplicationEvent;
import org.sillage.domain.EarlierApplication;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ChecklistItem;
import org.sillage.domain.DocumentState;
import org.sillage.domain.EventKind;
import org.sillage.domain.NextAction;
import org.sillage.domain.NextActions;
import org.sillage.domain.SentDocument;
import org.sillage.domain.StoredFileRef;
import org.sillage.domain.ApplicationView;
import org.sillage.domain.StatusChange;
import org.sillage.domain.UserException;
import org.sillage.store.Repositories;
import org.sillage.store.Store;

/** Tracking postings as applications and following each one through its statuses. */
public final class ApplicationService {
    private final Store store;
    private final Clock clock;
    private final java.util.function.IntSupplier followUpDays;
    private final java.util.function.UnaryOperator<String> words;

    public ApplicationService(Store store, Clock clock, java.util.function.IntSupplier followUpDays) {
        this(store, clock, followUpDays, key -> org.sillage.i18n.Messages.forLocale(java.util.Locale.ENGLISH).get(key));
    }

    /**
     * @param words translates the message key of a proposed next action into the user's language, at the
     *              moment it is proposed (the text is then the user's, as if typed)
     */
    public ApplicationService(Store store, Clock clock, java.util.function.IntSupplier followUpDays,
                              java.util.function.UnaryOperator<String> words) {
        this.store = store;
        this.clock = clock;
        this.followUpDays = followUpDays;
        this.words = words;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    /**
     * The next action a move of this application to {@code to} today proposes, in the user's language
     * ({@link NextAction#NONE} for a closing status): what the status form offers to accept or edit.
     */
    public NextAction proposeNextAction(long applicationId, ApplicationStatus to) {
        return store.transaction(r -> proposal(r, applicationId, to, today()));
    }

    private NextAction proposal(Repositories r, long applicationId, ApplicationStatus to, LocalDate day) {
        LocalDate deadline = r.applications().view(applicationId).map(ApplicationView::deadline).orElse(null);
        return NextActions.after(to, day, deadline, followUpDays.getAsInt())
                .map(p -> new NextAction(words.apply(p.messageKey()), p.on())).orElse(NextAction.NONE);
    }

    /** Sets or clears ({@link NextAction#NONE}) the next action of an application. */
    public ApplicationView setNextAction(long applicationId, NextAction next) {
        store.run(r -> {
            r.applications().find(applicationId)
                    .orElseThrow(() -> new UserException("error.application.not_found", applicationId));
            r.applications().setNextAction(applicationId, next == null ? NextAction.NONE : next);
        });
        return get(applicationId);
    }

    /** Archives an application: it leaves the board and the default lists, and stays with all it holds. */
    public ApplicationView archive(long applicationId) {
        return setArchived(applicationId, clock.instant());
    }

    /** Brings an archived application back to the board and the lists. */
    public ApplicationView unarchive(long applicationId) {
        return setArchived(applicationId, null);
    }

    private ApplicationView setArchived(long applicationId, java.time.Instant at) {
        if (!store.transaction(r -> r.applications().setArchived(applicationId, at))) {
            throw new UserException("error.application.not_found", applicationId);
        }
        return get(applicationId);
    }

    /** The archived applications, most recently created first. */
    public List<ApplicationView> archived() {
        return store.transaction(r -> r.applications().views(true));
    }

    /**
     * An application with no answer: a follow-up is its next action, today. Its status stays Applied.
     */
    public ApplicationView followUpNoAnswer(long applicationId) {
        return setNextAction(applicationId, new NextAction(words.apply("next.no_answer.follow_up"), today()));
    }

    /** An application with no answer is closed: moved to Rejected, with a note that says why. */
    public ApplicationView closeNoAnswer(long applicationId) {
        return changeStatus(applicationId, ApplicationStatus.REJECTED, words.apply("next.no_answer.closed_note"));
    }

    /** The result of {@link #track}: the application's id, and whether it was already tracked. */
    public record Tracked(long applicationId, boolean alreadyTracked, List<EarlierApplication> earlier) {
        /**
         * @param earlier applications sent in the last twelve months to the same organisation for a similar
         *                title ("did I already apply?"), when newly tracked
         */
        public Tracked {
            earlier = List.copyOf(earlier);
        }
    }

    /**
     * "Did I already apply?": the applications sent in the last twelve months to the posting's organisation
     * (case, accents and legal forms aside) for a similar title, most recent first, with what came of each.
     */
    public List<EarlierApplication> earlierApplications(long postingId) {
        return store.transaction(r -> EarlierApplications.find(r, clock, postingId));
    }

    /** Starts following a posting as an application in status Saved; tracking twice is harmless. */
    public Tracked track(long postingId) {
        return store.transaction(r -> {
            if (r.postings().find(postingId).isEmpty()) {
                throw new UserException("error.posting.not_found", postingId);
            }
            var existing = r.applications().findIdByPosting(postingId);
            if (existing.isPresent()) {
                return new Tracked(existing.get(), true, List.of());
            }
            long id = r.applications().insert(postingId, ApplicationStatus.SAVED, clock.instant());
            r.applications().insertChange(id, null, ApplicationStatus.SAVED, clock.instant(), null);
            DocumentService.prefill(r, id, r.postings().find(postingId).orElseThrow().effective());
            return new Tracked(id, false, EarlierApplications.find(r, clock, postingId));
        });
    }

    /** What {@link #proposeTo} did for one job seeker: their application, and whether they already had it. */
    public record Proposed(long seekerId, long applicationId, boolean alreadyTracked) {
    }

    /**
     * Proposes a posting to several job seekers (ADR 0023): each gets their own application in status
     * Saved, with its checklist; one who already tracks it keeps theirs. One transaction: all or none.
     *
     * @throws UserException {@code error.posting.not_found}, {@code error.seeker.not_found}
     */
    public List<Proposed> proposeTo(long postingId, java.util.Collection<Long> seekerIds) {
        return store.transaction(r -> {
            var posting = r.postings().find(postingId)
                    .orElseThrow(() -> new UserException("error.posting.not_found", postingId));
            List<Proposed> done = new java.util.ArrayList<>();
            for (long seekerId : new java.util.LinkedHashSet<>(seekerIds)) {
                if (r.candidate().find(seekerId).isEmpty()) {
                    throw new UserException("error.seeker.not_found", seekerId);
                }
                Repositories theirs = r.forCandidate(seekerId);
                var existing = theirs.applications().findIdByPosting(postingId);
                if (existing.isPresent()) {
                    done.add(new Proposed(seekerId, existing.get(), true));
                    continue;
                }
                long id = theirs.applications().insert(postingId, ApplicationStatus.SAVED, clock.instant());
                theirs.applications().insertChange(id, null, ApplicationStatus.SAVED, clock.instant(), null);
                DocumentService.prefill(theirs, id, posting.effective());
                done.add(new Proposed(seekerId, id, false));
            }
            return done;
        });
    }

    /**
     * What goes with an application when it is removed or its posting deleted: its status and how many
     * timeline entries, dates and checklist documents it holds. Attached files stay in the library.
     */
    public record Removal(long applicationId, ApplicationStatus status, int changes, int events, int documents) {
    }

    /** What removing the application would take away; see {@link Removal}. */
    public Removal removal(long applicationId) {
        return store.transaction(r -> removal(r, applicationId));
    }

    static Removal removal(Repositories r, long applicationId) {
        var app = r.applications().find(applicationId)
                .orElseThrow(() -> new UserException("error.application.not_found", applicationId));
        return new Removal(applicationId, app.status(), r.applications().history(applicationId).size(),
                r.events().forApplication(applicationId).size(), r.checklists().checklist(applicationId).size());
    }

    /**
     * Stops following a posting: the application goes with its timeline, dates and checklist; the
     * posting stays, and can be tracked again. Attached files stay in the library.
     */
    public void remove(long applicationId) {
        boolean removed = store.transaction(r -> r.applications().delete(applicationId));
        if (!removed) {
            throw new UserException("error.application.not_found", applicationId);
        }
    }

    public List<ApplicationView> list() {
        return store.transaction(r -> r.applications().views());
    }

    public ApplicationView get(long applicationId) {
        return store.transaction(r -> r.applications().view(applicationId))
                .orElseThrow(() -> new UserException("error.application.not_found", applicationId));
    }

    /** Moves an application to a new status, with an optional note, and records it in the timeline. */
    public ApplicationView changeStatus(long applicationId, ApplicationStatus to, String note) {
        return changeStatus(applicationId, to, note, null);
    }

    /**
     * As {@link #changeStatus(long, ApplicationStatus, String)}, on a past day ("applied yesterday"): the
     * change is dated at noon that day. The day may be neither in the future nor before the latest change.
     */
    public ApplicationView changeStatus(long applicationId, ApplicationStatus to, String note, LocalDate on) {
        return changeStatus(applicationId, to, note, on, null);
    }

    /**
     * As {@link #changeStatus(long, ApplicationStatus, String, LocalDate)}, with the next action that goes
     * with it: {@code next} as the user accepted or edited it, {@link NextAction#NONE} for none, or null
     * for the one the new status proposes ({@link NextActions}). The next action it replaces is recorded
     * with the change, and an undo puts it back.
     */
    public ApplicationView changeStatus(long applicationId, ApplicationStatus to, String note, LocalDate on,
                                        NextAction next) {
        store.run(r -> {
            var app = r.applications().find(applicationId)
                    .orElseThrow(() -> new UserException("error.application.not_found", applicationId));
            if (app.status() == to) {
                throw new UserException("error.status.unchanged", to.name().toLowerCase(java.util.Locale.ROOT));
            }
            LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
            java.time.Instant at = clock.instant();
            if (on != null && !on.equals(today)) {
                List<StatusChange> done = r.applications().history(applicationId).stream().filter(c -> !c.isUndone()).toList();
                // the tracking itself (no status before it) bounds nothing: an application sent before it was tracked
                // is recorded as sent on its day, and its tracking moves before that
                StatusChange tracking = done.stream().filter(c -> c.from() == null).findFirst().orElse(null);
                java.time.Instant latest = done.stream().filter(c -> c != tracking)
                        .map(StatusChange::at).max(java.util.Comparator.naturalOrder()).orElse(java.time.Instant.MIN);
                LocalDate latestDay = latest == java.time.Instant.MIN ? LocalDate.MIN : LocalDate.ofInstant(latest, clock.getZone());
                if (on.isAfter(today) && latestDay.equals(LocalDate.MIN)) {
                    throw new UserException("error.status.date_future", on.toString());
                }
                if (on.isAfter(today) || on.isBefore(latestDay)) {
                    throw new UserException("error.status.date", on.toString(), latestDay.toString(), today.toString());
                }
                at = on.atTime(12, 0).atZone(clock.getZone()).toInstant();
                at = at.isBefore(latest) ? latest.plusSeconds(1) : at;
                if (tracking != null && !at.isAfter(tracking.at())) {
                    r.applications().redateChange(tracking.id(), at.minusSeconds(1));
                }
            }
            String cleanNote = note == null || note.isBlank() ? null : note.strip();
            long changeId = r.applications().insertChange(applicationId, app.status(), to, at, cleanNote);
            LocalDate appliedOn = app.appliedOn();
            if (to == ApplicationStatus.APPLIED) {
                LocalDate day = LocalDate.ofInstant(at, clock.getZone());
                appliedOn = appliedOn == null ? day : appliedOn;
                recordWhatWasSent(r, applicationId, changeId);
                Long followUp = proposeFollowUp(r, applicationId, day);
                if (followUp != null) {
                    r.applications().recordFollowUp(changeId, followUp);
                }
            }
            r.applications().updateStatus(applicationId, to, appliedOn);
            r.applications().recordNextActionBefore(changeId, app.nextAction());
            r.applications().setNextAction(applicationId,
                    next != null ? next : proposal(r, applicationId, to, LocalDate.ofInstant(at, clock.getZone())));
        });
        return get(applicationId);
    }

    /**
     * Freezes what is sent: every file attached to the checklist at this moment is recorded with its
     * checksum against the change to Applied, and Ready items become Sent.
     */
    private static void recordWhatWasSent(Repositories r, long applicationId, long changeId) {
        for (ChecklistItem item : r.checklists().checklist(applicationId)) {
            for (StoredFileRef f : item.files()) {
                r.checklists().insertSent(changeId, new SentDocument(changeId, item.kind(), item.label(),
                        f.displayName(), f.sha256()), f.id());
            }
            if (item.state() == DocumentState.READY) {
                r.checklists().markSentBy(item.id(), changeId);
            }
        }
    }

    /** Proposes a follow-up N days after sending, unless one is already planned; its id, or null. */
    private Long proposeFollowUp(Repositories r, long applicationId, LocalDate today) {
        boolean planned = r.events().forApplication(applicationId).stream()
                .anyMatch(e -> e.kind() == EventKind.FOLLOW_UP && !e.done());
        if (planned) {
            return null;
        }
        return r.events().insert(new ApplicationEvent(0, applicationId, EventKind.FOLLOW_UP,
                today.plusDays(followUpDays.getAsInt()), null, null, null, null, false));
    }

    /** What was sent with each change to Applied, by status change id. */
    public java.util.Map<Long, List<SentDocument>> sentDocuments(long applicationId) {
        return store.transaction(r -> {
            List<Long> ids = r.applications().history(applicationId).stream().map(StatusChange::id).toList();
            return r.checklists().sent(ids).stream().collect(java.util.stream.Collectors.groupingBy(
                    SentDocument::statusChangeId, java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
        });
    }

    /**
     * Undoes one change of the timeline. The change stays in the record, marked undone, and the
     * application takes the status of the latest change still in force, its next action back, loses the
     * follow-up the change planned if it is still to do, and its documents the change sent are Ready again.
     */
    public ApplicationView undo(long changeId) {
        long applicationId = store.transaction(r -> {
            StatusChange change = r.applications().findChange(changeId)
                    .orElseThrow(() -> new UserException("error.change.not_found", changeId));
            if (change.isInitial()) {
                throw new UserException("error.change.initial");
            }
            if (change.isUndone()) {
                throw new UserException("error.change.already_undone");
            }
            if (!isLatest(r.applications().history(change.applicationId()), change)) {
                // undoing an older change would leave a timeline that reads as impossible
                throw new UserException("error.change.not_latest");
            }
            r.applications().markUndone(changeId, clock.instant());
            // the follow-up the change planned goes with it while it is still to do (ADR 0062); one done stays
            r.applications().followUpOf(changeId).flatMap(id -> r.events().find(id))
                    .filter(e -> !e.done()).ifPresent(e -> r.events().delete(e.id()));
            // and the documents it turned from Ready to Sent are Ready again (the record of what was sent stays)
            r.checklists().unsendBy(changeId);
            recompute(r, change.applicationId());
            r.applications().setNextAction(change.applicationId(), r.applications().nextActionBefore(changeId));
            return change.applicationId();
        });
        return get(applicationId);
    }

    /** Whether {@code change} is the latest change still in force: the only one that can be undone. */
    public static boolean isLatest(List<StatusChange> history, StatusChange change) {
        StatusChange latest = null;
        for (StatusChange c : history) {
            if (!c.isUndone()) {
                latest = c;
            }
        }
        return latest != null && latest.id() == change.id();
    }

    private void recompute(Repositories r, long applicationId) {
        List<StatusChange> inForce = r.applications().history(applicationId).stream()
                .filter(c -> !c.isUndone()).toList();
        ApplicationStatus status = inForce.isEmpty() ? ApplicationStatus.SAVED : inForce.get(inForce.size() - 1).to();
        LocalDate appliedOn = inForce.stream().filter(c -> c.to() == ApplicationStatus.APPLIED).findFirst()
                .map(c -> LocalDate.ofInstant(c.at(), clock.getZone())).orElse(null);
        r.applications().updateStatus(applicationId, status, appliedOn);
    }
}
