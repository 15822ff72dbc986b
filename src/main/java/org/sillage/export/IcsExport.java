package org.sillage.export;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.sillage.domain.AgendaItem;
import org.sillage.domain.EventKind;

/**
 * Deadlines and events as an iCalendar file. UIDs are derived from what each item is about, so importing
 * the file again updates a calendar instead of duplicating; timed items carry their TZID with its
 * VTIMEZONE, so that a deadline at noon in Kortrijk stays noon in Brussels.
 */
public final class IcsExport {
    private static final String UID_DOMAIN = ".sillage.local";

    private IcsExport() {
    }

    /** When the calendar reminds: a deadline two days before, an interview or a test one hour before. */
    static java.util.Optional<Duration> alarmBefore(AgendaItem item) {
        return switch (item.kind()) {
            case DEADLINE -> java.util.Optional.of(Duration.ofDays(2));
            case INTERVIEW, WRITTEN_TEST -> java.util.Optional.of(Duration.ofHours(1));
            default -> java.util.Optional.empty();
        };
    }

    /**
     * @param summary the title of each item in the user's language ("Deadline — Coordinator")
     * @param stamp   the DTSTAMP of every event (when the export was made)
     * @param installation the data folder's random id: UIDs stay unique across two people's exports
     */
    public static String write(List<AgendaItem> items, Function<AgendaItem, String> summary, Instant stamp,
                               String installation) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Sillage//Sillage job search//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        Set<String> zones = new LinkedHashSet<>();
        for (AgendaItem item : items) {
            VEvent event;
            if (item.time() == null) {
                event = new VEvent(item.date(), item.date().plusDays(1), summary.apply(item));
            } else {
                ZonedDateTime start = ZonedDateTime.of(item.date(), item.time(), item.zone());
                Duration length = item.kind() == EventKind.DEADLINE ? Duration.ofMinutes(15) : Duration.ofHours(1);
                event = new VEvent(start, length, summary.apply(item));
                zones.add(item.zone().getId());
            }
            event.add(new Uid(item.key() + "@" + installation + UID_DOMAIN));
            alarmBefore(item).filter(a -> !item.done()).ifPresent(before -> {
                var alarm = new net.fortuna.ical4j.model.component.VAlarm(before.negated());
                alarm.add(net.fortuna.ical4j.model.property.immutable.ImmutableAction.DISPLAY);
                alarm.add(new Description(summary.apply(item)));
                event.add(alarm);
            });
            event.replace(new DtStamp(stamp));
            if (item.place() != null) {
                event.add(new Location(item.place()));
            }
            if (item.organization() != null) {
                event.add(new Description(item.organization()));
            }
            if (item.done()) {
                event.add(new Status(Status.VALUE_CONFIRMED));
            }
            calendar.add(event);
        }
        for (String zone : zones) {
            var tz = registry.getTimeZone(zone);
            if (tz != null) {
                calendar.add(tz.getVTimeZone());
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toString();
    }
}
