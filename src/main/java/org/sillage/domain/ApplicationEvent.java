package org.sillage.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An interview, a written test, a follow-up (relance) or an expected answer, recorded on an application.
 *
 * @param time  null for a whole-day event
 * @param zone  IANA zone id of {@code time}; null means the user's zone
 * @param place a place or a link (video call)
 */
public record ApplicationEvent(long id, long applicationId, EventKind kind, LocalDate date, LocalTime time,
                               String zone, String place, String note, boolean done) {
}
