package org.sillage.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a session report ("compte rendu d'entretien", ADR 0024) shows, read for one job seeker on one day.
 *
 * @param session      the session reported on (null: a report of the day without a session)
 * @param day          the day of the report (the session's day)
 * @param since        changes are those from this day on: the day after the previous session, or 30 days
 *                     before the first
 * @param previous     the day of the previous session (null: this is the first)
 * @param until        the last day of the deadlines shown
 * @param changes      the status changes of the person's applications from {@code since} to {@code day}
 * @param applications the person's applications in progress (not closed, not archived)
 * @param deadlines    deadlines coming up of applications not yet sent, with the documents still missing
 * @param actions      the actions agreed in the session
 * @param otherActions the person's other actions still to do
 */
public record SessionReport(Seeker seeker, SupportSession session, LocalDate day, LocalDate since,
                            LocalDate previous, LocalDate until, List<Change> changes, List<Current> applications,
                            List<Deadline> deadlines, List<SupportAction> actions, List<SupportAction> otherActions) {

    public SessionReport {
        changes = List.copyOf(changes);
        applications = List.copyOf(applications);
        deadlines = List.copyOf(deadlines);
        actions = List.copyOf(actions);
        otherActions = List.copyOf(otherActions);
    }

    /** A status change of an application ({@code from} null when tracking started). */
    public record Change(Instant at, String title, String organization, ApplicationStatus from, ApplicationStatus to,
                         String note) {
    }

    /** An application in progress. */
    public record Current(long applicationId, String title, String organization, ApplicationStatus status,
                          LocalDate appliedOn) {
    }

    /** A deadline coming up, with the required documents still to prepare (kind and label of each). */
    public record Deadline(long applicationId, String title, String organization, LocalDate date, LocalTime time,
                           List<Missing> missing) {
        public Deadline {
            missing = List.copyOf(missing);
        }
    }

    /** A document still to prepare: its kind ("cv", "other:…") and the label the posting gave it (or null). */
    public record Missing(String kind, String label) {
    }
}
