package org.sillage.domain;

import java.time.LocalDate;

/** A free note on an application, about a day (a call, what was said at an interview). */
public record Note(long id, long applicationId, LocalDate on, String text) {
}
