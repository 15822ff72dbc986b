package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.AgendaItem;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.BoardCard;
import org.sillage.domain.BoardCard.Badge;
import org.sillage.domain.BoardColumn;
import org.sillage.domain.EventKind;
import org.sillage.domain.NextAction;

/** Next actions, "no answer", archive and the board's columns, through the services on a fresh folder. */
class NextActionBoardTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    @TempDir
    Path folder;
    AppServices services;
    final java.util.concurrent.atomic.AtomicReference<Instant> now =
            new java.util.concurrent.atomic.AtomicReference<>(Instant.parse("2026-03-02T09:00:00Z"));

    @BeforeEach
    void open() {
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return PARIS;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        services = AppServices.open(folder, clock);
        services.settings().setLanguage("en");
    }

    @AfterEach
    void close() {
        services.close();
    }

    private long application(String title, String deadline) {
        long posting = services.imports().importText(title + "\nCandidatures jusqu'au " + deadline + ".").postingId();
        return services.applications().track(posting).applicationId();
    }

    private NextAction nextOf(long id) {
        return services.applications().get(id).application().nextAction();
    }

    private void daysLater(int days) {
        now.set(now.get().plus(java.time.Duration.ofDays(days)));
    }

    @Test
    void each_status_proposes_its_next_action_preparing_no_later_than_the_deadline() {
        long id = application("Comptable", "04/03/2026");
        assertThat(nextOf(id).isNone()).isTrue();
        services.applications().changeStatus(id, ApplicationStatus.PREPARING, null);
        assertThat(nextOf(id)).isEqualTo(new NextAction("Send the application", LocalDate.of(2026, 3, 4)));

        services.applications().changeStatus(id, ApplicationStatus.APPLIED, null);
        assertThat(nextOf(id)).isEqualTo(new NextAction("Follow up if there is no answer", LocalDate.of(2026, 3, 12)));
        services.applications().changeStatus(id, ApplicationStatus.INTERVIEW, null);
        assertThat(nextOf(id)).isEqualTo(new NextAction("Send a thank-you note", LocalDate.of(2026, 3, 3)));
        services.applications().changeStatus(id, ApplicationStatus.REJECTED, null);
        assertThat(nextOf(id).isNone()).isTrue();
    }

    @Test
    void an_edited_next_action_is_kept_and_an_undo_puts_back_the_one_before() {
        long id = application("Comptable", "20/03/2026");
        NextAction mine = new NextAction("Call Mrs Martin", LocalDate.of(2026, 3, 5));
        services.applications().setNextAction(id, mine);
        var view = services.applications().changeStatus(id, ApplicationStatus.PREPARING, null, null,
                new NextAction("Ask Paul to proofread", LocalDate.of(2026, 3, 6)));
        assertThat(view.application().nextAction().text()).isEqualTo("Ask Paul to proofread");

        var history = view.history();
        services.applications().undo(history.get(history.size() - 1).id());
        assertThat(nextOf(id)).isEqualTo(mine);
        assertThat(services.applications().get(id).application().status()).isEqualTo(ApplicationStatus.SAVED);
    }

    @Test
    void the_proposal_follows_the_language_of_the_window() {
        long id = application("Comptable", "20/03/2026");
        services.settings().setLanguage("fr");
        assertThat(services.applications().proposeNextAction(id, ApplicationStatus.INTERVIEW))
                .isEqualTo(new NextAction("Envoyer un mot de remerciement", LocalDate.of(2026, 3, 3)));
        assertThat(services.applications().proposeNextAction(id, ApplicationStatus.WITHDRAWN).isNone()).isTrue();
    }

    @Test
    void a_next_action_kept_as_proposed_follows_a_change_of_language_and_an_edited_one_stays() {
        long kept = application("Comptable", "20/03/2026");
        long edited = application("Juriste", "20/03/2026");
        services.applications().changeStatus(kept, ApplicationStatus.INTERVIEW, null);
        services.applications().setNextAction(edited, new NextAction("Send a thank-you note to Mrs Martin", LocalDate.of(2026, 3, 3)));
        assertThat(services.applications().get(kept).application().nextAction().text()).isEqualTo("Send a thank-you note");
        services.settings().setLanguage("fr");
        assertThat(services.applications().get(kept).application().nextAction().text()).isEqualTo("Envoyer un mot de remerciement");
        assertThat(services.applications().get(edited).application().nextAction().text()).isEqualTo("Send a thank-you note to Mrs Martin");
        services.settings().setLanguage("en");
        assertThat(services.applications().get(kept).application().nextAction().text()).isEqualTo("Send a thank-you note");
    }

    @Test
    void next_actions_are_agenda_items_and_reminders_on_their_day_unless_archived() {
        long id = application("Comptable", "20/05/2026");
        services.applications().setNextAction(id, new NextAction("Call Mrs Martin", LocalDate.of(2026, 3, 3)));
        var items = services.agenda().items(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertThat(items).extracting(AgendaItem::kind, AgendaItem::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EventKind.NEXT_ACTION, "Call Mrs Martin"));
        assertThat(services.reminders().due()).noneMatch(r -> r.kind() == ReminderService.Reminder.Kind.NEXT_ACTION_DUE);

        daysLater(1);
        assertThat(services.reminders().due()).filteredOn(r -> r.kind() == ReminderService.Reminder.Kind.NEXT_ACTION_DUE)
                .singleElement().extracting(r -> r.item().text()).isEqualTo("Call Mrs Martin");

        services.applications().archive(id);
        assertThat(services.reminders().due()).isEmpty();
        assertThat(services.agenda().items(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))).isEmpty();
        assertThat(services.agenda().forApplication(id)).extracting(AgendaItem::kind).contains(EventKind.NEXT_ACTION);
    }

    @Test
    void a_next_action_the_day_of_the_open_follow_up_is_that_follow_up() {
        long id = application("Comptable", "20/05/2026");
        services.applications().changeStatus(id, ApplicationStatus.APPLIED, null);
        assertThat(services.agenda().forApplication(id)).extracting(AgendaItem::kind)
                .containsOnlyOnce(EventKind.FOLLOW_UP).doesNotContain(EventKind.NEXT_ACTION);
    }

    @Test
    void an_application_still_applied_after_the_set_days_has_no_answer_and_can_be_followed_up_or_closed() {
        long id = application("Comptable", "20/05/2026");
        long other = application("Juriste", "20/05/2026");
        services.applications().changeStatus(id, ApplicationStatus.APPLIED, null);
        services.applications().changeStatus(other, ApplicationStatus.APPLIED, null);
        daysLater(20);
        assertThat(services.agenda().flagsOfAll().getOrDefault(id, new AgendaService.Flags(false, false)).noAnswer()).isFalse();
        daysLater(1);
        assertThat(services.agenda().flagsOfAll().get(id).noAnswer()).isTrue();
        assertThat(cardOf(id).has(Badge.NO_ANSWER)).isTrue();
        services.settings().setNoAnswerDays(30);
        assertThat(cardOf(id).has(Badge.NO_ANSWER)).isFalse();
        services.settings().setNoAnswerDays(21);

        services.applications().followUpNoAnswer(id);
        assertThat(nextOf(id)).isEqualTo(new NextAction("Follow up: no answer yet", LocalDate.of(2026, 3, 23)));
        var closed = services.applications().closeNoAnswer(other);
        assertThat(closed.application().status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(closed.history().get(closed.history().size() - 1).note()).isEqualTo("No answer");
        assertThat(services.agenda().flagsOfAll()).doesNotContainKey(other);
    }

    private BoardCard cardOf(long id) {
        return services.board().board(100).stream().flatMap(c -> c.cards().stream())
                .filter(c -> c.applicationId() == id).findFirst().orElseThrow();
    }

    @Test
    void archived_applications_leave_the_board_and_the_list_and_come_back() {
        long id = application("Comptable", "20/05/2026");
        long kept = application("Juriste", "20/05/2026");
        services.applications().archive(id);
        assertThat(services.applications().list()).extracting(a -> a.application().id()).containsExactly(kept);
        assertThat(services.applications().archived()).extracting(a -> a.application().id()).containsExactly(id);
        assertThat(services.board().counts()).containsEntry(ApplicationStatus.SAVED, 1);
        assertThat(services.applications().get(id).application().isArchived()).isTrue();

        services.applications().unarchive(id);
        assertThat(services.applications().list()).hasSize(2);
        assertThat(services.board().counts()).containsEntry(ApplicationStatus.SAVED, 2);
    }

    @Test
    void a_column_counts_every_card_shows_a_page_soonest_first_and_reads_the_next_page() {
        for (int i = 0; i < 7; i++) {
            long id = application("Poste " + i, "20/05/2026");
            services.applications().setNextAction(id, new NextAction("Step " + i, LocalDate.of(2026, 4, 10 - i)));
        }
        long none = application("Sans date", "20/05/2026");
        services.applications().setNextAction(none, NextAction.NONE);
        services.postings().correct(services.applications().get(none).application().postingId(),
                org.sillage.domain.Field.DEADLINE, "");

        BoardColumn saved = services.board().board(3).stream().filter(c -> c.status() == ApplicationStatus.SAVED)
                .findFirst().orElseThrow();
        assertThat(saved.total()).isEqualTo(8);
        assertThat(saved.more()).isEqualTo(5);
        assertThat(saved.cards()).extracting(c -> c.nextAction().text()).containsExactly("Step 6", "Step 5", "Step 4");
        var rest = services.board().cards(ApplicationStatus.SAVED, 3, 100);
        assertThat(rest).extracting(BoardCard::title).endsWith("Sans date").hasSize(5);
    }

    @Test
    void cards_carry_the_expired_documents_missing_and_follow_up_badges() {
        long expired = application("Comptable", "01/03/2026");
        long docs = services.applications().track(services.imports().importText(
                "Juriste\nEnvoyez CV et lettre de motivation avant le 20/05/2026.").postingId()).applicationId();
        long sent = application("Géomètre", "20/05/2026");
        services.applications().changeStatus(sent, ApplicationStatus.APPLIED, null);

        assertThat(cardOf(expired).badges()).contains(Badge.EXPIRED);
        assertThat(cardOf(docs).badges()).contains(Badge.DOCUMENTS_MISSING).doesNotContain(Badge.EXPIRED);
        assertThat(cardOf(sent).badges()).isEmpty();
        daysLater(11);
        assertThat(cardOf(sent).badges()).containsExactly(Badge.FOLLOW_UP_DUE);
    }
}
