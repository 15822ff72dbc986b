package org.sillage.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.bench.DataGenerator;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ApplicationView;
import org.sillage.domain.BoardCard;
import org.sillage.domain.NextAction;

/**
 * The board's order read from the day the trigger keeps on each application (ADR 0059) against the join of
 * ADR 0036 that computes it, after next actions set and cleared, deadlines moved, removed and added, by the
 * repositories and by plain SQL.
 */
class BoardDayTest {
    @TempDir
    static Path folder;

    @BeforeAll
    static void generate() {
        DataGenerator.generate(folder, 300, 150, 11);
        try (Store store = Store.open(folder)) {
            store.run(r -> {
                List<ApplicationView> views = new ArrayList<>(r.applications().views(false));
                int i = 0;
                for (ApplicationView v : views) {
                    long id = v.application().id();
                    long posting = v.application().postingId();
                    switch (i++ % 6) {
                        case 0 -> r.applications().setNextAction(id, new NextAction("Relancer", LocalDate.of(2026, 1, 1 + i % 28)));
                        case 1 -> r.applications().setNextAction(id, NextAction.NONE);
                        case 2 -> r.dsl().execute("update posting set deadline = ? where id = ?", LocalDate.of(2025, 6, 1 + i % 28), posting);
                        case 3 -> r.dsl().execute("update posting set deadline = null where id = ?", posting);
                        case 4 -> r.dsl().execute("update application set next_action_on = ? where id = ?", LocalDate.of(2027, 3, 3), id);
                        default -> {
                        }
                    }
                }
            });
        }
    }

    private static List<Long> ids(List<BoardCard> cards) {
        return cards.stream().map(BoardCard::applicationId).toList();
    }

    @Test
    void every_columns_order_and_pages_are_the_joins() {
        try (Store store = Store.open(folder)) {
            store.run(r -> {
                int seen = 0;
                for (ApplicationStatus s : ApplicationStatus.values()) {
                    List<Long> all = r.board().idsByJoin(s, 0, 10_000);
                    seen += all.size();
                    assertThat(ids(r.board().cards(s, 0, 10_000))).as(s.name()).isEqualTo(all);
                    // pages of 7
                    List<Long> paged = new ArrayList<>();
                    for (int off = 0; off < all.size(); off += 7) {
                        paged.addAll(ids(r.board().cards(s, off, 7)));
                    }
                    assertThat(paged).as(s.name()).isEqualTo(all);
                }
                assertThat(seen).isGreaterThan(100);
                // undated cards exist, and dated ones: the order proves something
                assertThat(r.dsl().fetchCount(r.dsl().selectFrom(org.sillage.store.jooq.Tables.APPLICATION)
                        .where(org.sillage.store.jooq.Tables.APPLICATION.BOARD_DAY.eq(BoardDayTrigger.NONE)))).isPositive();
            });
        }
    }

    @Test
    void the_migrations_first_filling_gives_the_days_the_trigger_keeps() throws Exception {
        String fill = MigrationFill.of("V18__add_application_board_day.sql");
        try (Store store = Store.open(folder)) {
            store.run(r -> {
                List<String> kept = r.dsl().fetch("select id, board_day from application order by id").stream()
                        .map(rec -> rec.get(0) + " " + rec.get(1)).toList();
                // the filling's expression, read for every application as the migration wrote it
                String expression = fill.substring(fill.indexOf("board_day =") + "board_day =".length());
                assertThat(r.dsl().fetch("select a.id, " + expression + " from application a order by a.id").stream()
                        .map(rec -> rec.get(0) + " " + rec.get(1)).toList()).isEqualTo(kept);
            });
        }
    }
}
