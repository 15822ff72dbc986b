package org.sillage.ui.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.Seeker;
import org.sillage.domain.SupportAction;
import org.sillage.domain.SupportSession;
import org.sillage.domain.UserException;
import org.sillage.service.AppServices;

/** The sessions screen's state on a real data folder, without JavaFX running. */
class SessionsViewModelTest {
    @TempDir
    Path folder;
    @TempDir
    Path out;
    AppServices services;
    SessionsViewModel vm;
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @BeforeEach
    void open() {
        services = AppServices.open(folder, Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneId.of("Europe/Paris")));
        vm = new SessionsViewModel(services.sessions(), services.seekers(), services.reports());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void a_new_session_typed_with_two_actions_is_saved_and_stays_in_the_form() {
        vm.apply(vm.load());
        assertEquals(TODAY, vm.day().get());
        assertNull(vm.editing().get());
        vm.duration().set(" 50 ");
        vm.decisions().set("Apply to ESSOR");
        var letter = vm.addAction();
        letter.what().set("Write the letter");
        letter.due().set(TODAY.plusDays(7));
        var call = vm.addAction();
        call.what().set("Call the employer");
        call.owner().set(SupportAction.Owner.ADVISOR);

        vm.applySaved(vm.save(vm.toSave()));
        assertThat(vm.editing().get()).isNotNull();
        assertEquals(50, vm.editing().get().durationMinutes());
        assertThat(vm.sessions()).hasSize(1);
        assertThat(vm.actions()).allMatch(SessionsViewModel.ActionRow::saved)
                .extracting(r -> r.what().get() + ":" + r.owner().get())
                .containsExactlyInAnyOrder("Write the letter:SEEKER", "Call the employer:ADVISOR");
    }

    @Test
    void ticking_a_saved_action_changes_it_at_once_and_removing_one_takes_it_off_at_the_next_save() {
        vm.apply(vm.load());
        vm.addAction().what().set("One");
        vm.addAction().what().set("Two");
        vm.applySaved(vm.save(vm.toSave()));
        var one = vm.actions().stream().filter(r -> r.what().get().equals("One")).findFirst().orElseThrow();
        vm.applyState(vm.setState(one.id(), SupportAction.State.DONE));
        assertEquals(SupportAction.State.DONE, one.state().get());
        assertEquals(SupportAction.State.DONE, services.sessions().action(one.id()).state());

        vm.removeAction(one);
        vm.applySaved(vm.save(vm.toSave()));
        assertThat(vm.actions()).extracting(r -> r.what().get()).containsExactly("Two");
    }

    @Test
    void a_session_chosen_in_the_list_fills_the_form_and_the_newest_comes_first() {
        services.sessions().add(new SupportSession.Details(TODAY.minusDays(20), 30, "n", "r", "first"));
        services.sessions().add(new SupportSession.Details(TODAY.minusDays(2), null, null, null, "second"));
        vm.apply(vm.load());
        assertThat(vm.sessions()).extracting(SupportSession::decisions).containsExactly("second", "first");
        vm.edit(vm.open(vm.sessions().get(1).id()));
        assertEquals("30", vm.duration().get());
        assertEquals("first", vm.decisions().get());
        assertEquals("n", vm.notes().get());
        vm.applyDeleted(vm.delete(vm.editing().get().id()), TODAY);
        assertThat(vm.sessions()).extracting(SupportSession::decisions).containsExactly("second");
        assertNull(vm.editing().get());
    }

    @Test
    void a_duration_that_is_no_number_or_a_blank_action_is_refused_with_a_message_key() {
        vm.apply(vm.load());
        vm.duration().set("une heure");
        assertEquals("error.session.duration", assertThrows(UserException.class, vm::toSave).key());
        vm.duration().set("");
        vm.addAction();
        var save = vm.toSave();
        assertEquals("error.action.what", assertThrows(UserException.class, () -> vm.save(save)).key());
        assertEquals(0, services.sessions().count());
    }

    @Test
    void switching_seeker_empties_the_form_and_shows_their_name() {
        vm.apply(vm.load());
        vm.decisions().set("typed for me");
        var snapshot = vm.load();
        assertNull(SessionsViewModel.personShown(snapshot));
        Seeker amina = services.seekers().add(new Seeker.Details("Amina Kaci", null, null, null, null, null, null,
                "fr", null, null));
        services.seekers().switchTo(amina.id());
        var hers = vm.load();
        vm.apply(hers);
        assertEquals("Amina Kaci", SessionsViewModel.personShown(hers));
        assertEquals("", vm.decisions().get());
    }

    @Test
    void the_report_of_the_session_in_the_form_is_written_under_a_plain_file_name() throws Exception {
        vm.apply(vm.load());
        vm.decisions().set("Décision prise");
        vm.applySaved(vm.save(vm.toSave()));
        String name = SessionsViewModel.fileName("compte-rendu", "Amina Kaçi-Benoît", TODAY);
        assertEquals("compte-rendu-amina-kaci-benoit-2026-12-03.pdf", name);
        Path pdf = out.resolve(name);
        var report = vm.report(vm.editing().get().id(), pdf);
        assertEquals(TODAY, report.day());
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
    }
}
