package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.Contact;

/** Deleting a posting or an application leaves nothing of its contacts, notes and tags behind. */
class NoGhostRowsTest {
    private static final List<String> TABLES = List.of("application", "application_contact", "contact",
            "application_note", "application_tag", "posting_tag", "tag", "status_change", "event", "required_document");
    @TempDir
    Path folder;
    @TempDir
    Path files;

    private long importText(AppServices s, String name, String text) throws Exception {
        Path f = Files.writeString(files.resolve(name), text, StandardCharsets.UTF_8);
        return s.imports().importPaths(List.of(f), ProgressListener.NONE, () -> false).outcomes().get(0).postingId();
    }

    private Map<String, Integer> counts() throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("sillage"), "sa", "");
             var st = c.createStatement()) {
            for (String t : TABLES) {
                try (var rs = st.executeQuery("select count(*) from " + t)) {
                    rs.next();
                    counts.put(t, rs.getInt(1));
                }
            }
        }
        return counts;
    }

    /** Two postings, each tracked, each with a contact, a note and tags; one contact on both. */
    private long[] fill(AppServices s) throws Exception {
        long p1 = importText(s, "a.txt", "Comptable\nOxybulle\n\nCandidature avant le 20 mars 2026 à jobs@oxybulle.fr");
        long p2 = importText(s, "b.txt", "Juriste\nVille de Lille\n\nCandidature avant le 21 mars 2026 à rh@lille.fr");
        long a1 = s.applications().track(p1).applicationId();
        long a2 = s.applications().track(p2).applicationId();
        Contact shared = s.contacts().addTo(a1, new Contact(0, "Jeanne", null, null, null, null));
        s.contacts().link(a2, shared.id());
        s.contacts().addTo(a1, new Contact(0, "Only on the first", null, null, null, null));
        s.notes().add(a1, null, "a note");
        s.notes().add(a2, null, "another");
        s.labels().setPostingTags(p1, List.of("only-p1", "both"));
        s.labels().setApplicationTags(a1, List.of("only-a1"));
        s.labels().setPostingTags(p2, List.of("both"));
        return new long[] {p1, p2, a1, a2};
    }

    @Test
    void deleting_a_posting_takes_its_application_contacts_notes_and_tags_but_leaves_the_shared_ones() throws Exception {
        try (AppServices s = AppServices.open(folder)) {
            long[] ids = fill(s);
            s.postings().delete(ids[0]);
            assertThat(s.contacts().forApplication(ids[3])).extracting(Contact::name).containsExactly("Jeanne");
        }
        Map<String, Integer> after = counts();
        assertThat(after).containsEntry("application", 1).containsEntry("contact", 1).containsEntry("application_contact", 1)
                .containsEntry("application_note", 1).containsEntry("application_tag", 0).containsEntry("posting_tag", 1)
                .containsEntry("tag", 1);
        try (AppServices s = AppServices.open(folder)) {
            s.postings().delete(s.postings().list().get(0).id());
        }
        assertThat(counts()).allSatisfy((table, count) -> assertThat(count).as(table).isZero());
    }

    @Test
    void removing_an_application_leaves_its_posting_and_its_posting_tags_only() throws Exception {
        try (AppServices s = AppServices.open(folder)) {
            long[] ids = fill(s);
            s.applications().remove(ids[2]);
            s.applications().remove(ids[3]);
            assertThat(s.labels().ofPosting(ids[0]).tags()).containsExactly("both", "only-p1");
        }
        assertThat(counts()).containsEntry("application", 0).containsEntry("contact", 0).containsEntry("application_contact", 0)
                .containsEntry("application_note", 0).containsEntry("application_tag", 0).containsEntry("posting_tag", 3)
                .containsEntry("tag", 2);
    }
}
