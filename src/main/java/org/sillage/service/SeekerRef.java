package org.sillage.service;

import java.util.List;

import org.sillage.domain.Seeker;

/** Finds a job seeker by what a person types, as every command does ({@link SeekerService#match}). */
final class SeekerRef {
    private SeekerRef() {
    }

    static Seeker find(List<Seeker> all, String ref) {
        return SeekerService.match(all, ref);
    }
}
