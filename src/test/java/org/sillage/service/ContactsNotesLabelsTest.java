package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.Contact;
import org.sillage.domain.Labels;
import org.sillage.domain.Note;
import org.sillage.domain.TagUse;
import org.sillage.domain.UserException;

/** Contacts, notes, priority and tags through the services, on a fresh data folder. */
class ContactsNotesLabelsTest {
    @TempDir
    Path folder;
    @TempDir
    Path files;
    AppServices services;
    long postingA;
    long postingB;
    long appA;
    long appB;

    @BeforeEach
    void open() throws Exception {
        services = AppServices.open(folder, Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneId.of("Europe/Paris")));
        postingA = importText("a.txt", "Comptable fournisseurs\nOxybulle SARL\n\nCDI. Candidature avant le 20 mars 2026 à jobs@oxybulle.fr");
        postingB = importText("b.txt", "Chargé de mission emploi\nVille de Roubaix\n\nCandidature avant le 15 mars 2026 à rh@roubaix.fr");
        appA = services.applications().track(postingA).applicationId();
        appB = services.applications().track(postingB).applicationId();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private long importText(String name, String text) throws Exception {
        Path f = Files.writeString(files.resolve(name), text, StandardCharsets.UTF_8);
        return services.imports().importPaths(List.of(f), ProgressListener.NONE, () -> false).outcomes().get(0).postingId();
    }

    private static Contact contact(String name, String email) {
        return new Contact(0, name, "Recruiter", email, "+33 3 20 00 00 00", null);
    }

    @Test
    void a_contact_added_to_an_application_is_listed_with_everything_typed() {
        Contact added = services.contacts().addTo(appA, new Contact(0, "  Jeanne Dupont ", "DRH", "jeanne@oxybulle.fr",
                "03 20 00 00 00", "Met at the fair"));
        assertThat(services.contacts().forApplication(appA)).containsExactly(
                new Contact(added.id(), "Jeanne Dupont", "DRH", "jeanne@oxybulle.fr", "03 20 00 00 00", "Met at the fair"));
        assertThat(services.contacts().forApplication(appB)).isEmpty();
    }

