package org.sillage.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.bench.DataGenerator;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ApplicationView;
import org.sillage.domain.Dashboard;
import org.sillage.domain.StatusChange;

/**
 * The dashboard's counts as rewritten for 100,000 postings (ADR 0028: EXISTS and correlated MIN instead of
 * grouping the history) against a straightforward computation in Java over every application and its whole
 * history, and against the grouped queries of ADR 0021, on a small generated folder with undone changes,
 * answers recorded before the sending date and changes back to an earlier status added.
 */
class StatsQueriesAgreeTest {
    private static final List<ApplicationStatus> ANSWERS = List.of(ApplicationStatus.INTERVIEW, ApplicationStatus.OFFER,
            ApplicationStatus.ACCEPTED, ApplicationStatus.REJECTED);
    @TempDir
    static Path folder;

    @BeforeAll
    static void generate() {
        DataGenerator.generate(folder, 400, 160, 7);
        try (Store store = Store.open(folder)) {
            store.run(r -> {
                List<ApplicationView> views = new ArrayList<>(r.applications().views(false));
                views.addAll(r.applications().views(true));
                Instant now = Instant.now();
                int i = 0;
                for (ApplicationView v : views) {
                    long id = v.application().id();
                    List<StatusChange> history = r.applications().history(id);
                    StatusChange last = history.get(history.size() - 1);
                    switch (i++ % 7) {
                        // the latest change undone, the status left where it was: history and status disagree
                        case 0 -> {
                            if (!last.isInitial()) {
                                r.applications().markUndone(last.id(), now);
                            }
                        }
                        // an offer recorded long ago, then undone: it must not count
                        case 1 -> {
                            long c = r.applications().insertChange(id, last.to(), ApplicationStatus.OFFER,
                                    now.minus(200, ChronoUnit.DAYS), null);
                            r.applications().markUndone(c, now);
                        }
                        // an answer dated before the sending day: counts as the same day (0 days)
                        case 2 -> {
                            if (v.application().appliedOn() != null) {
                                r.applications().insertChange(id, last.to(), ApplicationStatus.REJECTED,
                                        v.application().appliedOn().minusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC), null);
                            }
                        }
                        // sent by date only: a sending date without any change to Applied
                        case 3 -> {
                            if (v.application().appliedOn() == null) {
                                r.applications().updateStatus(id, v.application().status(), LocalDate.now().minusDays(9));
                            }
                        }
                        // back to Saved after an interview: the funnel still counts the interview
                        case 4 -> r.applications().insertChange(id, last.to(), ApplicationStatus.SAVED, now, null);
                        // a withdrawal is not an answer
                        case 5 -> r.applications().insertChange(id, last.to(), ApplicationStatus.WITHDRAWN, now, null);
                        default -> {
                        }
                    }
                }
            });
        }
    }

    private static int step(ApplicationStatus s) {
        return switch (s) {
            case SAVED -> 0;
            case PREPARING -> 1;
            case APPLIED -> 2;
            case INTERVIEW -> 3;
            case OFFER -> 4;
            case ACCEPTED -> 5;
            default -> -1;
        };
    }

    private record Expected(Map<Dashboard.Stage, Integer> funnel, StatsRepository.Answers answers) {
    }

    /** Every application, every change: the furthest step and the first answer, counted one by one. */
    private static Expected straightforward(Repositories r) {
        List<ApplicationView> views = new ArrayList<>(r.applications().views(false));
        views.addAll(r.applications().views(true));
        int[] reached = new int[5];
        int sent = 0;
        int answered = 0;
        Map<Integer, Integer> days = new TreeMap<>();
        for (ApplicationView v : views) {
            var app = v.application();
            List<StatusChange> kept = r.applications().history(app.id()).stream().filter(c -> !c.isUndone()).toList();
            int furthest = step(app.status());
            for (StatusChange c : kept) {
                furthest = Math.max(furthest, step(c.to()));
            }
            if (app.appliedOn() != null) {
                furthest = Math.max(furthest, 2);
            }
            for (int s = 0; s <= 4; s++) {
                if (furthest >= s) {
                    reached[s]++;
                }
            }
            if (app.appliedOn() != null) {
                sent++;
                LocalDate first = kept.stream().filter(c -> ANSWERS.contains(c.to()))
                        .map(c -> LocalDate.ofInstant(c.at(), ZoneOffset.UTC)).min(LocalDate::compareTo).orElse(null);
                if (first != null) {
                    answered++;
                    days.merge((int) Math.max(0, ChronoUnit.DAYS.between(app.appliedOn(), first)), 1, Integer::sum);
                }
            }
        }
        Map<Dashboard.Stage, Integer> funnel = new EnumMap<>(Dashboard.Stage.class);
        funnel.put(Dashboard.Stage.SAVED, views.size());
        funnel.put(Dashboard.Stage.APPLIED, reached[2]);
        funnel.put(Dashboard.Stage.INTERVIEW, reached[3]);
        funnel.put(Dashboard.Stage.OFFER, reached[4]);
        return new Expected(funnel, new StatsRepository.Answers(sent, answered, days));
    }

    @Test
    void the_funnel_counts_as_the_whole_history_read_one_application_at_a_time() {
        try (Store store = Store.open(folder)) {
            store.run(r -> {
                Expected expected = straightforward(r);
                assertThat(r.stats().funnel()).isEqualTo(expected.funnel()).isEqualTo(r.stats().funnelByGrouping())
                        .isEqualTo(r.stats().funnelByExists());
                // the data set reaches every stage, or the comparison proves little
                assertThat(expected.funnel().get(Dashboard.Stage.OFFER)).isPositive();
                assertThat(expected.funnel().get(Dashboard.Stage.APPLIED)).isLessThan(expected.funnel().get(Dashboard.Stage.SAVED));
            });
        }
    }

    @Test
    void the_answers_and_their_delays_count_as_the_whole_history_read_one_application_at_a_time() {
        try (Store store = Store.open(folder)) {
            store.run(r -> {
                Expected expected = straightforward(r);
                StatsRepository.Answers answers = r.stats().answers();
                assertThat(answers).isEqualTo(expected.answers()).isEqualTo(r.stats().answersByGrouping())
                        .isEqualTo(r.stats().answersByMin());
                assertThat(answers.daysToAnswer()).containsKey(0);
                assertThat(answers.answered()).isPositive().isLessThan(answers.sent());
            });
        }
    }

    /** What the trigger keeps on each application: id, history step, first answer. */
    private static List<String> progress(Repositories r) {
        return r.dsl().fetch("select id, history_step, first_answer_on from application order by id").stream()
                .map(rec -> rec.get(0) + " " + rec.get(1) + " " + rec.get(2)).toList();
    }

    @Test
    void the_migrations_first_filling_reads_the_history_as_the_trigger_keeps_it() throws Exception {
        String fill = MigrationFill.of("V17__add_application_progress.sql");
        try (Store store = Store.open(folder)) {
            store.run(r -> {
                List<String> kept = progress(r);
                assertThat(kept).anyMatch(l -> l.matches("\\d+ 4 \\d{4}-.*")).anyMatch(l -> l.matches("\\d+ [0-2] null"));
                r.dsl().execute("update application set history_step = -7, first_answer_on = null");
                assertThat(progress(r)).isNotEqualTo(kept);
                r.dsl().execute(fill);
                assertThat(progress(r)).isEqualTo(kept);
            });
        }
    }

    @Test
    void a_change_written_by_plain_sql_moves_the_funnel_and_its_removal_moves_it_back() {
        try (Store store = Store.open(folder)) {
            store.run(r -> {
                Map<Dashboard.Stage, Integer> before = r.stats().funnel();
                StatsRepository.Answers answersBefore = r.stats().answers();
                Long saved = r.dsl().fetchOne("select min(id) from application where status = 'SAVED'"
                        + " and history_step < 3 and applied_on is null").get(0, Long.class);
                assertThat(saved).isNotNull();
                r.dsl().execute("insert into status_change (application_id, from_status, to_status, changed_at)"
                        + " values (?, 'SAVED', 'INTERVIEW', current_timestamp)", saved);
                Map<Dashboard.Stage, Integer> after = r.stats().funnel();
                assertThat(after.get(Dashboard.Stage.INTERVIEW)).isEqualTo(before.get(Dashboard.Stage.INTERVIEW) + 1);
                assertThat(after).isEqualTo(r.stats().funnelByExists());
                // undone by an update, then removed: the application is back where it was
                r.dsl().execute("update status_change set undone_at = current_timestamp where application_id = ?"
                        + " and to_status = 'INTERVIEW'", saved);
                assertThat(r.stats().funnel()).isEqualTo(before);
                r.dsl().execute("update status_change set undone_at = null where application_id = ?"
                        + " and to_status = 'INTERVIEW'", saved);
                assertThat(r.stats().funnel()).isEqualTo(after);
                r.dsl().execute("delete from status_change where application_id = ? and to_status = 'INTERVIEW'", saved);
                assertThat(r.stats().funnel()).isEqualTo(before).isEqualTo(r.stats().funnelByExists());
                assertThat(r.stats().answers()).isEqualTo(answersBefore).isEqualTo(r.stats().answersByMin());
            });
        }
    }
}
