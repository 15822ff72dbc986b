package org.sillage.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Something dated on an application: its posting's deadline, an event, or its next action; or an action
 * agreed with the job seeker in a session ({@link EventKind#ACTION}, ADR 0024), which belongs to no
 * application: see {@link #action}.
 *
 * @param eventId null for a deadline (it belongs to the posting) and for a next action; the action's id for
 *                an action
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

    /**
     * An action of a session due on {@code dueOn}: its id in {@code eventId}, no application (0) and no status
     * (null), what to do as the title, and who does it ({@link SupportAction.Owner}'s name) as the text.
     */
    public static AgendaItem action(SupportAction a, ZoneId zone) {
        return new AgendaItem(EventKind.ACTION, a.id(), 0, a.what(), null, null, a.dueOn(), null, zone, null,
                !a.open(), a.owner().name());
    }

    /** Whether this is an action of a session rather than something of an application. */
    public boolean isAction() {
        return kind == EventKind.ACTION;
    }

    /** Who does an action (null for the other kinds). */
    public SupportAction.Owner actionOwner() {
        return isAction() ? SupportAction.Owner.valueOf(text) : null;
    }

    /** When it falls due: the end of the day when no time is given. */
    public ZonedDateTime due() {
        return time == null ? date.plusDays(1).atStartOfDay(zone).minusNanos(1) : ZonedDateTime.of(date, time, zone);
    }

    /**
     * Sorts {@code items} by {@link #due()}, as {@code items.sort(Comparator.comparing(AgendaItem::due))}
     * would (stable, same order), computing each item's due time once rather than at every comparison: a
     * zone's rules are looked up for each, and the reminders sort tens of thousands at 100,000 postings.
     */
    public static void sortByDue(java.util.List<AgendaItem> items) {
        int n = items.size();
        if (n < 2) {
            return;
        }
        record Keyed(ZonedDateTime due, AgendaItem item) {
        }
        Keyed[] keyed = new Keyed[n];
        for (int i = 0; i < n; i++) {
            AgendaItem item = items.get(i);
            keyed[i] = new Keyed(item.due(), item);
        }
        java.util.Arrays.sort(keyed, java.util.Comparator.comparing(Keyed::due));
        for (int i = 0; i < n; i++) {
            items.set(i, keyed[i].item());
        }
    }

    /** A stable name for what this item is about, for reminders and calendar UIDs. */
    public String key() {
        if (kind == EventKind.NEXT_ACTION) {
            return "next-" + applicationId;
        }
        if (kind == EventKind.ACTION) {
            return "action-" + eventId;
        }
        return eventId == null ? "deadline-" + applicationId : "event-" + eventId;
    }
}
