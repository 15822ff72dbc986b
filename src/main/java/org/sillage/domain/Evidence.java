package org.sillage.domain;

/**
 * Where a value came from: the half-open span {@code [start, end)} of the original text
 * (offsets in UTF-16 chars, as Java strings count) and the name of the rule that found it.
 */
public record Evidence(int start, int end, String rule) {
    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
