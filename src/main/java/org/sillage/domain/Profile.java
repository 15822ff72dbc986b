package org.sillage.domain;

/** The candidate's names and e-mail, which fill a required e-mail subject; null when not given. */
public record Profile(String firstName, String lastName, String email) {
}
