package org.sillage.domain;

/**
 * One thing the search found (ADR 0020), with what opens it: the posting, and the application for an
 * application or an event.
 *
 * @param tag          the application's status or the event's kind (an enum name), null for a posting
 * @param title        the posting's title, with the words the query matched
 * @param organization the posting's organisation, if known
 * @param snippet      the part of the text (the posting's text, the notes, the place) where the words are
 * @param seekerId     the job seeker an application, event, note or contact belongs to; null for a posting
 * @param seekerName   that job seeker's name, filled when the search went across every job seeker
 */
public record SearchResult(SearchKind kind, long id, long postingId, Long applicationId, String tag,
                           Highlighted title, String organization, Highlighted snippet, Long seekerId,
                           String seekerName) {
}
