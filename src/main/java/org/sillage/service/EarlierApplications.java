package org.sillage.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.sillage.domain.EarlierApplication;
import org.sillage.domain.Titles;
import org.sillage.store.Repositories;

/**
 * "Did I already apply?": the applications sent in the last twelve months to the same organisation
 * (compared by its folded key) for a similar title ({@link Titles#similar}). Asked when a posting is
 * imported or tracked, and by the postings screen for the posting it shows.
 */
final class EarlierApplications {
    /** How far back an application counts. */
    static final int MONTHS = 12;

    private EarlierApplications() {
    }

    static List<EarlierApplication> find(Repositories r, Clock clock, long postingId, String title, String organization) {
        if (title == null || title.isBlank() || organization == null) {
            return List.of();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        return r.earlierApplications().sentTo(organization, today.minusMonths(MONTHS), postingId, clock.getZone())
                .stream().filter(e -> Titles.similar(title, e.title())).toList();
    }

    static List<EarlierApplication> find(Repositories r, Clock clock, long postingId) {
        return r.postings().find(postingId).map(p -> p.effective())
                .map(f -> find(r, clock, postingId, f.title(), f.organization())).orElse(List.of());
    }
}
