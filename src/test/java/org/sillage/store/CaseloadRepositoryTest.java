package org.sillage.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sillage.store.jooq.Tables.APPLICATION;
import static org.sillage.store.jooq.Tables.SUPPORT_ACTION;
import static org.sillage.store.jooq.Tables.SUPPORT_SESSION;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationEvent;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.CaseloadRow;
import org.sillage.domain.CaseloadRow.Alert;
import org.sillage.domain.DocumentState;
import org.sillage.domain.EventKind;
import org.sillage.domain.NextAction;
import org.sillage.domain.PostingFields;
import org.sillage.domain.Seeker;

/** The caseload's figures and alerts, exact on data built for them (ADR 0023). */
class CaseloadRepositoryTest {
    private static final LocalDate TODAY = LocalDate.of(2030, 3, 10);
    private static final Instant NOW = TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC);

    @TempDir
    Path folder;

    private static Seeker.Details named(String name) {
        return new Seeker.Details(name, null, null, null, null, null, null, null, null, null);
    }

    private static long posting(Repositories r, int n, LocalDate deadline) {
        String text = "Poste " + n + "\nCandidatures jusqu'au " + deadline;
        return r.postings().insert(new PostingRepository.NewPosting(text, Integer.toHexString(text.hashCode()) + "-" + n,
                "p" + n + ".txt", "TEXT", null, NOW.minus(40, ChronoUnit.DAYS),
                PostingFields.builder().title("Poste " + n).deadline(deadline).build(), 1));
    }

    /** An application moved to {@code status} at {@code at}, with one required document in {@code doc} state. */
    private static long application(Repositories r, long posting, ApplicationStatus status, Instant at, DocumentState doc) {
        long id = r.applications().insert(posting, ApplicationStatus.SAVED, at);
        r.applications().insertChange(id, null, ApplicationStatus.SAVED, at, null);
        if (status != ApplicationStatus.SAVED) {
            r.applications().insertChange(id, ApplicationStatus.SAVED, status, at, null);
            r.applications().updateStatus(id, status, null);
        }
        if (doc != null) {
            long item = r.checklists().insertItem(id, new ChecklistRepository.NewItem("cv", null, null, null, null, true));
            r.checklists().setState(item, doc);
        }
        return id;
    }

    private static void action(Repositories r, long seeker, String state, LocalDate due) {
        r.dsl().insertInto(SUPPORT_ACTION).set(SUPPORT_ACTION.CANDIDATE_ID, seeker).set(SUPPORT_ACTION.WHAT, "x")
                .set(SUPPORT_ACTION.OWNER, "SEEKER").set(SUPPORT_ACTION.STATE, state).set(SUPPORT_ACTION.DUE_ON, due)
                .set(SUPPORT_ACTION.CREATED_AT, NOW.minus(30, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC))
                .set(SUPPORT_ACTION.CHANGED_AT, NOW.minus(30, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC)).execute();
    }

    private static void session(Repositories r, long seeker, LocalDate on) {
        r.dsl().insertInto(SUPPORT_SESSION).set(SUPPORT_SESSION.CANDIDATE_ID, seeker).set(SUPPORT_SESSION.HELD_ON, on)
                .set(SUPPORT_SESSION.CREATED_AT, on.atStartOfDay().atOffset(ZoneOffset.UTC))
                .set(SUPPORT_SESSION.CHANGED_AT, on.atStartOfDay().atOffset(ZoneOffset.UTC)).execute();
    }

    @Test
    void each_seeker_has_their_counts_deadline_actions_session_activity_and_alerts() {
        try (Store store = Store.open(folder)) {
            long[] ids = store.transaction(r -> {
                long amina = r.candidate().add(named("Amina"), NOW.minus(60, ChronoUnit.DAYS)).id();
                long brahim = r.candidate().add(named("Brahim"), NOW.minus(60, ChronoUnit.DAYS)).id();
                long chloe = r.candidate().add(named("Chloé"), NOW.minus(60, ChronoUnit.DAYS)).id();
                r.candidate().close(chloe, NOW.minus(20, ChronoUnit.DAYS));
                long p1 = posting(r, 1, TODAY.plusDays(2));
                long p2 = posting(r, 2, TODAY.plusDays(10));
                long p3 = posting(r, 3, TODAY.plusDays(1));
                long p4 = posting(r, 4, TODAY.minusDays(1));
                long p5 = posting(r, 5, TODAY.plusDays(1));
                Instant yesterday = NOW.minus(1, ChronoUnit.DAYS);

                Repositories a = r.forCandidate(amina);
                application(a, p1, ApplicationStatus.SAVED, yesterday, DocumentState.TO_PREPARE); // documents missing
                application(a, p2, ApplicationStatus.PREPARING, yesterday, DocumentState.READY);
                long sent = application(a, p3, ApplicationStatus.APPLIED, yesterday, null);
                a.events().insert(new ApplicationEvent(0, sent, EventKind.FOLLOW_UP, TODAY.minusDays(1), null, null,
                        null, null, false)); // a follow-up due
                application(a, p4, ApplicationStatus.REJECTED, yesterday, null); // closed: not active
                long archived = application(a, p5, ApplicationStatus.SAVED, yesterday, DocumentState.TO_PREPARE);
                a.applications().setArchived(archived, yesterday); // archived: neither counted nor flagged
                action(r, amina, "TODO", TODAY.minusDays(9)); // overdue
                action(r, amina, "TODO", TODAY.minusDays(1)); // overdue
                action(r, amina, "TODO", TODAY); // due today: not overdue
                action(r, amina, "DONE", TODAY.minusDays(20));
                action(r, amina, "TODO", null);
                session(r, amina, TODAY.minusDays(25));
                session(r, amina, TODAY.minusDays(5));

                Repositories b = r.forCandidate(brahim);
                Instant longAgo = NOW.minus(30, ChronoUnit.DAYS);
                application(b, p1, ApplicationStatus.SAVED, longAgo, DocumentState.READY); // same posting, documents ready
                long applied = application(b, p3, ApplicationStatus.APPLIED, longAgo, null);
                b.applications().setNextAction(applied, new NextAction("Relancer", TODAY.plusDays(3))); // not yet due
                return new long[] {amina, brahim, chloe};
            });
            Map<Long, CaseloadRow> rows = new java.util.HashMap<>();
            List<CaseloadRow> list = store.transaction(r -> r.caseload().rows(TODAY, NOW.minus(14, ChronoUnit.DAYS)));
            list.forEach(row -> rows.put(row.seekerId(), row));
            assertThat(list).extracting(CaseloadRow::name).containsExactly("Amina", "Brahim", "Chloé", "me");

            CaseloadRow amina = rows.get(ids[0]);
            assertThat(amina.active()).isEqualTo(Map.of(ApplicationStatus.SAVED, 1, ApplicationStatus.PREPARING, 1,
                    ApplicationStatus.APPLIED, 1));
            assertThat(amina.activeCount()).isEqualTo(3);
            assertThat(amina.nextDeadline()).isEqualTo(TODAY.plusDays(2));
            assertThat(amina.overdueActions()).isEqualTo(2);
            assertThat(amina.lastSession()).isEqualTo(TODAY.minusDays(5));
            assertThat(amina.lastActivity()).isEqualTo(NOW.minus(1, ChronoUnit.DAYS));
            assertThat(amina.documentsMissing()).isEqualTo(1);
            assertThat(amina.followUpsDue()).isEqualTo(1);
            assertThat(amina.alerts()).containsExactlyInAnyOrder(Alert.DOCUMENTS_MISSING, Alert.FOLLOW_UP_DUE);

            CaseloadRow brahim = rows.get(ids[1]);
            assertThat(brahim.active()).isEqualTo(Map.of(ApplicationStatus.SAVED, 1, ApplicationStatus.APPLIED, 1));
            assertThat(brahim.nextDeadline()).isEqualTo(TODAY.plusDays(2));
            assertThat(brahim.overdueActions()).isZero();
            assertThat(brahim.lastSession()).isNull();
            assertThat(brahim.lastActivity()).isEqualTo(NOW.minus(30, ChronoUnit.DAYS));
            assertThat(brahim.alerts()).containsExactly(Alert.NO_ACTIVITY);

            CaseloadRow chloe = rows.get(ids[2]);
            assertThat(chloe.ended()).isTrue();
            assertThat(chloe.activeCount()).isZero();
            assertThat(chloe.inactive()).isTrue();
            assertThat(chloe.alerts()).as("an ended support raises no alert").isEmpty();
        }
    }

    @Test
    void a_next_action_due_on_a_sent_application_is_a_follow_up_due_and_an_archived_one_is_not() {
        try (Store store = Store.open(folder)) {
            long amina = store.transaction(r -> {
                long id = r.candidate().add(named("Amina"), NOW).id();
                Repositories a = r.forCandidate(id);
                long due = application(a, posting(r, 1, null), ApplicationStatus.APPLIED, NOW, null);
                a.applications().setNextAction(due, new NextAction("Relancer", TODAY));
                long gone = application(a, posting(r, 2, null), ApplicationStatus.APPLIED, NOW, null);
                a.applications().setNextAction(gone, new NextAction("Relancer", TODAY.minusDays(3)));
                a.applications().setArchived(gone, NOW);
                return id;
            });
            CaseloadRow row = store.transaction(r -> r.caseload().rows(TODAY, NOW.minus(14, ChronoUnit.DAYS))).stream()
                    .filter(x -> x.seekerId() == amina).findFirst().orElseThrow();
            assertThat(row.followUpsDue()).isEqualTo(1);
            assertThat(row.nextDeadline()).isNull();
            assertThat(row.alerts()).containsExactly(Alert.FOLLOW_UP_DUE);
            int stored = store.transaction(r -> r.dsl().fetchCount(APPLICATION));
            assertThat(stored).isEqualTo(2);
        }
    }
}
