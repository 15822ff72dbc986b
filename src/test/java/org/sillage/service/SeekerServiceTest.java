package org.sillage.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.Seeker;
import org.sillage.domain.UserException;

class SeekerServiceTest {
    @TempDir
    Path folder;

    private static Seeker.Details named(String name) {
        return new Seeker.Details(name, null, null, null, null, null, null, "fr", LocalDate.of(2026, 11, 2), "CV, suivi");
    }

    @Test
    void a_personal_folder_has_one_implicit_seeker_and_the_caseload_appears_with_a_second() {
        try (AppServices s = AppServices.open(folder)) {
            assertFalse(s.seekers().isCaseload());
            assertTrue(s.seekers().current().isDefault());
            Seeker amina = s.seekers().add(named("  Amina K. "));
            assertEquals("Amina K.", amina.displayName());
            assertEquals(36, amina.uuid().length());
            assertTrue(s.seekers().isCaseload());
            assertEquals(2, s.seekers().all().size());
        }
    }

    @Test
    void applications_are_scoped_to_the_current_seeker_and_postings_are_shared() throws Exception {
        try (AppServices s = AppServices.open(folder)) {
            long posting = s.imports().importText("Chargé de mission\nCandidatures avant le 19 février 2030.").postingId();
            s.applications().track(posting);
            Seeker other = s.seekers().add(named("Brahim"));
            s.seekers().switchTo(other.id());
            assertEquals(0, s.applications().list().size());
            s.applications().track(posting);
            assertEquals(1, s.applications().list().size());
            s.seekers().switchTo(s.seekers().all().get(0).id());
            assertEquals(1, s.applications().list().size());
        }
    }

    @Test
    void a_blank_name_an_unknown_language_or_number_is_refused_with_a_message() {
        try (AppServices s = AppServices.open(folder)) {
            assertEquals("error.seeker.name_required", assertThrows(UserException.class, () -> s.seekers().add(named(" "))).key());
            var badLanguage = new Seeker.Details("X", null, null, null, null, null, null, "de", null, null);
            assertEquals("error.seeker.language", assertThrows(UserException.class, () -> s.seekers().add(badLanguage)).key());
            assertEquals("error.seeker.not_found", assertThrows(UserException.class, () -> s.seekers().switchTo(999)).key());
        }
    }
}
