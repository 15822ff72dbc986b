package org.sillage.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ContractType;
import org.sillage.domain.DocumentRequirement;
import org.sillage.domain.Field;
import org.sillage.domain.Necessity;
import org.sillage.domain.PostingFields;
import org.sillage.store.PostingRepository.NewPosting;

/** Repository behaviour on a fresh H2 database for the class. */
class RepositoriesTest {
    @TempDir
    static Path folder;
    static Store store;

    @BeforeAll
    static void open() {
        store = Store.open(folder);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static long insert(String text, PostingFields fields) {
        return store.transaction(r -> r.postings().insert(new NewPosting(text, Integer.toHexString(text.hashCode()) + text.length(),
                "a.txt", "txt", "abc", Instant.parse("2026-01-02T10:00:00Z"), fields, 7)));
    }

    @Test
    void a_posting_round_trips_with_every_extracted_field_and_its_evidence() {
        PostingFields fields = PostingFields.builder().title("Chargé·e de mission").organization("ESSOR")
                .contractType(ContractType.ALTERNANCE).deadline(LocalDate.of(2021, 2, 19))
                .deadlineTime(LocalTime.NOON).deadlineZone("Europe/Brussels")
                .addRequiredDocument(new DocumentRequirement("cv", Necessity.REQUIRED, "PDF", "1 page", null))
                .addRequiredDocument(new DocumentRequirement("portfolio", Necessity.OPTIONAL, null, null, null))
                .applicationEmails(List.of("a@b.org")).experienceYears(2).languagesRequired(List.of("fr", "nl"))
                .evidence(Field.DEADLINE, 10, 20, "deadline.jusquau").build();
        long id = insert("round trip text", fields);

        var stored = store.transaction(r -> r.postings().find(id)).orElseThrow();
        assertThat(stored.extracted()).isEqualTo(fields);
        assertThat(stored.extractorVersion()).isEqualTo(7);
        assertThat(stored.corrections()).isEmpty();
        assertThat(stored.extracted().requiredDocumentKinds()).containsExactly("cv");
    }

    @Test
    void corrections_are_kept_apart_and_survive_re_extraction() {
        long id = insert("correction text", PostingFields.builder().title("Old").build());
        store.run(r -> r.postings().updateCorrections(id, Map.of("title", "Corrected title")));
        store.run(r -> r.postings().updateExtracted(id, PostingFields.builder().title("Newer rules").build(), 8));

        var p = store.transaction(r -> r.postings().find(id)).orElseThrow();
        assertThat(p.extracted().title()).isEqualTo("Newer rules");
        assertThat(p.effective().title()).isEqualTo("Corrected title");
        assertThat(p.isCorrected(Field.TITLE)).isTrue();
        assertThat(store.transaction(r -> r.postings().summaries()).stream().filter(s -> s.id() == id)
                .findFirst().orElseThrow().title()).isEqualTo("Corrected title");
    }

    @Test
    void the_same_normalised_text_cannot_be_stored_twice() {
        insert("unique text", PostingFields.EMPTY);
        assertThatThrownBy(() -> insert("unique text", PostingFields.EMPTY)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void a_failed_transaction_stores_nothing() {
        int before = store.transaction(r -> r.postings().count());
        assertThatThrownBy(() -> store.run(r -> {
            r.postings().insert(new NewPosting("half", "half-sha", null, "paste", null, Instant.now(), PostingFields.EMPTY, 1));
            throw new IllegalStateException("disk full");
        })).isInstanceOf(IllegalStateException.class);
        int after = store.transaction(r -> r.postings().count());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void an_application_keeps_its_timeline_in_order_and_the_summary_shows_its_status() {
        long postingId = insert("application text", PostingFields.builder().title("Job").build());
        long appId = store.transaction(r -> {
            long id = r.applications().insert(postingId, ApplicationStatus.SAVED, Instant.parse("2026-01-01T00:00:00Z"));
            r.applications().insertChange(id, null, ApplicationStatus.SAVED, Instant.parse("2026-01-01T00:00:00Z"), null);
            r.applications().insertChange(id, ApplicationStatus.SAVED, ApplicationStatus.APPLIED,
                    Instant.parse("2026-01-02T00:00:00Z"), "sent");
            r.applications().updateStatus(id, ApplicationStatus.APPLIED, LocalDate.of(2026, 1, 2));
            return id;
        });
        var view = store.transaction(r -> r.applications().view(appId)).orElseThrow();
        assertThat(view.history()).extracting(c -> c.to()).containsExactly(ApplicationStatus.SAVED, ApplicationStatus.APPLIED);
        assertThat(view.history().get(1).note()).isEqualTo("sent");
        assertThat(view.application().appliedOn()).isEqualTo(LocalDate.of(2026, 1, 2));
        var summary = store.transaction(r -> r.postings().summaries()).stream().filter(s -> s.id() == postingId)
                .findFirst().orElseThrow();
        assertThat(summary.status()).isEqualTo(ApplicationStatus.APPLIED);
        assertThat(summary.applicationId()).isEqualTo(appId);
    }

    @Test
    void settings_are_created_then_replaced() {
        store.run(r -> r.settings().put("ui.language", "fr"));
        store.run(r -> r.settings().put("ui.language", "en"));
        Optional<String> language = store.transaction(r -> r.settings().get("ui.language"));
        Optional<String> missing = store.transaction(r -> r.settings().get("missing"));
        assertThat(language).contains("en");
        assertThat(missing).isEmpty();
    }
}