    @Test
    void an_address_that_is_not_one_is_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> services.contacts().addTo(appA, contact("Jeanne", "jeanne.oxybulle.fr")))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.contact.email"));
        assertThatThrownBy(() -> services.contacts().addTo(appA, contact("  ", null)))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.contact.name"));
        assertThat(services.contacts().forApplication(appA)).isEmpty();
    }

    @Test
    void one_contact_sits_on_two_applications_and_an_edit_shows_on_both() {
        Contact c = services.contacts().addTo(appA, contact("Jeanne Dupont", "jeanne@oxybulle.fr"));
        services.contacts().link(appB, c.id());
        services.contacts().link(appB, c.id()); // twice is harmless
        services.contacts().update(new Contact(c.id(), "Jeanne Dupont-Martin", "DRH", c.email(), c.phone(), null));
        assertThat(services.contacts().forApplication(appB)).extracting(Contact::name).containsExactly("Jeanne Dupont-Martin");
        assertThat(services.contacts().forApplication(appA)).extracting(Contact::name).containsExactly("Jeanne Dupont-Martin");
        assertThat(services.contacts().applicationCount(c.id())).isEqualTo(2);
    }

    @Test
    void a_contact_taken_off_its_last_application_is_deleted_but_not_before() {
        Contact c = services.contacts().addTo(appA, contact("Jeanne Dupont", null));
        services.contacts().link(appB, c.id());
        assertThat(services.contacts().unlink(appA, c.id())).isFalse();
        assertThat(services.contacts().search("jeanne", 10)).hasSize(1);
        assertThat(services.contacts().unlink(appB, c.id())).isTrue();
        assertThat(services.contacts().search("jeanne", 10)).isEmpty();
    }

    @Test
    void the_picker_finds_contacts_by_a_word_of_their_name_ignoring_accents_and_case() {
        services.contacts().addTo(appA, contact("Hélène Lefèvre", null));
        services.contacts().addTo(appA, contact("Luc Hélin", null));
        services.contacts().addTo(appB, contact("Marc Dubois", null));
        assertThat(services.contacts().search("hel", 10)).extracting(Contact::name)
                .containsExactly("Hélène Lefèvre", "Luc Hélin");
        assertThat(services.contacts().search("LEFEV", 10)).extracting(Contact::name).containsExactly("Hélène Lefèvre");
        assertThat(services.contacts().search("dub", 10)).extracting(Contact::name).containsExactly("Marc Dubois");
        assertThat(services.contacts().search("%", 10)).isEmpty();
        assertThat(services.contacts().search("", 2)).hasSize(2);
    }

    @Test
    void notes_are_listed_newest_day_first_and_can_be_edited_and_deleted() {
        Note old = services.notes().add(appA, LocalDate.of(2026, 2, 10), "Called the HR desk");
        Note today = services.notes().add(appA, null, "  Interview went well  ");
        Note between = services.notes().add(appA, LocalDate.of(2026, 2, 20), "Sent the letter");
        assertThat(today.on()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(services.notes().forApplication(appA)).extracting(Note::id)
                .containsExactly(today.id(), between.id(), old.id());
        services.notes().update(old.id(), LocalDate.of(2026, 2, 25), "Called the HR desk again");
        assertThat(services.notes().forApplication(appA)).extracting(Note::text)
                .containsExactly("Interview went well", "Called the HR desk again", "Sent the letter");
        services.notes().delete(between.id());
        assertThat(services.notes().forApplication(appA)).hasSize(2);
        assertThat(services.notes().forApplications(List.of(appA, appB))).containsOnlyKeys(appA);
    }

    @Test
    void an_empty_note_is_refused() {
        assertThatThrownBy(() -> services.notes().add(appA, null, "   "))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.note.empty"));
        assertThatThrownBy(() -> services.notes().delete(999))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.note.not_found"));
    }

    @Test
    void priority_and_tags_are_kept_apart_on_postings_and_applications() {
        services.labels().setPostingPriority(postingA, 3);
        services.labels().setPostingTags(postingA, List.of("Lille", " remote ", "lille", ""));
        services.labels().setApplicationPriority(appB, 1);
        services.labels().setApplicationTags(appB, List.of("LILLE", "urgent"));
        assertThat(services.labels().ofPosting(postingA)).isEqualTo(new Labels(3, List.of("Lille", "remote")));
        assertThat(services.labels().ofApplication(appB)).isEqualTo(new Labels(1, List.of("Lille", "urgent")));
        assertThat(services.labels().ofApplication(appA)).isEqualTo(Labels.NONE);
        assertThat(services.labels().allTags()).containsExactly(new TagUse("Lille", 1, 1), new TagUse("remote", 1, 0),
                new TagUse("urgent", 0, 1));
        assertThat(services.labels().suggest("LI", 5)).containsExactly("Lille");
        services.labels().setPostingPriority(postingA, 0);
        assertThat(services.labels().ofPosting(postingA).priority()).isZero();
    }

    @Test
    void a_tag_taken_off_everything_is_gone_from_the_choices() {
        services.labels().setPostingTags(postingA, List.of("remote", "Lille"));
        services.labels().setPostingTags(postingA, List.of("Lille"));
        assertThat(services.labels().allTags()).extracting(TagUse::name).containsExactly("Lille");
    }

    @Test
    void a_priority_out_of_range_is_refused() {
        assertThatThrownBy(() -> services.labels().setPostingPriority(postingA, 4))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.priority.range"));
        assertThatThrownBy(() -> services.labels().setApplicationTags(999, List.of("x")))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.application.not_found"));
    }

    @Test
    void tags_and_priorities_of_a_page_are_read_in_one_call() {
        services.labels().setApplicationTags(appA, List.of("b", "a"));
        services.labels().setApplicationPriority(appA, 2);
        assertThat(services.labels().tagsOfApplications(List.of(appA, appB))).containsExactly(
                java.util.Map.entry(appA, List.of("a", "b")));
        assertThat(services.labels().prioritiesOfApplications(List.of(appA, appB))).containsExactly(java.util.Map.entry(appA, 2));
    }
}
