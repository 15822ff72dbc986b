package org.sillage.domain;

/** How the postings list is sorted and filtered: every criterion set must hold. */
public record PostingFilter(Order order, boolean notTracked, DeadlineState deadline) {
    /** Newest imported first, everything: the list as it opens. */
    public static final PostingFilter NONE = new PostingFilter(Order.IMPORTED, false, DeadlineState.ANY);

    public PostingFilter {
        order = order == null ? Order.IMPORTED : order;
        deadline = deadline == null ? DeadlineState.ANY : deadline;
    }

    /** The orders of the list; rows that tie come by id. */
    public enum Order {
        /** Newest imported first. */
        IMPORTED,
        /** Soonest deadline first; postings without a deadline last. */
        DEADLINE,
        /** By title, A to Z, ignoring case; untitled postings last. */
        TITLE
    }

    /** What the deadline must be, on a given day. */
    public enum DeadlineState {
        ANY,
        /** A deadline is known. */
        HAS_DEADLINE,
        /** The deadline is today or later. */
        OPEN,
        /** The deadline's day is past: the posting is closed. */
        CLOSED
    }

    public PostingFilter withOrder(Order o) {
        return new PostingFilter(o, notTracked, deadline);
    }

    public PostingFilter withNotTracked(boolean b) {
        return new PostingFilter(order, b, deadline);
    }

    public PostingFilter withDeadline(DeadlineState d) {
        return new PostingFilter(order, notTracked, d);
    }
}
