package org.sillage.domain;

import java.util.List;

/** An application with its posting's main fields and its whole timeline, oldest first. */
public record ApplicationView(
        Application application,
        String title,
        String organization,
        java.time.LocalDate deadline,
        List<StatusChange> history) {
}
