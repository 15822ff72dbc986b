package org.sillage.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.BoardCard;
import org.sillage.domain.StatusChange;
import org.sillage.service.AppServices;
import org.sillage.service.BoardService;

/** The board's state without JavaFX: columns and counts, a move and its undo, the next page, the neighbours. */
class BoardViewModelTest {
    @TempDir
    Path folder;
    AppServices services;
    BoardViewModel vm;

    @BeforeEach
    void open() {
        services = AppServices.open(folder, Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Europe/Paris")));
        services.settings().setLanguage("en");
        vm = new BoardViewModel(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private long application(String title) {
        long posting = services.imports().importText(title + "\nCandidatures jusqu'au 20/05/2026.").postingId();
        return services.applications().track(posting).applicationId();
    }

    @Test
    void loading_fills_each_status_with_its_cards_and_count() {
        application("Comptable");
        long applied = application("Juriste");
        services.applications().changeStatus(applied, ApplicationStatus.APPLIED, null);
        vm.apply(vm.load());
        assertThat(vm.cards(ApplicationStatus.SAVED)).extracting(BoardCard::title).containsExactly("Comptable");
        assertThat(vm.cards(ApplicationStatus.APPLIED)).extracting(BoardCard::applicationId).containsExactly(applied);
        assertThat(vm.total(ApplicationStatus.APPLIED).get()).isEqualTo(1);
        assertThat(vm.cards(ApplicationStatus.INTERVIEW)).isEmpty();
    }

    @Test
    void a_move_is_a_status_change_with_its_proposal_and_its_undo_takes_both_back() {
        long id = application("Comptable");
        services.applications().changeStatus(id, ApplicationStatus.APPLIED, null);
        vm.apply(vm.load());
        BoardCard card = vm.cards(ApplicationStatus.APPLIED).get(0);

        BoardViewModel.Move move = vm.move(card, ApplicationStatus.INTERVIEW);
        vm.apply(vm.load());
        assertThat(move.from()).isEqualTo(ApplicationStatus.APPLIED);
        assertThat(vm.cards(ApplicationStatus.INTERVIEW)).singleElement()
                .satisfies(c -> assertThat(c.nextAction().text()).isEqualTo("Send a thank-you note"));
        assertThat(vm.cards(ApplicationStatus.APPLIED)).isEmpty();
        var history = services.applications().get(id).history();
        assertThat(history.get(history.size() - 1).id()).isEqualTo(move.changeId());

        vm.undo(move);
        vm.apply(vm.load());
        assertThat(vm.cards(ApplicationStatus.APPLIED)).singleElement()
                .satisfies(c -> assertThat(c.nextAction().text()).isEqualTo("Follow up if there is no answer"));
        assertThat(services.applications().get(id).history()).filteredOn(StatusChange::isUndone).hasSize(1);
    }

    @Test
    void more_reads_the_next_page_after_the_cards_shown() {
        for (int i = 0; i < BoardService.PAGE + 3; i++) {
            services.applications().track(services.imports().importText("Poste " + i + "\nRéférence " + i).postingId());
        }
        vm.apply(vm.load());
        assertThat(vm.cards(ApplicationStatus.SAVED)).hasSize(BoardService.PAGE);
        assertThat(vm.more(ApplicationStatus.SAVED)).isEqualTo(3);
        vm.applyMore(ApplicationStatus.SAVED, vm.loadMore(ApplicationStatus.SAVED, vm.cards(ApplicationStatus.SAVED).size()));
        assertThat(vm.more(ApplicationStatus.SAVED)).isZero();
        assertThat(vm.cards(ApplicationStatus.SAVED).stream().map(BoardCard::applicationId).distinct().count())
                .isEqualTo(BoardService.PAGE + 3);
    }

    @Test
    void an_archived_card_leaves_the_board() {
        application("Comptable");
        vm.apply(vm.load());
        vm.archive(vm.cards(ApplicationStatus.SAVED).get(0));
        vm.apply(vm.load());
        assertThat(vm.cards(ApplicationStatus.SAVED)).isEmpty();
        assertThat(vm.total(ApplicationStatus.SAVED).get()).isZero();
    }

    @Test
    void the_keyboard_moves_to_the_neighbouring_status_and_stops_at_the_ends() {
        assertThat(BoardViewModel.neighbour(ApplicationStatus.APPLIED, 1)).contains(ApplicationStatus.INTERVIEW);
        assertThat(BoardViewModel.neighbour(ApplicationStatus.APPLIED, -1)).contains(ApplicationStatus.PREPARING);
        assertThat(BoardViewModel.neighbour(ApplicationStatus.SAVED, -1)).isEmpty();
        assertThat(BoardViewModel.neighbour(ApplicationStatus.WITHDRAWN, 1)).isEmpty();
    }
}
