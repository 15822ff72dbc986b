package org.sillage.ui.applications;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.sillage.domain.Note;
import org.sillage.service.AppServices;
import org.sillage.service.ProgressListener;

/** The contacts and notes of the application detail, on a real data folder, without JavaFX running. */
class ContactsAndNotesViewModelTest {
    @TempDir
    Path folder;
    @TempDir
    Path files;
    AppServices services;
    long app;
    long other;

    @BeforeEach
    void open() throws Exception {
        services = AppServices.open(folder, Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneId.of("Europe/Paris")));
        app = services.applications().track(importText("a.txt", "Comptable\nOxybulle\n\nCandidature avant le 20 mars 2026 à a@oxybulle.fr")).applicationId();
        other = services.applications().track(importText("b.txt", "Juriste\nLille\n\nCandidature avant le 21 mars 2026 à b@lille.fr")).applicationId();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private long importText(String name, String text) throws Exception {
        Path f = Files.writeString(files.resolve(name), text, StandardCharsets.UTF_8);
        return services.imports().importPaths(List.of(f), ProgressListener.NONE, () -> false).outcomes().get(0).postingId();
    }

    @Test
    void the_editor_is_told_what_is_wrong_as_the_user_types() {
        assertThat(ContactsViewModel.problem(new Contact(0, "", null, null, null, null)).key()).isEqualTo("error.contact.name");
        assertThat(ContactsViewModel.problem(new Contact(0, "Jeanne", null, "jeanne@", null, null)).key())
                .isEqualTo("error.contact.email");
        assertThat(ContactsViewModel.problem(new Contact(0, "Jeanne", null, "jeanne@oxybulle.fr", null, null))).isNull();
        assertThat(ContactsViewModel.problem(new Contact(0, "Jeanne", null, " ", null, null))).isNull();
    }

    @Test
    void the_picker_offers_contacts_met_elsewhere_but_not_those_already_on_the_application() {
        ContactsViewModel vm = new ContactsViewModel(services.contacts());
        Contact jeanne = services.contacts().addTo(other, new Contact(0, "Jeanne Dupont", null, null, null, null));
        services.contacts().addTo(app, new Contact(0, "Jean Martin", null, null, null, null));
        vm.show(app, vm.load(app));
        vm.query().set("jea");
        vm.applySearch("jea", vm.search("jea"));
        assertThat(vm.found()).extracting(Contact::name).containsExactly("Jeanne Dupont");
        // an answer to a query typed past is dropped
        vm.query().set("jeanne d");
        vm.applySearch("jea", vm.search("jea"));
        assertThat(vm.found()).extracting(Contact::name).containsExactly("Jeanne Dupont");
        vm.show(app, vm.link(app, jeanne.id()));
        assertThat(vm.onApplication()).extracting(Contact::name).containsExactly("Jean Martin", "Jeanne Dupont");
        assertThat(vm.sharedBy(jeanne.id())).isEqualTo(2);
        vm.show(other, vm.load(other));
        assertThat(vm.query().get()).isEmpty();
        assertThat(vm.found()).isEmpty();
    }

    @Test
    void a_blank_search_finds_nobody() {
        ContactsViewModel vm = new ContactsViewModel(services.contacts());
        services.contacts().addTo(app, new Contact(0, "Jean Martin", null, null, null, null));
        assertThat(vm.search("  ")).isEmpty();
    }

    @Test
    void the_form_adds_a_note_then_changes_the_one_put_in_it_and_empties_itself_for_another_application() {
        NotesViewModel vm = new NotesViewModel(services.notes());
        vm.show(app, vm.load(app));
        assertThat(vm.canSave().get()).isFalse();
        vm.text().set("Called the HR desk");
        vm.day().set(LocalDate.of(2026, 2, 27));
        assertThat(vm.canSave().get()).isTrue();
        vm.show(app, vm.save(vm.toSave()));
        vm.clearForm();
        vm.text().set("Interview on Monday");
        vm.show(app, vm.save(vm.toSave()));
        assertThat(vm.list()).extracting(Note::text).containsExactly("Interview on Monday", "Called the HR desk");
        assertThat(vm.list().get(0).on()).isEqualTo(LocalDate.of(2026, 3, 1));

        Note first = vm.list().get(1);
        vm.startEditing(first);
        assertThat(vm.text().get()).isEqualTo("Called the HR desk");
        vm.text().set("Called the HR desk twice");
        vm.show(app, vm.save(vm.toSave()));
        assertThat(vm.list()).extracting(Note::text).containsExactly("Interview on Monday", "Called the HR desk twice");

        vm.startEditing(vm.list().get(0));
        vm.show(other, vm.load(other));
        assertThat(vm.editing().get()).isNull();
        assertThat(vm.text().get()).isEmpty();
        assertThat(vm.list()).isEmpty();
    }

    @Test
    void a_blank_note_cannot_be_saved() {
        NotesViewModel vm = new NotesViewModel(services.notes());
        vm.text().set("   \n ");
        assertThat(vm.canSave().get()).isFalse();
    }
}
