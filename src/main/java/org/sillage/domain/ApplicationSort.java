package org.sillage.domain;

/** The order of the applications table: one column, either way; rows that tie keep their creation order. */
public record ApplicationSort(ApplicationColumn column, boolean ascending) {
    /** Most recently created first: the order of the applications screen. */
    public static final ApplicationSort NEWEST = new ApplicationSort(ApplicationColumn.CREATED, false);

    public ApplicationSort {
        java.util.Objects.requireNonNull(column);
    }
}
