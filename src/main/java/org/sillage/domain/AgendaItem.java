package org.sillage.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Something dated on an application: its posting's deadline, an event, or its next action.
 *
 * @param eventId null for a deadline (it belongs to the posting) and for a next action
 * @param zone    the zone the time is in (the posting's place, or the user's zone)
 * @param text    what a next action says ("Send a thank-you note"); null for the others
 */
public record AgendaItem(EventKind kind, Long eventId, long applicationId, String title, String organization,
                         ApplicationStatus status, LocalDate date, LocalTime time, ZoneId zone, String place,
                         boolean done, String text) {

    public AgendaItem(EventKind kind, Long eventId, long applicationId, String title, String organization,
                      ApplicationStatus status, LocalDate date, LocalTime time, ZoneId zone, String place,
                      boolean done) {
        this(kind, eventId, applicationId, title, organization, status, date, time, zone, place, done, null);
    }

    /** When it falls due: the end of the day when no time is given. */
    public ZonedDateTime due() {
        return time == null ? date.plusDays(1).atStartOfDay(zone).minusNanos(1) : ZonedDateTime.of(date, time, zone);
    }

    /** A stable name for what this item is about, for reminders and calendar UIDs. */
    public String key() {
        if (kind == EventKind.NEXT_ACTION) {
            return "next-" + applicationId;
        }
        return eventId == null ? "deadline-" + applicationId : "event-" + eventId;
    }
}
