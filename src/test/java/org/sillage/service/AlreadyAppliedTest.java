package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.EarlierApplication;

/**
 * "Did I already apply?" on import and on track: the same organisation (however spelled) for a similar
 * title in the last twelve months, with what came of it; an organisation that never answered too.
 */
class AlreadyAppliedTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    @TempDir
    Path folder;
    @TempDir
    Path files;
    private int n;
    private long oldComptable;
    private long emploiApp;
    private long juristeApp;

    private <T> T on(String day, Function<AppServices, T> work) {
        try (AppServices s = AppServices.open(folder, Clock.fixed(Instant.parse(day + "T09:00:00Z"), PARIS))) {
            return work.apply(s);
        }
    }

    private ImportOutcome importPosting(AppServices s, String title, String organization) {
        try {
            Path f = Files.writeString(files.resolve("p" + (++n) + ".txt"), "Intitulé du poste : " + title + "\nEmployeur : "
                    + organization + "\n\nCandidature (CV et lettre de motivation) avant le 15 mars 2027 à rh" + n
                    + "@example.fr\n", StandardCharsets.UTF_8);
            ImportOutcome o = s.imports().importPaths(List.of(f), ProgressListener.NONE, () -> false).outcomes().get(0);
            assertThat(o.isNew()).isTrue();
            assertThat(s.postings().get(o.postingId()).effective().organization()).isEqualTo(organization);
            return o;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long applied(AppServices s, String title, String organization) {
        long app = s.applications().track(importPosting(s, title, organization).postingId()).applicationId();
        s.applications().changeStatus(app, ApplicationStatus.APPLIED, null);
        return app;
    }

    @BeforeEach
    void history() {
        oldComptable = on("2025-01-05", s -> applied(s, "Comptable fournisseurs", "Oxybulle SARL"));
        emploiApp = on("2025-06-02", s -> applied(s, "Chargé de mission emploi", "Ville de Roubaix"));
        juristeApp = on("2025-06-10", s -> applied(s, "Juriste", "Oxybulle SARL"));
        on("2025-07-01", s -> s.applications().changeStatus(juristeApp, ApplicationStatus.REJECTED, null));
        // saved, never sent: not an application to warn about
        on("2025-08-01", s -> s.applications().track(importPosting(s, "Développeur Java", "Oxybulle SARL").postingId()));
    }

    @Test
    void a_similar_title_at_the_same_organisation_spelled_otherwise_warns_with_the_answer_and_its_day() {
        ImportOutcome o = on("2026-03-01", s -> importPosting(s, "Juriste droit social (H/F)", "OXYBULLE SAS"));
        assertThat(o.earlier()).containsExactly(new EarlierApplication(juristeApp, o.earlier().get(0).postingId(), "Juriste",
                "Oxybulle SARL", LocalDate.of(2025, 6, 10), ApplicationStatus.REJECTED, LocalDate.of(2025, 7, 1)));
        assertThat(o.earlier().get(0).noAnswer()).isFalse();
    }

    @Test
    void an_organisation_that_never_answered_is_named_as_such() {
        ImportOutcome o = on("2026-03-01", s -> importPosting(s, "Chargée de mission emploi", "La Ville de Roubaix"));
        assertThat(o.earlier()).singleElement().satisfies(e -> {
            assertThat(e.applicationId()).isEqualTo(emploiApp);
            assertThat(e.noAnswer()).isTrue();
            assertThat(e.appliedOn()).isEqualTo(LocalDate.of(2025, 6, 2));
        });
    }

    @Test
    void a_different_title_at_the_same_organisation_does_not_warn() {
        ImportOutcome o = on("2026-03-01", s -> importPosting(s, "Chef de projet marketing", "Oxybulle SARL"));
        assertThat(o.earlier()).isEmpty();
        // nor does a posting only saved, never sent ("Développeur Java" above)
        assertThat(on("2026-03-01", s -> importPosting(s, "Développeur Java", "Oxybulle")).earlier()).isEmpty();
    }

    @Test
    void an_application_older_than_twelve_months_does_not_warn() {
        ImportOutcome o = on("2026-03-01", s -> importPosting(s, "Comptable fournisseurs", "Oxybulle SARL"));
        assertThat(o.earlier()).isEmpty();
        // the same import eleven months after it warns
        ImportOutcome earlier = on("2025-12-01", s -> importPosting(s, "Comptable fournisseurs (F/H)", "Oxybulle"));
        assertThat(earlier.earlier()).extracting(EarlierApplication::applicationId).containsExactly(oldComptable);
    }

    @Test
    void tracking_warns_too_and_the_postings_screen_can_ask_for_any_posting() {
        long posting = on("2026-03-01", s -> importPosting(s, "Chargé(e) de mission emploi", "Ville de Roubaix").postingId());
        var tracked = on("2026-03-01", s -> s.applications().track(posting));
        assertThat(tracked.earlier()).extracting(EarlierApplication::applicationId).containsExactly(emploiApp);
        List<EarlierApplication> forScreen = on("2026-03-01", s -> s.applications().earlierApplications(posting));
        assertThat(forScreen)
                .extracting(EarlierApplication::applicationId).containsExactly(emploiApp);
        // its own application is not an earlier one
        long emploiPosting = on("2026-03-01", s -> s.applications().get(emploiApp).application().postingId());
        List<EarlierApplication> own = on("2026-03-01", s -> s.applications().earlierApplications(emploiPosting));
        assertThat(own)
                .extracting(EarlierApplication::applicationId).doesNotContain(emploiApp);
    }
}
