package org.sillage.ui.applications;

import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sillage.domain.Contact;
import org.sillage.domain.UserException;
import org.sillage.service.ContactService;

/**
 * State of an application's contacts: those on it, and the picker's search among every contact by name.
 * Worker-thread calls return fresh data; the lists and {@code apply*} belong to the JavaFX thread.
 */
public final class ContactsViewModel {
    private final ContactService contacts;
    private final ObservableList<Contact> onApplication = FXCollections.observableArrayList();
    private final ObservableList<Contact> found = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private long applicationId = -1;

    public ContactsViewModel(ContactService contacts) {
        this.contacts = contacts;
    }

    /**
     * What is wrong with a contact as typed, as a message key with its arguments, or null when it can be
     * saved; the editor shows it as the user types.
     */
    public static UserException problem(Contact typed) {
        try {
            ContactService.validate(typed);
            return null;
        } catch (UserException e) {
            return e;
        }
    }

    /** JavaFX thread: shows the contacts of an application; the picker is cleared for another one. */
    public void show(long applicationId, List<Contact> list) {
        if (applicationId != this.applicationId) {
            query.set("");
            found.clear();
        }
        this.applicationId = applicationId;
        onApplication.setAll(list);
    }

    public long applicationId() {
        return applicationId;
    }

    /** Worker thread. */
    public List<Contact> load(long applicationId) {
        return contacts.forApplication(applicationId);
    }

    /** Worker thread: the contacts whose name has a word starting with {@code q}; blank finds nothing. */
    public List<Contact> search(String q) {
        return q == null || q.isBlank() ? List.of() : contacts.search(q, ContactService.PICKER_LIMIT);
    }

    /** JavaFX thread: the picker's results for {@code q}, without those already on the application; dropped if typed past. */
    public void applySearch(String q, List<Contact> results) {
        if (q.equals(query.get())) {
            found.setAll(results.stream().filter(c -> onApplication.stream().noneMatch(o -> o.id() == c.id())).toList());
        }
    }

    /** Worker thread: writes a new contact on the application. */
    public List<Contact> add(long applicationId, Contact typed) {
        contacts.addTo(applicationId, typed);
        return load(applicationId);
    }

    /** Worker thread. */
    public List<Contact> update(long applicationId, Contact typed) {
        contacts.update(typed);
        return load(applicationId);
    }

    /** Worker thread: puts a contact found by the picker on the application. */
    public List<Contact> link(long applicationId, long contactId) {
        contacts.link(applicationId, contactId);
        return load(applicationId);
    }

    /** Worker thread: takes a contact off the application (deleted if it was on no other). */
    public List<Contact> unlink(long applicationId, long contactId) {
        contacts.unlink(applicationId, contactId);
        return load(applicationId);
    }

    /** Worker thread: how many applications share the contact (an edit changes it on all). */
    public int sharedBy(long contactId) {
        return contacts.applicationCount(contactId);
    }

    public ObservableList<Contact> onApplication() {
        return onApplication;
    }

    public ObservableList<Contact> found() {
        return found;
    }

    public StringProperty query() {
        return query;
    }
}
