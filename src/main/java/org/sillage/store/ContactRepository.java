package org.sillage.store;

import static org.sillage.store.jooq.Tables.APPLICATION_CONTACT;
import static org.sillage.store.jooq.Tables.CONTACT;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.sillage.domain.Contact;
import org.sillage.domain.Texts;

/** Contacts, and which applications each one sits on. */
public final class ContactRepository {
    private final DSLContext dsl;
    private final long candidateId;

    private final PostingChanges changes;

    ContactRepository(DSLContext dsl, long candidateId, PostingChanges changes) {
        this.dsl = dsl;
        this.candidateId = candidateId;
        this.changes = changes;
    }

    /** A contact is found by the search on each application it sits on (ADR 0020): their groups are read again. */
    private void touched(long contactId) {
        if (changes != null) {
            applicationsOf(contactId).forEach(app -> changes.touchApplication(dsl, app));
        }
    }

    public long insert(Contact c, Instant at) {
        return dsl.insertInto(CONTACT)
                .set(CONTACT.CANDIDATE_ID, candidateId)
                .set(CONTACT.NAME, c.name())
                .set(CONTACT.NAME_KEY, nameKey(c.name()))
                .set(CONTACT.ROLE, c.role())
                .set(CONTACT.EMAIL, c.email())
                .set(CONTACT.PHONE, c.phone())
                .set(CONTACT.NOTES, c.notes())
                .set(CONTACT.CREATED_AT, PostingRepository.toOffset(at))
                .returning(CONTACT.ID).fetchOne(CONTACT.ID);
    }

    /** True if the contact existed. */
    public boolean update(Contact c) {
        touched(c.id());
        return dsl.update(CONTACT)
                .set(CONTACT.NAME, c.name())
                .set(CONTACT.NAME_KEY, nameKey(c.name()))
                .set(CONTACT.ROLE, c.role())
                .set(CONTACT.EMAIL, c.email())
                .set(CONTACT.PHONE, c.phone())
                .set(CONTACT.NOTES, c.notes())
                .where(CONTACT.ID.eq(c.id()).and(CONTACT.CANDIDATE_ID.eq(candidateId))).execute() == 1;
    }

    public Optional<Contact> find(long id) {
        return dsl.selectFrom(CONTACT).where(CONTACT.ID.eq(id).and(CONTACT.CANDIDATE_ID.eq(candidateId)))
                .fetchOptional(ContactRepository::toContact);
    }

    /** Deletes a contact from every application it sits on; true if it existed. */
    public boolean delete(long id) {
        touched(id);
        return dsl.deleteFrom(CONTACT).where(CONTACT.ID.eq(id).and(CONTACT.CANDIDATE_ID.eq(candidateId))).execute() == 1;
    }

    /** Puts a contact on an application; false if it was already there. */
    public boolean link(long applicationId, long contactId) {
        if (changes != null) {
            changes.touchApplication(dsl, applicationId);
        }
        return dsl.insertInto(APPLICATION_CONTACT)
                .set(APPLICATION_CONTACT.APPLICATION_ID, applicationId)
                .set(APPLICATION_CONTACT.CONTACT_ID, contactId)
                .onDuplicateKeyIgnore().execute() == 1;
    }

    /** Takes a contact off an application; true if it was there. */
    public boolean unlink(long applicationId, long contactId) {
        if (changes != null) {
            changes.touchApplication(dsl, applicationId);
        }
        return dsl.deleteFrom(APPLICATION_CONTACT).where(APPLICATION_CONTACT.APPLICATION_ID.eq(applicationId)
                .and(APPLICATION_CONTACT.CONTACT_ID.eq(contactId))).execute() == 1;
    }

    /** How many applications a contact sits on. */
    public int applicationCount(long contactId) {
        return dsl.fetchCount(APPLICATION_CONTACT, APPLICATION_CONTACT.CONTACT_ID.eq(contactId));
    }

    /** The contacts of one application, by name. */
    public List<Contact> forApplication(long applicationId) {
        return dsl.select(CONTACT.fields()).from(CONTACT).join(APPLICATION_CONTACT)
                .on(APPLICATION_CONTACT.CONTACT_ID.eq(CONTACT.ID))
                .where(APPLICATION_CONTACT.APPLICATION_ID.eq(applicationId))
                .orderBy(CONTACT.NAME_KEY, CONTACT.ID).fetch(ContactRepository::toContact);
    }

