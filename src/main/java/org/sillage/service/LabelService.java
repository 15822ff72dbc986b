package org.sillage.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.sillage.domain.Labels;
import org.sillage.domain.UserException;
import org.sillage.store.LabelRepository;
import org.sillage.store.LabelRepository.Owner;
import org.sillage.store.Store;

/**
 * Priority (1 to 3 stars) and tags on postings and applications. A list filtered by tag adds
 * {@link LabelRepository#postingTagged} or {@link LabelRepository#applicationTagged} to its query.
 */
public final class LabelService {
    private final Store store;

    public LabelService(Store store) {
        this.store = store;
    }

    public Labels ofPosting(long postingId) {
        return store.transaction(r -> {
            requirePosting(r, postingId);
            return r.labels().labels(Owner.POSTING, postingId);
        });
    }

    public Labels ofApplication(long applicationId) {
        return store.transaction(r -> {
            requireApplication(r, applicationId);
            return r.labels().labels(Owner.APPLICATION, applicationId);
        });
    }

    /** Sets a posting's priority, 1 to 3 stars (0 takes it away). */
    public Labels setPostingPriority(long postingId, int priority) {
        checkPriority(priority);
        return store.transaction(r -> {
            requirePosting(r, postingId);
            r.labels().setPriority(Owner.POSTING, postingId, priority);
            return r.labels().labels(Owner.POSTING, postingId);
        });
    }

    public Labels setApplicationPriority(long applicationId, int priority) {
        checkPriority(priority);
        return store.transaction(r -> {
            requireApplication(r, applicationId);
            r.labels().setPriority(Owner.APPLICATION, applicationId, priority);
            return r.labels().labels(Owner.APPLICATION, applicationId);
        });
    }

    /** Replaces a posting's tags; "Lille" and "lille" are one tag, blank ones are dropped. */
    public Labels setPostingTags(long postingId, List<String> tags) {
        return store.transaction(r -> {
            requirePosting(r, postingId);
            r.labels().setTags(Owner.POSTING, postingId, tags);
            return r.labels().labels(Owner.POSTING, postingId);
        });
    }

    public Labels setApplicationTags(long applicationId, List<String> tags) {
        return store.transaction(r -> {
            requireApplication(r, applicationId);
            r.labels().setTags(Owner.APPLICATION, applicationId, tags);
            return r.labels().labels(Owner.APPLICATION, applicationId);
        });
    }

    /** The tags of each of the given postings (a page of a list or an export), by posting id. */
    public Map<Long, List<String>> tagsOfPostings(Collection<Long> postingIds) {
        return postingIds.isEmpty() ? Map.of() : store.transaction(r -> r.labels().tags(Owner.POSTING, postingIds));
    }

    public Map<Long, List<String>> tagsOfApplications(Collection<Long> applicationIds) {
        return applicationIds.isEmpty() ? Map.of() : store.transaction(r -> r.labels().tags(Owner.APPLICATION, applicationIds));
    }

    /** The priority of each of the given postings that has one. */
    public Map<Long, Integer> prioritiesOfPostings(Collection<Long> postingIds) {
        return postingIds.isEmpty() ? Map.of() : store.transaction(r -> r.labels().priorities(Owner.POSTING, postingIds));
    }

    public Map<Long, Integer> prioritiesOfApplications(Collection<Long> applicationIds) {
        return applicationIds.isEmpty() ? Map.of() : store.transaction(r -> r.labels().priorities(Owner.APPLICATION, applicationIds));
    }

    /** Every tag in use with how many postings and applications carry it, by name (a filter's choices). */
    public List<org.sillage.domain.TagUse> allTags() {
        return store.transaction(r -> r.labels().allTags());
    }

    /** Tags starting with {@code typed}, for the tag editor's suggestions. */
    public List<String> suggest(String typed, int limit) {
        return store.transaction(r -> r.labels().suggest(typed, limit));
    }

    private static void checkPriority(int priority) {
        if (priority < 0 || priority > 3) {
            throw new UserException("error.priority.range", priority);
        }
    }

    private static void requirePosting(org.sillage.store.Repositories r, long postingId) {
        if (r.postings().find(postingId).isEmpty()) {
            throw new UserException("error.posting.not_found", postingId);
        }
    }

    private static void requireApplication(org.sillage.store.Repositories r, long applicationId) {
        if (r.applications().find(applicationId).isEmpty()) {
            throw new UserException("error.application.not_found", applicationId);
        }
    }
}
