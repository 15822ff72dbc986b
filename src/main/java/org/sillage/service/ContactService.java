package org.sillage.service;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.sillage.domain.Contact;
import org.sillage.domain.UserException;
import org.sillage.store.Repositories;
import org.sillage.store.Store;

/**
 * Contacts on applications: a contact is written once and may sit on several applications. A contact
 * taken off its last application is deleted with it, so that none is left on nothing.
 */
public final class ContactService {
    /** The most contacts the picker shows for what was typed. */
    public static final int PICKER_LIMIT = 20;
    private final Store store;
    private final Clock clock;

    public ContactService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * The contact tidied, or why it cannot be kept: {@code error.contact.name} (no name),
     * {@code error.contact.email} (not the form of an address), {@code error.contact.too_long}.
     */
    public static Contact validate(Contact typed) {
        Contact c = typed.tidy();
        if (c.name() == null) {
            throw new UserException("error.contact.name");
        }
        if (!Contact.isEmailValid(c.email())) {
            throw new UserException("error.contact.email", c.email());
        }
        if (c.name().length() > 200 || length(c.role()) > 200 || length(c.email()) > 320 || length(c.phone()) > 60
                || length(c.notes()) > 4000) {
            throw new UserException("error.contact.too_long");
        }
        return c;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    /** The contacts of one application, by name. */
    public List<Contact> forApplication(long applicationId) {
        return store.transaction(r -> r.contacts().forApplication(applicationId));
    }

    /** The contacts of each of the given applications (a page of a table or an export), by application id. */
    public Map<Long, List<Contact>> forApplications(Collection<Long> applicationIds) {
        return applicationIds.isEmpty() ? Map.of() : store.transaction(r -> r.contacts().forApplications(applicationIds));
    }

    /** Contacts with a word of their name starting with {@code typed}, by name, at most {@code limit}. */
    public List<Contact> search(String typed, int limit) {
        return store.transaction(r -> r.contacts().searchByName(typed == null ? "" : typed, limit));
    }

    /** A page of every contact, by id after {@code afterId} (for a search index or an export). */
    public List<Contact> page(long afterId, int size) {
        return store.transaction(r -> r.contacts().page(afterId, size));
    }

    /** Writes a new contact and puts it on the application. */
    public Contact addTo(long applicationId, Contact typed) {
        Contact c = validate(typed);
        return store.transaction(r -> {
            requireApplication(r, applicationId);
            long id = r.contacts().insert(c, clock.instant());
            r.contacts().link(applicationId, id);
            return r.contacts().find(id).orElseThrow();
        });
    }

    /** Changes a contact, on every application it sits on. */
    public Contact update(Contact typed) {
        Contact c = validate(typed);
        return store.transaction(r -> {
            if (!r.contacts().update(c)) {
                throw new UserException("error.contact.not_found", c.id());
            }
            return r.contacts().find(c.id()).orElseThrow();
        });
    }

    /** Puts an existing contact on an application too; harmless if it is there already. */
    public void link(long applicationId, long contactId) {
        store.run(r -> {
            requireApplication(r, applicationId);
            if (r.contacts().find(contactId).isEmpty()) {
                throw new UserException("error.contact.not_found", contactId);
            }
            r.contacts().link(applicationId, contactId);
        });
    }

    /**
     * Takes a contact off an application. Returns true when that was its last application and the
     * contact was deleted.
     */
    public boolean unlink(long applicationId, long contactId) {
        return store.transaction(r -> {
            if (!r.contacts().unlink(applicationId, contactId)) {
                throw new UserException("error.contact.not_found", contactId);
            }
            if (r.contacts().applicationCount(contactId) == 0) {
                return r.contacts().delete(contactId);
            }
            return false;
        });
    }

    /** How many applications a contact sits on (an edit changes it on all of them). */
    public int applicationCount(long contactId) {
        return store.transaction(r -> r.contacts().applicationCount(contactId));
    }

    private static void requireApplication(Repositories r, long applicationId) {
        if (r.applications().find(applicationId).isEmpty()) {
            throw new UserException("error.application.not_found", applicationId);
        }
    }
}
