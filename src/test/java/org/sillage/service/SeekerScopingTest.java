package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.AgendaItem;
import org.sillage.domain.ApplicationFilter;
import org.sillage.domain.ApplicationSort;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.Dashboard;
import org.sillage.domain.EventKind;
import org.sillage.domain.SearchKind;
import org.sillage.domain.SearchResult;
import org.sillage.domain.Seeker;
import org.sillage.domain.UserException;

/**
 * After a switch, every list is the current job seeker's: applications, table, board, agenda, reminders,
 * dashboard, search; an application, event or document of another person cannot be reached by its number
 * (ADR 0023). A posting proposed to several people gives each their own application.
 */
class SeekerScopingTest {
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2030, 3, 10).atTime(9, 0).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    @TempDir
    Path folder;

    private static Seeker.Details named(String name) {
        return new Seeker.Details(name, null, null, null, null, null, null, null, null, null);
    }

    private static long applicationOf(AppServices s, long postingId) {
        return s.applications().list().stream().filter(a -> a.application().postingId() == postingId)
                .findFirst().orElseThrow().application().id();
    }

    @Test
    void every_list_shows_only_the_current_seekers_applications_after_a_switch() throws Exception {
        try (AppServices s = AppServices.open(folder, CLOCK)) {
            Seeker amina = s.seekers().add(named("Amina"));
            Seeker brahim = s.seekers().add(named("Brahim"));
            long shared = s.imports().importText("Comptable unique\nCandidatures jusqu'au 12/03/2030.").postingId();
            long own = s.imports().importText("Jardinier paysagiste\nCandidatures jusqu'au 11/03/2030.").postingId();
            var proposed = s.applications().proposeTo(shared, List.of(amina.id(), brahim.id()));
            assertThat(proposed).extracting(ApplicationService.Proposed::alreadyTracked).containsExactly(false, false);
            assertThat(proposed.get(0).applicationId()).isNotEqualTo(proposed.get(1).applicationId());

            s.seekers().switchTo(brahim.id());
            long brahimOwn = s.applications().track(own).applicationId();
            s.applications().changeStatus(brahimOwn, ApplicationStatus.APPLIED, "envoyée");
            s.agenda().addEvent(brahimOwn, EventKind.INTERVIEW, LocalDate.of(2030, 3, 11), null, null, "Roubaix", null);

            s.seekers().switchTo(amina.id());
            assertThat(s.applications().list()).extracting(a -> a.application().postingId()).containsExactly(shared);
            assertThat(s.table().count(ApplicationFilter.NONE)).isEqualTo(1);
            assertThat(s.table().page(ApplicationFilter.NONE, ApplicationSort.NEWEST, 0, 50)).hasSize(1);
            assertThat(s.board().counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
            assertThat(s.agenda().items()).extracting(AgendaItem::applicationId).containsOnly(proposed.get(0).applicationId());
            assertThat(s.reminders().due()).extracting(r -> r.item().applicationId())
                    .containsOnly(proposed.get(0).applicationId());
            Dashboard d = s.dashboard().read();
            assertThat(d.funnel().get(Dashboard.Stage.SAVED)).isEqualTo(1);
            assertThat(d.applied()).isZero();
            s.search().search("jardinier", 50); // waits for the index
            waitForIndex(s);
            List<SearchResult> found = s.search().search("roubaix", 50);
            assertThat(found).as("Brahim's interview is not in Amina's search").isEmpty();
            assertThat(s.search().search("jardinier", 50)).extracting(SearchResult::kind).containsOnly(SearchKind.POSTING);
            assertThat(s.postings().list()).hasSize(2); // postings are shared

            s.seekers().switchTo(brahim.id());
            assertThat(s.applications().list()).hasSize(2);
            assertThat(s.search().search("roubaix", 50)).extracting(SearchResult::kind).contains(SearchKind.EVENT);
            assertThat(s.agenda().items()).extracting(AgendaItem::applicationId)
                    .contains(brahimOwn).doesNotContain(proposed.get(0).applicationId());
        }
    }

    private static void waitForIndex(AppServices s) throws InterruptedException {
        for (int i = 0; i < 200 && s.search().indexing(); i++) {
            Thread.sleep(50);
        }
    }

    @Test
    void another_seekers_application_cannot_be_reached_by_its_number() {
        try (AppServices s = AppServices.open(folder, CLOCK)) {
            long posting = s.imports().importText("Comptable\nCandidatures jusqu'au 12/03/2030.").postingId();
            long mine = s.applications().track(posting).applicationId();
            s.documents().addItem(mine, "cv", true);
            long event = s.agenda().addEvent(mine, EventKind.INTERVIEW, LocalDate.of(2030, 3, 12), null, null, null, null).id();
            Seeker other = s.seekers().add(named("Brahim"));
            s.seekers().switchTo(other.id());
            assertThatThrownBy(() -> s.applications().get(mine)).isInstanceOf(UserException.class)
                    .extracting(e -> ((UserException) e).key()).isEqualTo("error.application.not_found");
            assertThatThrownBy(() -> s.applications().changeStatus(mine, ApplicationStatus.APPLIED, null))
                    .isInstanceOf(UserException.class);
            assertThatThrownBy(() -> s.applications().remove(mine)).isInstanceOf(UserException.class);
            assertThat(s.table().row(mine)).isEmpty();
            assertThat(s.documents().checklist(mine)).isEmpty();
            assertThatThrownBy(() -> s.agenda().setDone(event, true)).isInstanceOf(UserException.class);
            assertThatThrownBy(() -> s.notes().add(mine, LocalDate.of(2030, 3, 10), "x")).isInstanceOf(UserException.class);
            // the posting stays while the first person tracks it
            assertThatThrownBy(() -> s.postings().delete(posting)).isInstanceOf(UserException.class)
                    .extracting(e -> ((UserException) e).key()).isEqualTo("error.posting.tracked_by_others");
            s.seekers().switchTo(s.seekers().all().get(0).id());
            assertThat(s.applications().get(mine).application().status()).isEqualTo(ApplicationStatus.SAVED);
            assertThat(s.documents().checklist(mine)).isNotEmpty();
        }
    }

    @Test
    void proposing_to_an_unknown_seeker_tracks_nothing_and_proposing_again_changes_nothing() {
        try (AppServices s = AppServices.open(folder, CLOCK)) {
            Seeker amina = s.seekers().add(named("Amina"));
            long posting = s.imports().importText("Comptable\nCandidatures jusqu'au 12/03/2030.").postingId();
            assertThatThrownBy(() -> s.applications().proposeTo(posting, List.of(amina.id(), 999L)))
                    .isInstanceOf(UserException.class);
            s.seekers().switchTo(amina.id());
            assertThat(s.applications().list()).isEmpty();
            long first = s.applications().proposeTo(posting, List.of(amina.id())).get(0).applicationId();
            var again = s.applications().proposeTo(posting, List.of(amina.id()));
            assertThat(again).containsExactly(new ApplicationService.Proposed(amina.id(), first, true));
            assertThat(applicationOf(s, posting)).isEqualTo(first);
            assertThat(s.documents().checklist(first)).isNotNull();
        }
    }

    @Test
    void a_seeker_is_found_by_number_by_name_or_by_the_start_of_a_name() {
        try (AppServices s = AppServices.open(folder, CLOCK)) {
            Seeker amina = s.seekers().add(named("Amina Koné"));
            s.seekers().add(named("Amandine Roy"));
            assertThat(s.seekers().resolve(Long.toString(amina.id())).id()).isEqualTo(amina.id());
            assertThat(s.seekers().resolve("amina koné").id()).isEqualTo(amina.id());
            assertThat(s.seekers().resolve("KONE").id()).isEqualTo(amina.id());
            assertThatThrownBy(() -> s.seekers().resolve("am")).extracting(e -> ((UserException) e).key())
                    .isEqualTo("error.seeker.ambiguous");
            assertThatThrownBy(() -> s.seekers().resolve("Zoé")).extracting(e -> ((UserException) e).key())
                    .isEqualTo("error.seeker.unknown");
            assertThatThrownBy(() -> s.seekers().resolve("999")).extracting(e -> ((UserException) e).key())
                    .isEqualTo("error.seeker.unknown");
        }
    }
}
