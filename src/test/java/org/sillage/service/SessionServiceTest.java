package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.AgendaItem;
import org.sillage.domain.EventKind;
import org.sillage.domain.Seeker;
import org.sillage.domain.SupportAction;
import org.sillage.domain.SupportAction.Owner;
import org.sillage.domain.SupportAction.State;
import org.sillage.domain.SupportSession;
import org.sillage.domain.UserException;

class SessionServiceTest {
    @TempDir
    Path folder;
    private final MovableClock clock = new MovableClock(LocalDateTime.of(2026, 11, 12, 10, 0), ZoneId.of("Europe/Paris"));

    private static SupportSession.Details on(LocalDate day, String decisions) {
        return new SupportSession.Details(day, 45, "private notes", "CV, two offers", decisions);
    }

    private static SessionService.ActionDraft draft(String what, Owner who, LocalDate due) {
        return new SessionService.ActionDraft(0, new SupportAction.Details(what, who, due));
    }

    private static Seeker.Details named(String name) {
        return new Seeker.Details(name, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void a_session_is_recorded_with_its_actions_and_listed_newest_first() {
        try (AppServices s = AppServices.open(folder, clock)) {
            var first = s.sessions().save(null, on(LocalDate.of(2026, 11, 3), "Apply to two posts"), List.of());
            var second = s.sessions().save(null, on(LocalDate.of(2026, 11, 12), "Prepare the interview"), List.of(
                    draft("Send the cover letter", Owner.SEEKER, LocalDate.of(2026, 11, 18)),
                    draft("Call the social centre", Owner.ADVISOR, LocalDate.of(2026, 11, 14))));
            assertThat(s.sessions().list(0, 10)).extracting(SupportSession::id)
                    .containsExactly(second.session().id(), first.session().id());
            assertEquals(2, s.sessions().count());
            assertThat(second.actions()).extracting(SupportAction::what)
                    .containsExactly("Call the social centre", "Send the cover letter");
            assertThat(second.actions()).allMatch(a -> a.state() == State.TODO);
            assertEquals(clock.instant(), s.seekers().current().lastActivityAt());
        }
    }

    @Test
    void editing_a_session_changes_kept_actions_adds_new_ones_and_deletes_those_taken_off() {
        try (AppServices s = AppServices.open(folder, clock)) {
            var saved = s.sessions().save(null, on(LocalDate.of(2026, 11, 12), "x"), List.of(
                    draft("A", Owner.SEEKER, null), draft("B", Owner.ADVISOR, null)));
            SupportAction a = saved.actions().stream().filter(x -> x.what().equals("A")).findFirst().orElseThrow();
            var edited = s.sessions().save(saved.session().id(), on(LocalDate.of(2026, 11, 12), "y"), List.of(
                    new SessionService.ActionDraft(a.id(), new SupportAction.Details("A, rewritten", Owner.ADVISOR, null)),
                    draft("C", Owner.SEEKER, LocalDate.of(2026, 12, 1))));
            assertEquals("y", edited.session().decisions());
            assertThat(edited.actions()).extracting(SupportAction::what).containsExactlyInAnyOrder("A, rewritten", "C");
            assertThat(edited.actions()).filteredOn(x -> x.id() == a.id()).singleElement()
                    .extracting(SupportAction::owner).isEqualTo(Owner.ADVISOR);
        }
    }

    @Test
    void actions_are_ticked_done_or_cancelled_and_set_back_to_do() {
        try (AppServices s = AppServices.open(folder, clock)) {
            SupportAction a = s.sessions().addAction(null, new SupportAction.Details("Update the CV", Owner.SEEKER, null));
            SupportAction done = s.sessions().setState(a.id(), State.DONE);
            assertEquals(State.DONE, done.state());
            assertEquals(clock.instant(), done.doneAt());
            assertEquals(State.CANCELLED, s.sessions().setState(a.id(), State.CANCELLED).state());
            SupportAction back = s.sessions().setState(a.id(), State.TODO);
            assertEquals(State.TODO, back.state());
            assertThat(back.doneAt()).isNull();
        }
    }

    @Test
    void bad_input_is_refused_with_a_translated_key_and_nothing_is_written() {
        try (AppServices s = AppServices.open(folder, clock)) {
            assertEquals("error.session.date", assertThrows(UserException.class,
                    () -> s.sessions().save(null, new SupportSession.Details(null, null, null, null, null), List.of())).key());
            assertEquals("error.session.duration", assertThrows(UserException.class,
                    () -> s.sessions().save(null, new SupportSession.Details(LocalDate.of(2026, 1, 1), 0, null, null, null),
                            List.of())).key());
            assertEquals("error.session.too_long", assertThrows(UserException.class,
                    () -> s.sessions().save(null, new SupportSession.Details(LocalDate.of(2026, 1, 1), null, null, null,
                            "x".repeat(4001)), List.of())).key());
            assertEquals("error.action.what", assertThrows(UserException.class,
                    () -> s.sessions().save(null, on(LocalDate.of(2026, 1, 1), null), List.of(draft(" ", Owner.SEEKER, null)))).key());
            assertEquals("error.action.owner", assertThrows(UserException.class,
                    () -> s.sessions().addAction(null, new SupportAction.Details("x", null, null))).key());
            assertEquals("error.session.not_found", assertThrows(UserException.class, () -> s.sessions().get(99)).key());
            assertEquals("error.action.not_found", assertThrows(UserException.class,
                    () -> s.sessions().setState(99, State.DONE)).key());
            assertEquals(0, s.sessions().count());
        }
    }

    @Test
    void sessions_and_actions_belong_to_the_current_seeker_only() {
        try (AppServices s = AppServices.open(folder, clock)) {
            var mine = s.sessions().save(null, on(LocalDate.of(2026, 11, 12), "x"),
                    List.of(draft("Mine", Owner.SEEKER, LocalDate.of(2026, 11, 13))));
            Seeker other = s.seekers().add(named("Brahim"));
            s.seekers().switchTo(other.id());
            assertEquals(0, s.sessions().count());
            assertThat(s.sessions().openActions(10)).isEmpty();
            long actionId = mine.actions().get(0).id();
            assertEquals("error.action.not_found", assertThrows(UserException.class,
                    () -> s.sessions().setState(actionId, State.DONE)).key());
            assertEquals("error.session.not_found", assertThrows(UserException.class,
                    () -> s.sessions().get(mine.session().id())).key());
            assertThat(s.agenda().items(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))).isEmpty();
        }
    }

    @Test
    void actions_with_a_day_are_in_the_agenda_by_range_and_in_the_reminders_overdue_flagged() {
        try (AppServices s = AppServices.open(folder, clock)) {
            s.sessions().save(null, on(LocalDate.of(2026, 11, 12), "x"), List.of(
                    draft("Late one", Owner.SEEKER, LocalDate.of(2026, 11, 10)),
                    draft("Tomorrow", Owner.ADVISOR, LocalDate.of(2026, 11, 13)),
                    draft("Far away", Owner.SEEKER, LocalDate.of(2027, 3, 1)),
                    draft("No day", Owner.SEEKER, null)));
            List<AgendaItem> month = s.agenda().openItems(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
            assertThat(month).extracting(AgendaItem::title).containsExactly("Late one", "Tomorrow");
            assertThat(month).allMatch(i -> i.kind() == EventKind.ACTION && i.isAction());
            assertEquals(Owner.ADVISOR, month.get(1).actionOwner());

            var reminders = s.reminders().due();
            assertThat(reminders).extracting(r -> r.item().title() + ":" + r.kind())
                    .containsExactly("Late one:ACTION_OVERDUE", "Tomorrow:ACTION_DUE");
            long late = month.get(0).eventId();
            s.sessions().setState(late, State.DONE);
            assertThat(s.reminders().due()).extracting(r -> r.item().title()).containsExactly("Tomorrow");
            assertThat(s.agenda().openItems(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)))
                    .filteredOn(AgendaItem::done).extracting(AgendaItem::title).containsExactly("Late one");
            assertEquals(0, s.sessions().overdueCount());
        }
    }
}
