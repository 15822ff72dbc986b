package org.sillage.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.AgendaItem;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.PostingFields;
import org.sillage.store.PostingRepository.NewPosting;

/** The listed deadline time and zone (ADR 0015): set on every write, and filled for rows stored before them. */
class DeadlineColumnsTest {
    @TempDir
    Path folder;

    private static AgendaItem onlyDeadline(Store store) {
        return store.transaction(r -> r.agenda().deadlines(AgendaRepository.Range.all())).get(0);
    }

    @Test
    void postings_stored_before_the_columns_get_them_at_the_next_start() throws Exception {
        try (Store store = Store.open(folder)) {
            store.run(r -> {
                long id = r.postings().insert(new NewPosting("Géomètre\nNamur", "sha", "a.txt", "txt", null,
                        Instant.parse("2026-01-02T10:00:00Z"), PostingFields.builder().title("Géomètre").location("Namur")
                        .deadline(LocalDate.of(2026, 2, 1)).deadlineTime(LocalTime.NOON).build(), 1));
                r.applications().insert(id, ApplicationStatus.SAVED, Instant.parse("2026-01-02T10:00:00Z"));
            });
            assertThat(onlyDeadline(store).zone()).isEqualTo(ZoneId.of("Europe/Brussels"));
        }
        try (Database db = Database.open(folder)) {
            // as a database from before schema 5: the columns empty, and no mark that they were filled
            db.transaction(dsl -> dsl.execute("update posting set deadline_time = null, deadline_zone = null")
                    + dsl.execute("delete from setting where setting_name = 'store.deadline_zones_filled'"));
        }
        try (Store store = Store.open(folder)) {
            AgendaItem deadline = onlyDeadline(store);
            assertThat(deadline.zone()).isEqualTo(ZoneId.of("Europe/Brussels"));
            assertThat(deadline.time()).isEqualTo(LocalTime.NOON);
        }
    }
}
