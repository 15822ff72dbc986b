package org.sillage.service;

/** Told of the progress of long work; called on the worker thread. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, current) -> { };

    /** {@code done} of {@code total} items finished; {@code current} is the one under way (may be null). */
    void progress(int done, int total, String current);
}
