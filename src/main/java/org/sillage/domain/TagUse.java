package org.sillage.domain;

/** A tag and how many postings and applications carry it. */
public record TagUse(String name, int postings, int applications) {
}
