package org.sillage.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sillage.domain.ApplicationColumn;
import org.sillage.domain.ApplicationFilter;
import org.sillage.domain.ApplicationRow;
import org.sillage.domain.ApplicationSort;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ContractType;
import org.sillage.domain.PostingFields;
import org.sillage.store.PostingRepository.NewPosting;

/** The applications table's page, filters, sorts and counts, answered by the database on a fresh H2. */
class ApplicationTableTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @TempDir
    Path folder;
    Store store;
    final List<Long> ids = new ArrayList<>();

    /** One application: title, organisation, deadline, contract, status, applied on, created on day n. */
    private long add(String title, String org, LocalDate deadline, ContractType type, ApplicationStatus status,
                     LocalDate appliedOn, int day) {
        return store.transaction(r -> {
            Instant at = Instant.parse("2026-01-01T09:00:00Z").plusSeconds(86_400L * day);
            long posting = r.postings().insert(new NewPosting(title + " " + org, "sha" + title + org + day, null, "TEXT",
                    null, at, PostingFields.builder().title(title).organization(org).deadline(deadline).contractType(type)
                    .build(), 1));
            long id = r.applications().insert(posting, ApplicationStatus.SAVED, at);
            r.applications().insertChange(id, null, ApplicationStatus.SAVED, at, null);
            if (status != ApplicationStatus.SAVED) {
                r.applications().updateStatus(id, status, appliedOn);
                r.applications().insertChange(id, ApplicationStatus.SAVED, status, at.plusSeconds(3600L * day), null);
            }
            ids.add(id);
            return id;
        });
    }

    @BeforeEach
    void fill() {
        store = Store.open(folder);
        add("Comptable", "Mairie de Lille", LocalDate.of(2026, 3, 1), ContractType.CDI, ApplicationStatus.SAVED, null, 0);
        add("Développeur", "Société Générale", LocalDate.of(2026, 3, 20), ContractType.CDD, ApplicationStatus.APPLIED,
                LocalDate.of(2026, 2, 1), 1);
        add("agent d'accueil", "Croix-Rouge", null, ContractType.STAGE, ApplicationStatus.INTERVIEW, LocalDate.of(2026, 2, 3), 2);
        add("Nurse", "Médecins du Monde", LocalDate.of(2026, 2, 15), null, ApplicationStatus.PREPARING, null, 3);
        add("Chargé de mission", null, LocalDate.of(2026, 4, 5), ContractType.CDI, ApplicationStatus.REJECTED,
                LocalDate.of(2026, 1, 20), 4);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> titles(ApplicationFilter f, ApplicationSort s) {
        return store.transaction(r -> r.table().page(f, s, TODAY, 0, 100)).stream().map(ApplicationRow::title).toList();
    }

    private int count(ApplicationFilter f) {
        return store.transaction(r -> r.table().count(f, TODAY));
    }

    @Test
    void without_a_filter_every_application_is_listed_newest_first_and_counted() {
        assertThat(titles(ApplicationFilter.NONE, ApplicationSort.NEWEST))
                .containsExactly("Chargé de mission", "Nurse", "agent d'accueil", "Développeur", "Comptable");
        assertThat(count(ApplicationFilter.NONE)).isEqualTo(5);
    }

    @Test
    void a_row_carries_the_postings_listed_fields() {
        ApplicationRow row = store.transaction(r -> r.table().row(ids.get(1))).orElseThrow();
        assertThat(row.organization()).isEqualTo("Société Générale");
        assertThat(row.contractType()).isEqualTo(ContractType.CDD);
        assertThat(row.appliedOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(row.status()).isEqualTo(ApplicationStatus.APPLIED);
        assertThat(row.lastChange()).isEqualTo(Instant.parse("2026-01-02T10:00:00Z"));
    }

    @Test
    void statuses_keep_any_of_those_chosen() {
        var f = ApplicationFilter.NONE.withStatuses(EnumSet.of(ApplicationStatus.SAVED, ApplicationStatus.INTERVIEW));
        assertThat(titles(f, ApplicationSort.NEWEST)).containsExactly("agent d'accueil", "Comptable");
        assertThat(count(f)).isEqualTo(2);
    }

    @Test
    void a_deadline_range_keeps_the_deadlines_within_it_both_ends_included() {
        var f = ApplicationFilter.NONE.withDeadline(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 20));
        assertThat(titles(f, ApplicationSort.NEWEST)).containsExactly("Développeur", "Comptable");
        var from = ApplicationFilter.NONE.withDeadline(LocalDate.of(2026, 3, 2), null);
        assertThat(titles(from, ApplicationSort.NEWEST)).containsExactly("Chargé de mission", "Développeur");
        assertThat(count(ApplicationFilter.NONE.withDeadline(null, LocalDate.of(2026, 2, 28)))).isEqualTo(1);
    }

    @Test
    void expired_only_keeps_applications_not_sent_whose_deadline_is_past() {
        var f = ApplicationFilter.NONE.withExpiredOnly(true);
        assertThat(titles(f, ApplicationSort.NEWEST)).containsExactly("Nurse", "Comptable");
        List<ApplicationRow> all = store.transaction(r -> r.table().page(ApplicationFilter.NONE, ApplicationSort.NEWEST, TODAY, 0, 10));
        assertThat(all.stream().filter(a -> a.expiredOn(TODAY)).map(ApplicationRow::title)).containsExactly("Nurse", "Comptable");
    }

    @Test
    void contract_types_keep_any_of_those_chosen() {
        var f = ApplicationFilter.NONE.withContractTypes(Set.of(ContractType.CDI));
        assertThat(titles(f, ApplicationSort.NEWEST)).containsExactly("Chargé de mission", "Comptable");
        assertThat(count(ApplicationFilter.NONE.withContractTypes(Set.of(ContractType.CDD, ContractType.STAGE)))).isEqualTo(2);
    }

    @Test
    void organisation_text_ignores_case_and_accents() {
        assertThat(titles(ApplicationFilter.NONE.withOrganization("societe"), ApplicationSort.NEWEST))
                .containsExactly("Développeur");
        assertThat(titles(ApplicationFilter.NONE.withOrganization("MÉDECINS"), ApplicationSort.NEWEST)).containsExactly("Nurse");
        assertThat(count(ApplicationFilter.NONE.withOrganization("100%"))).isZero();
    }

    @Test
    void words_must_all_be_in_the_title_or_the_organisation() {
        assertThat(titles(ApplicationFilter.NONE.withWords("developpeur generale"), ApplicationSort.NEWEST))
                .containsExactly("Développeur");
        assertThat(titles(ApplicationFilter.NONE.withWords("lille"), ApplicationSort.NEWEST)).containsExactly("Comptable");
        assertThat(count(ApplicationFilter.NONE.withWords("lille nurse"))).isZero();
    }

    @Test
    void a_tag_keeps_the_applications_carrying_it_themselves_or_through_their_posting_and_is_saved() {
        long postingOfNurse = store.transaction(r -> r.dsl().select(org.sillage.store.jooq.Tables.APPLICATION.POSTING_ID)
                .from(org.sillage.store.jooq.Tables.APPLICATION)
                .where(org.sillage.store.jooq.Tables.APPLICATION.ID.eq(ids.get(3))).fetchOne().value1());
        store.transaction(r -> {
            r.labels().setTags(LabelRepository.Owner.APPLICATION, ids.get(0), List.of("Métropole"));
            r.labels().setTags(LabelRepository.Owner.POSTING, postingOfNurse, List.of("metropole", "santé"));
            r.labels().setTags(LabelRepository.Owner.APPLICATION, ids.get(1), List.of("autre"));
            return null;
        });
        assertThat(titles(ApplicationFilter.NONE.withTag("METROPOLE"), ApplicationSort.NEWEST))
                .containsExactly("Nurse", "Comptable");
        assertThat(count(ApplicationFilter.NONE.withTag("santé").withStatuses(Set.of(ApplicationStatus.PREPARING)))).isEqualTo(1);
        assertThat(count(ApplicationFilter.NONE.withTag("absent"))).isZero();
        var saved = ApplicationFilter.NONE.withTag("Métropole").withOrganization("lille");
        assertThat(FilterJson.read(FilterJson.write(saved))).isEqualTo(saved);
    }

    @Test
    void criteria_combine() {
        var f = ApplicationFilter.NONE.withContractTypes(Set.of(ContractType.CDI)).withExpiredOnly(true);
        assertThat(titles(f, ApplicationSort.NEWEST)).containsExactly("Comptable");
    }

    @Test
    void sorts_by_title_ignoring_case() {
        assertThat(titles(ApplicationFilter.NONE, new ApplicationSort(ApplicationColumn.TITLE, true)))
                .containsExactly("agent d'accueil", "Chargé de mission", "Comptable", "Développeur", "Nurse");
    }

    @Test
    void sorts_by_deadline_either_way_with_the_missing_ones_last() {
        assertThat(titles(ApplicationFilter.NONE, new ApplicationSort(ApplicationColumn.DEADLINE, true)))
                .containsExactly("Nurse", "Comptable", "Développeur", "Chargé de mission", "agent d'accueil");
        assertThat(titles(ApplicationFilter.NONE, new ApplicationSort(ApplicationColumn.DEADLINE, false)))
                .containsExactly("Chargé de mission", "Développeur", "Comptable", "Nurse", "agent d'accueil");
    }

    @Test
    void sorts_by_status_along_the_path_of_an_application() {
        assertThat(titles(ApplicationFilter.NONE, new ApplicationSort(ApplicationColumn.STATUS, true)))
                .containsExactly("Comptable", "Nurse", "Développeur", "agent d'accueil", "Chargé de mission");
    }

    @Test
    void sorts_by_organisation_applied_on_contract_and_last_change() {
        assertThat(titles(ApplicationFilter.NONE, new ApplicationSort(ApplicationColumn.ORGANIZATION, true)))
                .containsExactly("agent d'accueil", "Comptable", "Nurse", "Développeur", "Chargé de mission");
        assertThat(titles(ApplicationFilter.NONE, new ApplicationSort(ApplicationColumn.APPLIED_ON, false)))
                .containsExactly("agent d'accueil", "Développeur", "Chargé de mission", "Nurse", "Comptable");
        assertThat(titles(ApplicationFilter.NONE, new ApplicationSort(ApplicationColumn.CONTRACT_TYPE, true)))
                .containsExactly("Développeur", "Chargé de mission", "Comptable", "agent d'accueil", "Nurse");
        // changed: day n + n hours for the moved ones, day n for the saved one
        assertThat(titles(ApplicationFilter.NONE, new ApplicationSort(ApplicationColumn.LAST_CHANGE, true)))
                .containsExactly("Comptable", "Développeur", "agent d'accueil", "Nurse", "Chargé de mission");
    }

    @ParameterizedTest
    @EnumSource(ApplicationColumn.class)
    void pages_follow_each_other_without_gaps_or_repeats_in_every_order(ApplicationColumn column) {
        for (boolean asc : new boolean[] {true, false}) {
            var sort = new ApplicationSort(column, asc);
            List<ApplicationRow> whole = store.transaction(r -> r.table().page(ApplicationFilter.NONE, sort, TODAY, 0, 100));
            List<ApplicationRow> paged = new ArrayList<>();
            for (int offset = 0; offset < 6; offset += 2) {
                int from = offset;
                paged.addAll(store.transaction(r -> r.table().page(ApplicationFilter.NONE, sort, TODAY, from, 2)));
            }
            assertThat(paged).containsExactlyElementsOf(whole).hasSize(5);
        }
    }

    @Test
    void an_undone_change_is_the_last_change() {
        long id = ids.get(0);
        Instant later = Instant.parse("2026-03-01T12:00:00Z");
        store.run(r -> {
            long change = r.applications().insertChange(id, ApplicationStatus.SAVED, ApplicationStatus.PREPARING,
                    Instant.parse("2026-02-01T12:00:00Z"), null);
            r.applications().markUndone(change, later);
        });
        assertThat(store.transaction(r -> r.table().row(id)).orElseThrow().lastChange()).isEqualTo(later);
    }

    @Test
    void saved_filters_keep_every_criterion_and_a_name_saved_again_is_replaced() {
        var f = new ApplicationFilter(EnumSet.of(ApplicationStatus.APPLIED, ApplicationStatus.OFFER), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), true, EnumSet.of(ContractType.CDI, ContractType.STAGE), "Mairie", "comptable");
        long id = store.transaction(r -> r.savedFilters().save("Mars", f, Instant.EPOCH));
        assertThat(store.transaction(r -> r.savedFilters().find(id)).orElseThrow().filter()).isEqualTo(f);
        long again = store.transaction(r -> r.savedFilters().save("Mars", ApplicationFilter.NONE, Instant.EPOCH));
        assertThat(again).isEqualTo(id);
        List<org.sillage.domain.SavedFilter> all = store.transaction(r -> r.savedFilters().all());
        assertThat(all).hasSize(1);
        assertThat(all.get(0).filter()).isEqualTo(ApplicationFilter.NONE);
    }

    @Test
    void a_saved_filter_with_criteria_this_version_does_not_know_reads_what_it_knows() {
        assertThat(FilterJson.read("{\"statuses\":[\"APPLIED\",\"GHOSTED\"],\"tags\":[\"urgent\"],\"deadlineTo\":\"2026-13-45\"}"))
                .isEqualTo(ApplicationFilter.NONE.withStatuses(Set.of(ApplicationStatus.APPLIED)));
        assertThat(FilterJson.read("not json")).isEqualTo(ApplicationFilter.NONE);
    }

    @Test
    void contract_types_stored_before_the_column_are_listed_at_the_next_start() {
        store.close();
        try (Database db = Database.open(folder)) {
            db.transaction(dsl -> dsl.execute("update posting set contract_type = null")
                    + dsl.execute("delete from setting where setting_name = 'store.contract_types_filled'"));
        }
        store = Store.open(folder);
        assertThat(count(ApplicationFilter.NONE.withContractTypes(Set.of(ContractType.CDI)))).isEqualTo(2);
    }

    @Test
    void a_correction_of_the_contract_type_is_what_the_table_filters_on() {
        ApplicationRow nurse = store.transaction(r -> r.table().row(ids.get(3))).orElseThrow();
        store.run(r -> r.postings().updateCorrections(nurse.postingId(), java.util.Map.of("contract_type", "CDD")));
        assertThat(titles(ApplicationFilter.NONE.withContractTypes(Set.of(ContractType.CDD)), ApplicationSort.NEWEST))
                .containsExactly("Nurse", "Développeur");
    }
}
