package org.sillage.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.PostingFields;
import org.sillage.store.PostingRepository.NewPosting;

/** The full-text index follows the database, and repairs itself when it did not. */
class SearchIndexTest {
    @TempDir
    Path folder;

    private static long insert(Store store, String title, String text) {
        return store.transaction(r -> r.postings().insert(new NewPosting(title + "\n" + text, title + text.hashCode(),
                "a.txt", "txt", null, Instant.parse("2026-01-02T10:00:00Z"), PostingFields.builder().title(title).build(), 1)));
    }

    private static Store opened(Path folder) throws InterruptedException {
        Store store = Store.open(folder);
        store.awaitSearchIndex();
        return store;
    }

    @Test
    void words_are_lower_case_without_accents_or_ligatures() {
        assertThat(SearchQueries.words("Éducation Œuvre CAFÉ-théâtre l'Agence d’Oujda"))
                .containsExactly("education", "oeuvre", "cafe", "theatre", "agence", "oujda");
    }

    @Test
    void a_missing_index_is_rebuilt_at_the_next_start() throws Exception {
        long id;
        try (Store store = opened(folder)) {
            id = insert(store, "Géomètre", "Cabinet de Namur");
        }
        deleteTree(folder.resolve(SearchIndex.FOLDER));
        try (Store store = opened(folder)) {
            assertThat(store.search("geometre namur", 10)).containsExactly(id);
        }
    }

    @Test
    void an_unreadable_index_is_rebuilt_at_the_next_start() throws Exception {
        long id;
        try (Store store = opened(folder)) {
            id = insert(store, "Juriste", "Droit du travail");
        }
        try (Stream<Path> files = Files.list(folder.resolve(SearchIndex.FOLDER))) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(p, new byte[] {1, 2, 3});
            }
        }
        try (Store store = opened(folder)) {
            assertThat(store.search("juriste", 10)).containsExactly(id);
        }
    }

    @Test
    void a_change_committed_to_the_database_but_not_to_the_index_is_caught_up_at_the_next_start() throws Exception {
        long id;
        try (Store store = opened(folder)) {
            id = insert(store, "Comptable", "Cabinet");
        }
        // what a crash between the two commits leaves: the database changed, with its generation; the index not
        try (Database db = Database.open(folder)) {
            db.transaction(dsl -> {
                dsl.fetchValue("select next value for search_generation");
                return dsl.execute("update posting set title = 'Fiscaliste' where id = " + id);
            });
        }
        try (Store store = opened(folder)) {
            assertThat(store.search("fiscaliste", 10)).containsExactly(id);
            assertThat(store.search("comptable", 10)).containsExactly(id); // still in the text
        }
    }

    @Test
    void a_current_index_is_not_rebuilt() throws Exception {
        try (Store store = opened(folder)) {
            insert(store, "Infirmier", "Hôpital");
        }
        var before = fileNames(folder.resolve(SearchIndex.FOLDER));
        try (Store store = opened(folder)) {
            assertThat(store.searchIndexRebuilding()).isFalse();
            assertThat(store.search("hopital", 10)).hasSize(1);
        }
        assertThat(fileNames(folder.resolve(SearchIndex.FOLDER))).isEqualTo(before);
    }

    @Test
    void a_re_reading_that_changes_neither_title_nor_organisation_leaves_the_index_alone() throws Exception {
        try (Store store = opened(folder)) {
            long id = insert(store, "Infirmier", "Hôpital de jour");
            var before = fileNames(folder.resolve(SearchIndex.FOLDER));
            store.run(r -> r.postings().updateExtracted(id, PostingFields.builder().title("Infirmier")
                    .deadline(java.time.LocalDate.of(2026, 3, 1)).build(), 2));
            assertThat(fileNames(folder.resolve(SearchIndex.FOLDER))).isEqualTo(before);
            assertThat(store.search("hopital", 10)).containsExactly(id);

            // a new title, or a new organisation, is searched for at once
            store.run(r -> r.postings().updateExtracted(id, PostingFields.builder().title("Puériculteur").build(), 3));
            assertThat(store.search("puericulteur", 10)).containsExactly(id);
            store.run(r -> r.postings().updateExtracted(id, PostingFields.builder().title("Puériculteur")
                    .organization("Clinique Vauban").build(), 4));
            assertThat(store.search("vauban", 10)).containsExactly(id);
        }
        try (Store store = opened(folder)) {
            assertThat(store.searchIndexRebuilding()).isFalse();
            assertThat(store.search("vauban puericulteur", 10)).hasSize(1);
        }
    }

    private static java.util.Set<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
