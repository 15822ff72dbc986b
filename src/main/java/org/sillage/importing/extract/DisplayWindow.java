package org.sillage.importing.extract;

import java.time.LocalDate;

/**
 * The period a site shows an offer, as its front matter nests it (« dates.from.day » to « dates.to.day », ADR 0075):
 * its end is when applications close only for an offer shown a few weeks.
 */
final class DisplayWindow {
    private DisplayWindow() {
    }

    /** From one week to about six weeks between the period's start and {@code end}; false without a start. */
    static boolean shownAFewWeeks(PostingText t, LocalDate end) {
        for (var e : t.frontMatter.entrySet()) {
            if (!MetaDateRoles.nestedPeriodStart(e.getKey())) {
                continue;
            }
            PostingText.Meta m = e.getValue();
            DateGrammar.DateMatch d = DateGrammar.findIn(t.fold, m.start(), m.end(), t::numericOrder);
            LocalDate from = d == null || !d.hasDay() ? null : DateRoles.value(t, d);
            if (from != null) {
                long days = java.time.temporal.ChronoUnit.DAYS.between(from, end);
                return days >= 7 && days <= 45;
            }
        }
        return false;
    }
}
