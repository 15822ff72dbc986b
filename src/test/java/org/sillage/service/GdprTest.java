package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.Contact;
import org.sillage.domain.Seeker;
import org.sillage.domain.UserException;

/**
 * One person's data: exported whole as readable JSON with their files; erased so that nothing of them is
 * left in the database file, the kept files or the search index, while what others use stays.
 */
class GdprTest {
    private static final String NAME = "Vandermeulen";
    private static final String EMAIL = "zoe.vdm@example.org";
    @TempDir
    Path folder;
    @TempDir
    Path work;
    long zoe;
    long brahim;
    long shared;
    long onlyZoe;
    String cvSha;

    @BeforeEach
    void aCaseloadWhereTwoPeopleShareAPosting() throws IOException {
        try (AppServices s = AppServices.open(folder)) {
            shared = s.imports().importText("Comptable fournisseurs\nOxybulle SARL\n\nCandidature avant le 20 mars 2031.").postingId();
            onlyZoe = s.imports().importText("Assistante de gestion\nVille de Lille\n\nCandidature avant le 2 avril 2031.").postingId();
            s.applications().track(shared); // "me" tracks it too
            zoe = s.seekers().add(new Seeker.Details("Zoé " + NAME, "Zoé", NAME, EMAIL, "06 11 22 33 44", "Comptabilité",
                    "Suivie depuis novembre", "fr", LocalDate.of(2026, 11, 2), "CV, suivi")).id();
            brahim = s.seekers().add(new Seeker.Details("Brahim", null, null, "brahim@example.org", null, null, null, null, null, null)).id();
            s.seekers().switchTo(brahim);
            s.applications().track(shared);
            s.seekers().switchTo(zoe);
            long a1 = s.applications().track(shared).applicationId();
            long a2 = s.applications().track(onlyZoe).applicationId();
            s.notes().add(a1, LocalDate.of(2031, 3, 1), "Entretien préparé avec Zoé " + NAME);
            s.applications().changeStatus(a1, org.sillage.domain.ApplicationStatus.APPLIED, "envoyée par Zoé " + NAME);
            s.contacts().addTo(a2, new Contact(0, "Marc Lefebvre", "Tuteur de " + NAME, "marc@lille.fr", null, null));
            Path cv = Files.writeString(work.resolve("CV " + NAME + ".txt"), "CV de Zoé " + NAME + ", " + EMAIL, StandardCharsets.UTF_8);
            var item = s.documents().addItem(a2, "cv", true);
            cvSha = s.documents().attach(item.id(), cv).files().get(0).sha256();
        }
    }

    @Test
    void an_export_holds_everything_about_the_person_with_their_files() throws IOException {
        Path out = work.resolve("zoe-data");
        try (AppServices s = AppServices.open(folder)) {
            GdprService.Exported done = s.gdpr().export(s.gdpr().seeker("zoé vandermeulen").id(), out);
            assertThat(done.files()).isEqualTo(1);
        }
        JsonNode json = new ObjectMapper().readTree(out.resolve("personal-data.json").toFile());
        assertThat(json.at("/person/email").asText()).isEqualTo(EMAIL);
        assertThat(json.at("/person/consent_scope").asText()).isEqualTo("CV, suivi");
        assertThat(json.get("applications")).hasSize(2);
        assertThat(json.get("postings")).hasSize(2);
        assertThat(json.at("/notes/0/body").asText()).contains(NAME);
        assertThat(json.at("/contacts/0/name").asText()).isEqualTo("Marc Lefebvre");
        Path copy = out.resolve(json.at("/files/0/path").asText());
        assertThat(Files.readString(copy)).contains(NAME);
        assertThat(json.toString()).doesNotContain("Brahim");
    }