    /** The contacts of each of the given applications (a page of an export), by application id. */
    public Map<Long, List<Contact>> forApplications(Collection<Long> applicationIds) {
        Map<Long, List<Contact>> out = new LinkedHashMap<>();
        for (List<Long> part : Parts.of(applicationIds)) {
            dsl.select(APPLICATION_CONTACT.APPLICATION_ID).select(CONTACT.fields()).from(CONTACT).join(APPLICATION_CONTACT)
                    .on(APPLICATION_CONTACT.CONTACT_ID.eq(CONTACT.ID))
                    .where(APPLICATION_CONTACT.APPLICATION_ID.in(part))
                    .orderBy(CONTACT.NAME_KEY, CONTACT.ID)
                    .forEach(r -> out.computeIfAbsent(r.get(APPLICATION_CONTACT.APPLICATION_ID), k -> new java.util.ArrayList<>())
                            .add(toContact(r)));
        }
        return out;
    }

    /** The ids of the applications a contact sits on. */
    public List<Long> applicationsOf(long contactId) {
        return dsl.select(APPLICATION_CONTACT.APPLICATION_ID).from(APPLICATION_CONTACT)
                .where(APPLICATION_CONTACT.CONTACT_ID.eq(contactId)).orderBy(APPLICATION_CONTACT.APPLICATION_ID)
                .fetch(APPLICATION_CONTACT.APPLICATION_ID);
    }

    /**
     * Contacts whose name has a word starting with {@code typed} (accents and case ignored), by name, at
     * most {@code limit}: a name that starts with it comes from the (candidate, name_key) index; a later
     * word of the name is looked for only if the first part did not fill the limit.
     */
    public List<Contact> searchByName(String typed, int limit) {
        String key = nameKey(typed);
        if (key.isEmpty()) {
            return dsl.selectFrom(CONTACT).where(CONTACT.CANDIDATE_ID.eq(candidateId))
                    .orderBy(CONTACT.NAME_KEY, CONTACT.ID).limit(limit).fetch(ContactRepository::toContact);
        }
        String like = escape(key);
        List<Contact> found = new java.util.ArrayList<>(dsl.selectFrom(CONTACT)
                .where(CONTACT.CANDIDATE_ID.eq(candidateId).and(CONTACT.NAME_KEY.like(like + "%", '!')))
                .orderBy(CONTACT.NAME_KEY, CONTACT.ID).limit(limit).fetch(ContactRepository::toContact));
        if (found.size() < limit) {
            found.addAll(dsl.selectFrom(CONTACT)
                    .where(CONTACT.CANDIDATE_ID.eq(candidateId).and(CONTACT.NAME_KEY.like("% " + like + "%", '!'))
                            .and(CONTACT.NAME_KEY.notLike(like + "%", '!')))
                    .orderBy(CONTACT.NAME_KEY, CONTACT.ID).limit(limit - found.size()).fetch(ContactRepository::toContact));
        }
        return found;
    }

    /** A page of every contact by id, after {@code afterId}: for a search index or an export to read them all in parts. */
    public List<Contact> page(long afterId, int size) {
        return dsl.selectFrom(CONTACT).where(CONTACT.CANDIDATE_ID.eq(candidateId).and(CONTACT.ID.gt(afterId)))
                .orderBy(CONTACT.ID).limit(size).fetch(ContactRepository::toContact);
    }

    /** Of the given contacts, deletes those that no longer sit on any application; returns how many. */
    int deleteUnlinked(Collection<Long> contactIds) {
        if (contactIds.isEmpty()) {
            return 0;
        }
        return dsl.deleteFrom(CONTACT).where(CONTACT.ID.in(contactIds)
                .and(DSL.notExists(DSL.selectOne().from(APPLICATION_CONTACT).where(APPLICATION_CONTACT.CONTACT_ID.eq(CONTACT.ID)))))
                .execute();
    }

    /** The contacts linked to any of the given applications. */
    List<Long> idsOnApplications(Collection<Long> applicationIds) {
        return applicationIds.isEmpty() ? List.of() : dsl.selectDistinct(APPLICATION_CONTACT.CONTACT_ID).from(APPLICATION_CONTACT)
                .where(APPLICATION_CONTACT.APPLICATION_ID.in(applicationIds)).fetch(APPLICATION_CONTACT.CONTACT_ID);
    }

    static String nameKey(String name) {
        String k = Texts.fold(name).replaceAll("\\s+", " ").strip();
        return k.length() > 200 ? k.substring(0, 200) : k;
    }

    private static String escape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static Contact toContact(Record r) {
        return new Contact(r.get(CONTACT.ID), r.get(CONTACT.NAME), r.get(CONTACT.ROLE), r.get(CONTACT.EMAIL),
                r.get(CONTACT.PHONE), r.get(CONTACT.NOTES));
    }
}
