package org.sillage.domain;

/** A filter of the applications table kept under a name, to be applied again. */
public record SavedFilter(long id, String name, ApplicationFilter filter) {
}
