package org.sillage.domain;

import java.util.regex.Pattern;

/** A person met through applications: a recruiter, a manager. One contact may sit on several applications. */
public record Contact(long id, String name, String role, String email, String phone, String notes) {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    /** Whether {@code email} has the form of an address (a blank one is no address and is allowed). */
    public static boolean isEmailValid(String email) {
        return email == null || email.isBlank() || EMAIL.matcher(email.strip()).matches();
    }

    /** The contact as typed, tidied: each value stripped, a blank one null. */
    public Contact tidy() {
        return new Contact(id, clean(name), clean(role), clean(email), clean(phone), clean(notes));
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
