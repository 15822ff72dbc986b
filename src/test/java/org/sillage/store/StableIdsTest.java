package org.sillage.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sillage.store.jooq.Tables.CANDIDATE;
import static org.sillage.store.jooq.Tables.POSTING;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.PostingFields;
import org.sillage.store.PostingRepository.NewPosting;

class StableIdsTest {
    @TempDir
    Path folder;

    @Test
    void new_rows_get_a_stable_id_by_default_and_older_rows_get_one_when_filled() {
        try (Store store = Store.open(folder)) {
            long a = store.transaction(r -> r.postings().insert(new NewPosting("A", "sha-a", null, "TEXT", null,
                    Instant.EPOCH, PostingFields.builder().title("A").build(), 1)));
            long b = store.transaction(r -> r.postings().insert(new NewPosting("B", "sha-b", null, "TEXT", null,
                    Instant.EPOCH, PostingFields.builder().title("B").build(), 1)));
            String uuidOfA = store.transaction(r -> r.dsl().select(POSTING.UUID).from(POSTING).where(POSTING.ID.eq(a)).fetchOne().value1());
            assertThat(uuidOfA).hasSize(36);
            java.util.List<String> seekers = store.transaction(r -> r.dsl().select(CANDIDATE.UUID).from(CANDIDATE).fetch(CANDIDATE.UUID));
            assertThat(seekers).allSatisfy(u -> assertThat(u).hasSize(36));
            // a row from before V10, as an upgraded folder has them
            int cleared = store.transaction(r -> r.dsl().update(POSTING).setNull(POSTING.UUID).where(POSTING.ID.eq(b)).execute());
            assertThat(cleared).isEqualTo(1);
            int first = store.transaction(r -> StableIds.fillMissing(r.dsl()));
            int second = store.transaction(r -> StableIds.fillMissing(r.dsl()));
            assertThat(first).isEqualTo(1);
            assertThat(second).isZero();
            java.util.List<String> uuids = store.transaction(r -> r.dsl().select(POSTING.UUID).from(POSTING).fetch(POSTING.UUID));
            assertThat(uuids).doesNotContainNull().doesNotHaveDuplicates().contains(uuidOfA);
        }
    }
}