    @Test
    void an_erasure_leaves_nothing_of_the_person_in_the_database_the_files_or_the_index() throws Exception {
        // before: the person is there, in each place the test then searches (so the search can fail)
        assertThat(occurrences(folder.resolve("sillage.mv.db"), NAME, EMAIL, cvSha)).isNotEmpty();
        assertThat(namesAndContents(folder.resolve("files"), NAME, cvSha)).isNotEmpty();
        assertThat(indexTerms(folder.resolve("index"), "vandermeulen")).isNotEmpty();

        try (AppServices s = AppServices.open(folder)) {
            s.seekers().switchTo(zoe); // search is scoped to the current person (ADR 0023)
            assertThat(s.search().search(NAME, 10)).isNotEmpty();
            GdprService.Erased erased = s.gdpr().erase(s.gdpr().seeker("Zoé " + NAME).id());
            assertThat(erased.files()).isEqualTo(1);
            assertThat(erased.rows()).isGreaterThanOrEqualTo(8);
            assertThat(s.search().search(NAME, 10)).isEmpty();
            // what others use stays: the shared posting, Brahim's and "me"'s applications
            assertThat(s.seekers().all()).extracting(Seeker::displayName).containsExactlyInAnyOrder("me", "Brahim");
            assertThat(s.seekers().current().isDefault()).isTrue();
            assertThat(s.applications().list()).singleElement().satisfies(v -> assertThat(v.application().postingId()).isEqualTo(shared));
            s.seekers().switchTo(brahim);
            assertThat(s.applications().list()).hasSize(1);
            assertThat(s.postings().list()).extracting(p -> p.id()).containsExactly(shared);
        }

        assertThat(occurrences(folder.resolve("sillage.mv.db"), NAME, EMAIL, cvSha, "Marc Lefebvre")).isEmpty();
        assertThat(namesAndContents(folder.resolve("files"), NAME, EMAIL, cvSha)).isEmpty();
        assertThat(indexTerms(folder.resolve("index"), "vandermeulen", "zoe.vdm")).isEmpty();
        assertThat(namesAndContents(folder.resolve("index"), NAME.toLowerCase(), NAME, EMAIL)).isEmpty();
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("sillage"), "sa", "");
             var rs = c.createStatement().executeQuery("select * from erasure_record")) {
            assertThat(rs.getMetaData().getColumnCount()).isEqualTo(4);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt("files_erased")).isEqualTo(1);
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void the_one_person_of_a_personal_folder_cannot_be_erased_alone() {
        try (AppServices s = AppServices.open(folder)) {
            long me = s.gdpr().seeker("me").id();
            assertThatThrownBy(() -> s.gdpr().erase(me))
                    .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.gdpr.default"));
            assertThat(s.seekers().all()).hasSize(3);
        }
    }

    /**
     * The terms of the search index (every field, deleted documents' too until their segment is merged)
     * that hold one of {@code words}: the index's own reading, since its files compress what they hold.
     */
    private static List<String> indexTerms(Path dir, String... words) throws IOException {
        List<String> found = new ArrayList<>();
        try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
             var reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
            for (var leaf : reader.leaves()) {
                for (var info : leaf.reader().getFieldInfos()) {
                    var terms = leaf.reader().terms(info.name);
                    if (terms == null) {
                        continue;
                    }
                    var it = terms.iterator();
                    for (var t = it.next(); t != null; t = it.next()) {
                        String term = t.utf8ToString();
                        for (String w : words) {
                            if (term.contains(w)) {
                                found.add(info.name + ":" + term);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Which of {@code words} appear in the file's bytes (as UTF-8). */
    private static List<String> occurrences(Path file, String... words) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<String> found = new ArrayList<>();
        for (String w : words) {
            if (indexOf(bytes, w.getBytes(StandardCharsets.UTF_8)) >= 0) {
                found.add(w);
            }
        }
        return found;
    }

    /** Files under {@code dir} whose name or content holds one of {@code words}. */
    private static List<String> namesAndContents(Path dir, String... words) throws IOException {
        List<String> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                for (String w : words) {
                    if (p.getFileName().toString().contains(w)) {
                        found.add(p + ": " + w);
                    }
                }
                occurrences(p, words).forEach(w -> found.add(p + " holds " + w));
            }
        }
        return found;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
