package org.sillage.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * One job seeker's line on the caseload screen (issue 9, ADR 0023), read by aggregate queries.
 *
 * @param active              the applications neither archived nor closed, by status
 * @param nextDeadline        the nearest deadline, today or later, of an application not yet sent (null: none)
 * @param overdueActions      the actions still to do whose due day has passed
 * @param lastSession         the day of the latest session (null: none yet)
 * @param lastActivity        the latest change to anything of this person (their creation at the least)
 * @param documentsMissing    the applications due within 3 days with a required document not ready
 * @param followUpsDue        the open applications with a follow-up due today or before
 * @param inactive            nothing changed for this person for 14 days or more
 */
public record CaseloadRow(long seekerId, String name, boolean isDefault, Instant closedAt,
                          Map<ApplicationStatus, Integer> active, LocalDate nextDeadline, int overdueActions,
                          LocalDate lastSession, Instant lastActivity, int documentsMissing, int followUpsDue,
                          boolean inactive) {

    /** Days without activity after which a person is flagged. */
    public static final int INACTIVE_DAYS = 14;
    /** Days before a deadline from which missing documents are flagged. */
    public static final int DOCUMENTS_DAYS = 3;

    /** What a row warns of. */
    public enum Alert {
        DOCUMENTS_MISSING, FOLLOW_UP_DUE, NO_ACTIVITY;

        public String messageKey() {
            return switch (this) {
                case DOCUMENTS_MISSING -> "caseload.alert.documents_missing";
                case FOLLOW_UP_DUE -> "caseload.alert.follow_up_due";
                case NO_ACTIVITY -> "caseload.alert.no_activity";
            };
        }
    }

    public CaseloadRow {
        active = Map.copyOf(active);
    }

    public int activeCount() {
        return active.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(ApplicationStatus s) {
        return active.getOrDefault(s, 0);
    }

    public boolean ended() {
        return closedAt != null;
    }

    /** The alerts of an active person; a person whose support ended has none. */
    public Set<Alert> alerts() {
        Set<Alert> alerts = EnumSet.noneOf(Alert.class);
        if (ended()) {
            return alerts;
        }
        if (documentsMissing > 0) {
            alerts.add(Alert.DOCUMENTS_MISSING);
        }
        if (followUpsDue > 0) {
            alerts.add(Alert.FOLLOW_UP_DUE);
        }
        if (inactive) {
            alerts.add(Alert.NO_ACTIVITY);
        }
        return alerts;
    }
}
