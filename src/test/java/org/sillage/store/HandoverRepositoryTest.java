package org.sillage.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sillage.store.jooq.Tables.CANDIDATE;
import static org.sillage.store.jooq.Tables.SUPPORT_ACTION;
import static org.sillage.store.jooq.Tables.SUPPORT_SESSION;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.Handover;

/**
 * Sessions and their actions travel with a seeker's record (read straight from the V10 tables) and merge
 * like the rest: added once, an action's state taken from the side that changed it, erased with the person.
 */
class HandoverRepositoryTest {
    @TempDir
    Path a;
    @TempDir
    Path b;

    private static final OffsetDateTime T0 = OffsetDateTime.of(2031, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private static long seekerWithASession(Store store) {
        return store.transaction(r -> {
            var dsl = r.dsl();
            long seeker = dsl.insertInto(CANDIDATE).set(CANDIDATE.DISPLAY_NAME, "Zoé").set(CANDIDATE.IS_DEFAULT, false)
                    .set(CANDIDATE.CREATED_AT, T0).returningResult(CANDIDATE.ID).fetchOne().value1();
            long session = dsl.insertInto(SUPPORT_SESSION).set(SUPPORT_SESSION.CANDIDATE_ID, seeker)
                    .set(SUPPORT_SESSION.HELD_ON, LocalDate.of(2031, 3, 1)).set(SUPPORT_SESSION.DURATION_MINUTES, 45)
                    .set(SUPPORT_SESSION.NOTES, "Bilan du mois").set(SUPPORT_SESSION.DECISIONS, "Viser la compta")
                    .set(SUPPORT_SESSION.CREATED_AT, T0).set(SUPPORT_SESSION.CHANGED_AT, T0)
                    .returningResult(SUPPORT_SESSION.ID).fetchOne().value1();
            for (String what : List.of("Mettre à jour le CV", "Appeler la Mission Locale")) {
                dsl.insertInto(SUPPORT_ACTION).set(SUPPORT_ACTION.CANDIDATE_ID, seeker).set(SUPPORT_ACTION.SESSION_ID, session)
                        .set(SUPPORT_ACTION.WHAT, what).set(SUPPORT_ACTION.OWNER, "SEEKER")
                        .set(SUPPORT_ACTION.DUE_ON, LocalDate.of(2031, 3, 8)).set(SUPPORT_ACTION.STATE, "TODO")
                        .set(SUPPORT_ACTION.CREATED_AT, T0).set(SUPPORT_ACTION.CHANGED_AT, T0).execute();
            }
            return seeker;
        });
    }

    private static Handover.Manifest manifest(Store store, long seeker, String installation, Instant at) {
        return store.transaction(r -> {
            String uuid = r.dsl().select(CANDIDATE.UUID).from(CANDIDATE).where(CANDIDATE.ID.eq(seeker)).fetchOne(CANDIDATE.UUID);
            return new Handover.Manifest(1, at, installation, uuid, "Zoé", r.handover().rows(seeker),
                    r.handover().bases(seeker), r.handover().files(seeker));
        });
    }

    @Test
    void sessions_and_actions_travel_merge_and_are_erased() {
        try (Store advisor = Store.open(a); Store own = Store.open(b)) {
            long zoeA = seekerWithASession(advisor);
            Handover.Manifest first = manifest(advisor, zoeA, "advisor", Instant.parse("2031-03-01T10:00:00Z"));
            assertThat(first.rows()).filteredOn(r -> r.table().equals("support_action")).hasSize(2)
                    .allSatisfy(r -> assertThat(r.get("session")).isNotNull());

            var in = own.transaction(r -> r.handover().merge(first, "own", Instant.parse("2031-03-01T11:00:00Z")));
            // a session and two actions added; the folder's one person, who had nothing yet, becomes Zoé
            assertThat(in.added).isEqualTo(3);
            assertThat(in.updated).isEqualTo(1);
            long zoeB = in.candidateId;
            List<Handover.Row> arrived = own.transaction(r -> r.handover().rows(zoeB));
            assertThat(arrived).containsExactlyInAnyOrderElementsOf(first.rows());
            // again: nothing
            var again = own.transaction(r -> r.handover().merge(first, "own", Instant.parse("2031-03-01T11:05:00Z")));
            assertThat(again.added + again.updated + again.conflicts).isZero();

            // the seeker marks an action done; the advisor takes it
            own.run(r -> r.dsl().update(SUPPORT_ACTION).set(SUPPORT_ACTION.STATE, "DONE")
                    .set(SUPPORT_ACTION.DONE_AT, T0.plusDays(3))
                    .where(SUPPORT_ACTION.WHAT.eq("Mettre à jour le CV")).execute());
            Handover.Manifest back = manifest(own, zoeB, "own", Instant.parse("2031-03-05T10:00:00Z"));
            var merged = advisor.transaction(r -> r.handover().merge(back, "advisor", Instant.parse("2031-03-05T11:00:00Z")));
            assertThat(merged.updated).isEqualTo(1);
            assertThat(merged.conflicts).isZero();
            String state = advisor.transaction(r -> r.dsl().select(SUPPORT_ACTION.STATE).from(SUPPORT_ACTION)
                    .where(SUPPORT_ACTION.WHAT.eq("Mettre à jour le CV")).fetchOne(SUPPORT_ACTION.STATE));
            assertThat(state).isEqualTo("DONE");

            var erased = advisor.transaction(r -> r.erasure().erase(zoeA, Instant.parse("2031-04-01T00:00:00Z")));
            assertThat(erased.rows()).isEqualTo(4);
            int left = advisor.transaction(r -> r.dsl().fetchCount(SUPPORT_ACTION) + r.dsl().fetchCount(SUPPORT_SESSION));
            assertThat(left).isZero();
            int records = advisor.transaction(r -> r.erasure().count());
            assertThat(records).isEqualTo(1);
        }
    }
}
