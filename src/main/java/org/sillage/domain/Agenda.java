package org.sillage.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** Rules of time shared by the agenda, the reminders and the application list. */
public final class Agenda {
    private Agenda() {
    }

    /** The sections of the agenda list. */
    public enum Bucket { OVERDUE, TODAY, THIS_WEEK, LATER, DONE }

    /** The section an item goes in, seen on {@code today}: this week runs to Sunday. */
    public static Bucket bucket(AgendaItem item, ZonedDateTime now) {
        if (item.done()) {
            return Bucket.DONE;
        }
        if (item.due().isBefore(now)) {
            return Bucket.OVERDUE;
        }
        LocalDate today = now.toLocalDate();
        LocalDate day = item.date();
        if (!day.isAfter(today)) {
            return Bucket.TODAY;
        }
        return day.isAfter(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))) ? Bucket.LATER : Bucket.THIS_WEEK;
    }

    /**
     * An application still Saved or Preparing after its deadline has expired; it is shown as such, never
     * moved without the user.
     */
    public static boolean isExpired(ApplicationStatus status, AgendaItem deadline, ZonedDateTime now) {
        return deadline != null && (status == ApplicationStatus.SAVED || status == ApplicationStatus.PREPARING)
                && deadline.due().isBefore(now);
    }

    /** An application Applied, with no answer, whose follow-up date has passed without a follow-up done. */
    public static boolean needsFollowUp(ApplicationStatus status, AgendaItem followUp, ZonedDateTime now) {
        return status == ApplicationStatus.APPLIED && followUp != null && !followUp.done()
                && followUp.due().isBefore(now);
    }
}
