package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.DocumentState;
import org.sillage.domain.StatusChange;
import org.sillage.domain.Field;
import org.sillage.domain.UserException;
import org.sillage.service.ImportOutcome.Kind;

class ServicesTest {
    @TempDir
    Path folder;
    @TempDir
    Path files;
    AppServices services;

    @BeforeEach
    void open() {
        services = AppServices.open(folder, Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneId.of("Europe/Paris")));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(files.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void the_samples_load_once_and_a_second_load_finds_them_all_duplicates() {
        ImportReport first = services.imports().importSamples(ProgressListener.NONE, () -> false);
        ImportReport second = services.imports().importSamples(ProgressListener.NONE, () -> false);
        assertThat(first.count(Kind.IMPORTED)).isEqualTo(5);
        assertThat(second.count(Kind.DUPLICATE)).isEqualTo(5);
        assertThat(services.postings().count()).isEqualTo(5);
    }

    @Test
    void text_differing_only_in_spacing_is_the_same_posting() throws Exception {
        Path a = file("a.txt", "Chargé de mission\nLille\n\nCandidature avant le 3 mai 2024.");
        Path b = file("b.txt", "Chargé  de mission\r\nLille   \r\n\r\nCandidature avant le 3 mai 2024.\n");
        ImportReport report = services.imports().importPaths(List.of(a, b), ProgressListener.NONE, () -> false);
        assertThat(report.outcomes()).extracting(ImportOutcome::kind).containsExactly(Kind.IMPORTED, Kind.DUPLICATE);
        assertThat(report.outcomes().get(1).postingId()).isEqualTo(report.outcomes().get(0).postingId());
    }

    @Test
    void bad_files_are_refused_with_their_reason_and_store_nothing() throws Exception {
        Path empty = file("empty.txt", "  \n ");
        Path binary = Files.write(files.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        Path missing = files.resolve("missing.txt");
        ImportReport report = services.imports().importPaths(List.of(empty, binary, missing),
                ProgressListener.NONE, () -> false);
        assertThat(report.outcomes()).extracting(o -> o.error().key()).containsExactly(
                "error.import.empty", "error.import.binary", "error.import.not_found");
        assertThat(services.postings().count()).isZero();
    }

    @Test
    void a_windows_1252_french_file_is_read_correctly() throws Exception {
        Path latin1 = Files.write(files.resolve("latin1.txt"),
                "Chargé de mission\nCandidature reçue jusqu'au 3 mai 2024 à l'adresse rh@example.fr".getBytes("windows-1252"));
        var outcome = services.imports().importPaths(List.of(latin1), ProgressListener.NONE, () -> false).outcomes().get(0);
        assertThat(outcome.kind()).isEqualTo(Kind.IMPORTED);
        assertThat(services.postings().get(outcome.postingId()).originalText()).contains("reçue");
    }

    @Test
    void the_original_file_is_kept_under_its_checksum() throws Exception {
        Path file = file("offre.txt", "Animateur\nCandidature à rh@example.fr");
        long id = services.imports().importPaths(List.of(file), ProgressListener.NONE, () -> false).outcomes().get(0)
                .postingId();
        Files.delete(file);
        Path kept = services.postings().originalFile(id).orElseThrow();
        assertThat(Files.readString(kept)).isEqualTo("Animateur\nCandidature à rh@example.fr");
    }

    @Test
    void a_near_identical_posting_with_the_same_title_is_a_new_version_not_a_merge() throws Exception {
        String body = "Animateur jeunesse\nMairie de Lille recrute un animateur jeunesse pour son centre social. "
                + "Missions : accueil des jeunes, projets, sorties, lien avec les familles. Candidature à rh@lille.fr.";
        Path a = file("v1.txt", body + " Date limite : 3 mai 2024.");
        Path b = file("v2.txt", body + " Date limite : 10 mai 2024.");
        var outcomes = services.imports().importPaths(List.of(a, b), ProgressListener.NONE, () -> false).outcomes();
        assertThat(outcomes).extracting(ImportOutcome::kind).containsExactly(Kind.IMPORTED, Kind.NEW_VERSION);
        assertThat(outcomes.get(1).previousVersionId()).isEqualTo(outcomes.get(0).postingId());
        assertThat(services.postings().count()).isEqualTo(2);
    }

    @Test
    void a_folder_is_imported_recursively_and_progress_is_reported() throws Exception {
        Files.createDirectories(files.resolve("sub"));
        file("one.txt", "Poste un\nCandidature par courriel.");
        file("sub/two.txt", "Poste deux\nCandidature par courriel.");
        AtomicInteger calls = new AtomicInteger();
        ImportReport report = services.imports().importPaths(List.of(files), (d, t, c) -> calls.incrementAndGet(), () -> false);
        assertThat(report.count(Kind.IMPORTED)).isEqualTo(2);
        assertThat(calls.get()).isEqualTo(3);
    }

    @Test
    void a_cancelled_import_keeps_what_was_finished() throws Exception {
        Path a = file("a.txt", "Poste A");
        Path b = file("b.txt", "Poste B");
        AtomicInteger seen = new AtomicInteger();
        ImportReport report = services.imports().importPaths(List.of(a, b), ProgressListener.NONE,
                () -> seen.getAndIncrement() >= 1);
        assertThat(report.cancelled()).isTrue();
        assertThat(report.outcomes()).hasSize(1);
        assertThat(services.postings().count()).isEqualTo(1);
    }

    @Test
    void pasted_text_is_imported_and_blank_paste_is_refused() {
        assertThat(services.imports().importText("Animateur jeunesse\nMairie de Lille").kind()).isEqualTo(Kind.IMPORTED);
        assertThat(services.imports().importText("   ").error().key()).isEqualTo("error.import.empty");
    }

    @Test
    void an_import_reads_title_emails_and_a_french_deadline() {
        long id = services.imports().importText("""

                Coordinateur(trice) de projets
                Envoyez votre candidature à Jobs@Example.org jusqu'au 19 février 2021 à 12h00.
                """).postingId();
        var f = services.postings().get(id).effective();
        assertThat(f.title()).isEqualTo("Coordinateur(trice) de projets");
        assertThat(f.applicationEmails()).containsExactly("jobs@example.org");
        assertThat(f.deadline()).hasToString("2021-02-19");
    }

    @Test
    void search_ignores_accents_and_case() {
        long id = services.imports().importText("Animateur Éducation populaire\nCentre social").postingId();
        long other = services.imports().importText("Comptable\nCabinet").postingId();
        assertThat(services.postings().search("education")).containsExactly(id);
        assertThat(services.postings().search("EDUCATION centre")).containsExactly(id);
        assertThat(services.postings().search("comptable")).containsExactly(other);
    }

    @Test
    void search_finds_the_start_of_a_word_and_ranks_the_title_first() {
        long body = services.imports().importText("Comptable\nNous cherchons une personne pour l'éducation des jeunes.")
                .postingId();
        long title = services.imports().importText("Éducatrice spécialisée\nFoyer de l'enfance").postingId();
        assertThat(services.postings().search("educ")).containsExactly(title, body);
        assertThat(services.postings().search("   ")).isEmpty();
    }

    @Test
    void search_follows_corrections_and_deletions() {
        long id = services.imports().importText("Animateur\nCentre social de Wazemmes").postingId();
        services.postings().correct(id, org.sillage.domain.Field.TITLE, "Médiateur numérique");
        assertThat(services.postings().search("mediateur")).containsExactly(id);
        services.postings().delete(id);
        assertThat(services.postings().search("wazemmes")).isEmpty();
    }

    @Test
    void a_status_change_is_recorded_and_can_be_undone() {
        long postingId = services.imports().importText("Poste\nTexte").postingId();
        long appId = services.applications().track(postingId).applicationId();
        assertThat(services.applications().track(postingId).alreadyTracked()).isTrue();

        services.applications().changeStatus(appId, ApplicationStatus.APPLIED, "envoyé par courriel");
        var view = services.applications().changeStatus(appId, ApplicationStatus.INTERVIEW, null);
        assertThat(view.application().status()).isEqualTo(ApplicationStatus.INTERVIEW);
        assertThat(view.application().appliedOn()).hasToString("2026-03-01");
        assertThat(view.history()).extracting(c -> c.note()).containsExactly(null, "envoyé par courriel", null);

        long interview = view.history().get(2).id();
        var undone = services.applications().undo(interview);
        assertThat(undone.application().status()).isEqualTo(ApplicationStatus.APPLIED);
        assertThat(undone.history().get(2).isUndone()).isTrue();
        assertThatThrownBy(() -> services.applications().undo(interview)).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> services.applications().undo(view.history().get(0).id()))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.change.initial"));
    }

    @Test
    void undoing_a_change_to_applied_removes_the_follow_up_it_planned_and_only_that() {
        long appId = services.applications().track(services.imports().importText("Poste\nTexte").postingId()).applicationId();
        var sent = services.applications().changeStatus(appId, ApplicationStatus.APPLIED, null);
        java.util.function.Supplier<List<org.sillage.domain.ApplicationEvent>> followUps = () -> services.agenda()
                .events(appId).stream().filter(e -> e.kind() == org.sillage.domain.EventKind.FOLLOW_UP).toList();
        assertThat(followUps.get()).hasSize(1);
        var back = services.applications().undo(sent.history().get(1).id());
        assertThat(back.application().status()).isEqualTo(ApplicationStatus.SAVED);
        assertThat(followUps.get()).isEmpty();

        // a follow-up the user had planned before sending was not the change's: it stays
        long mine = services.agenda().addEvent(appId, org.sillage.domain.EventKind.FOLLOW_UP, java.time.LocalDate.of(2026, 3, 20),
                null, null, null, null).id();
        var again = services.applications().changeStatus(appId, ApplicationStatus.APPLIED, null);
        services.applications().undo(again.history().get(again.history().size() - 1).id());
        assertThat(followUps.get()).extracting(org.sillage.domain.ApplicationEvent::id).containsExactly(mine);
    }

    @Test
    void undoing_a_change_to_applied_puts_the_documents_it_sent_back_to_ready_and_only_those() {
        long appId = services.applications().track(services.imports().importText("Poste\nTexte").postingId()).applicationId();
        var cv = services.documents().addItem(appId, "cv", true);
        var letter = services.documents().addItem(appId, "cover_letter", true);
        var diploma = services.documents().addItem(appId, "diploma", true);
        services.documents().setState(cv.id(), DocumentState.READY);
        services.documents().setState(letter.id(), DocumentState.READY);
        // a document the user marked sent by hand is theirs: no undo takes it back
        services.documents().setState(diploma.id(), DocumentState.SENT);
        var sent = services.applications().changeStatus(appId, ApplicationStatus.APPLIED, null);
        java.util.function.Function<Long, DocumentState> state = id -> services.documents().checklist(appId).stream()
                .filter(i -> i.id() == id).findFirst().orElseThrow().state();
        assertThat(state.apply(cv.id())).isEqualTo(DocumentState.SENT);
        assertThat(state.apply(letter.id())).isEqualTo(DocumentState.SENT);
        services.applications().undo(sent.history().get(1).id());
        assertThat(state.apply(cv.id())).isEqualTo(DocumentState.READY);
        assertThat(state.apply(letter.id())).isEqualTo(DocumentState.READY);
        assertThat(state.apply(diploma.id())).isEqualTo(DocumentState.SENT);
    }

    @Test
    void moving_to_the_current_status_is_refused() {
        long appId = services.applications().track(services.imports().importText("Poste").postingId()).applicationId();
        assertThatThrownBy(() -> services.applications().changeStatus(appId, ApplicationStatus.SAVED, null))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.status.unchanged"));
    }

    @Test
    void a_correction_is_validated_and_stored_apart() {
        long id = services.imports().importText("Poste\nTexte").postingId();
        assertThatThrownBy(() -> services.postings().correct(id, Field.DEADLINE, "31/02/2024"))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.correction.invalid"));
        var p = services.postings().correct(id, Field.DEADLINE, "2024-03-15");
        assertThat(p.effective().deadline()).hasToString("2024-03-15");
        assertThat(p.extracted().deadline()).isNull();
        assertThat(services.postings().resetCorrection(id, Field.DEADLINE).effective().deadline()).isNull();
    }

    @Test
    void deleting_a_tracked_posting_removes_its_application_but_keeps_later_versions() throws Exception {
        String body = "Animateur jeunesse\nMairie de Lille recrute un animateur jeunesse pour son centre social. "
                + "Missions : accueil des jeunes, projets, sorties, lien avec les familles. Candidature à rh@lille.fr.";
        var outcomes = services.imports().importPaths(List.of(file("v1.txt", body + " Date limite : 3 mai 2024."),
                file("v2.txt", body + " Date limite : 10 mai 2024.")), ProgressListener.NONE, () -> false).outcomes();
        long first = outcomes.get(0).postingId();
        long app = services.applications().track(first).applicationId();
        services.agenda().addEvent(app, org.sillage.domain.EventKind.INTERVIEW, java.time.LocalDate.of(2024, 5, 20),
                null, null, null, null);

        services.postings().delete(first);

        assertThat(services.postings().count()).isEqualTo(1);
        assertThat(services.applications().list()).isEmpty();
        assertThat(services.postings().previousVersion(outcomes.get(1).postingId())).isEmpty();
        assertThatThrownBy(() -> services.postings().delete(first))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.posting.not_found"));
    }

    @Test
    void removing_an_application_keeps_its_posting_and_says_beforehand_what_goes() {
        long posting = services.imports().importText("Animateur jeunesse\nCandidature : CV et lettre de motivation.").postingId();
        long app = services.applications().track(posting).applicationId();
        services.agenda().addEvent(app, org.sillage.domain.EventKind.INTERVIEW, java.time.LocalDate.of(2026, 5, 20),
                null, null, null, null);
        services.applications().changeStatus(app, ApplicationStatus.PREPARING, null);

        var impact = services.postings().deletionImpact(posting).orElseThrow();
        assertThat(impact.status()).isEqualTo(ApplicationStatus.PREPARING);
        assertThat(impact.changes()).isEqualTo(2);
        assertThat(impact.events()).isEqualTo(1);
        assertThat(impact.documents()).isEqualTo(2);

        services.applications().remove(app);
        assertThat(services.applications().list()).isEmpty();
        assertThat(services.postings().count()).isEqualTo(1);
        assertThat(services.postings().deletionImpact(posting)).isEmpty();
        assertThat(services.applications().track(posting).alreadyTracked()).isFalse();
        assertThatThrownBy(() -> services.applications().remove(app))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.application.not_found"));
    }

    @Test
    void only_the_latest_change_can_be_undone() {
        long app = services.applications().track(services.imports().importText("Poste annulable").postingId()).applicationId();
        services.applications().changeStatus(app, ApplicationStatus.PREPARING, null);
        var view = services.applications().changeStatus(app, ApplicationStatus.APPLIED, null);
        long older = view.history().get(1).id();
        long latest = view.history().get(2).id();
        assertThatThrownBy(() -> services.applications().undo(older))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.change.not_latest"));
        assertThat(services.applications().undo(latest).application().status()).isEqualTo(ApplicationStatus.PREPARING);
        // once the latest is undone, the one before becomes the latest
        assertThat(services.applications().undo(older).application().status()).isEqualTo(ApplicationStatus.SAVED);
    }

    @Test
    void a_status_change_can_be_dated_yesterday_but_not_tomorrow_nor_before_the_latest() {
        long app = services.applications().track(services.imports().importText("Poste daté").postingId()).applicationId();
        java.time.LocalDate today = java.time.LocalDate.of(2026, 3, 1);
        assertThatThrownBy(() -> services.applications().changeStatus(app, ApplicationStatus.APPLIED, null, today.plusDays(1)))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.status.date_future"));
        var view = services.applications().changeStatus(app, ApplicationStatus.APPLIED, null, today);
        assertThat(view.application().appliedOn()).isEqualTo(today);
        assertThatThrownBy(() -> services.applications().changeStatus(app, ApplicationStatus.INTERVIEW, null, today.minusDays(1)))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.status.date"));
        assertThatThrownBy(() -> services.applications().changeStatus(app, ApplicationStatus.INTERVIEW, null, today.plusDays(1)))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.status.date"));
    }

    @Test
    void an_application_sent_before_it_was_tracked_is_recorded_on_its_day_and_its_tracking_moves_before() {
        long app = services.applications().track(services.imports().importText("Poste envoyé avant").postingId()).applicationId();
        java.time.LocalDate sent = java.time.LocalDate.of(2026, 2, 10);
        var view = services.applications().changeStatus(app, ApplicationStatus.APPLIED, null, sent);
        assertThat(view.application().appliedOn()).isEqualTo(sent);
        assertThat(view.history()).extracting(StatusChange::to).containsExactly(ApplicationStatus.SAVED, ApplicationStatus.APPLIED);
        assertThat(view.history().get(0).at()).isBefore(view.history().get(1).at());
        assertThat(java.time.LocalDate.ofInstant(view.history().get(1).at(), ZoneId.of("Europe/Paris"))).isEqualTo(sent);
        // the follow-up is proposed from the day it was sent
        assertThat(services.agenda().forApplication(app)).anyMatch(i -> i.kind() == org.sillage.domain.EventKind.FOLLOW_UP
                && i.date().isBefore(java.time.LocalDate.of(2026, 3, 1)));
    }

    @Test
    void applied_yesterday_is_recorded_on_yesterday(@TempDir Path other) {
        Instant[] now = {Instant.parse("2026-03-01T09:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("Europe/Paris");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        try (AppServices s = AppServices.open(other, clock)) {
            long app = s.applications().track(s.imports().importText("Poste d’hier").postingId()).applicationId();
            now[0] = Instant.parse("2026-03-03T09:00:00Z");
            var view = s.applications().changeStatus(app, ApplicationStatus.APPLIED, null, java.time.LocalDate.of(2026, 3, 2));
            assertThat(view.application().appliedOn()).isEqualTo(java.time.LocalDate.of(2026, 3, 2));
            assertThat(view.history().get(1).at()).isEqualTo(Instant.parse("2026-03-02T11:00:00Z"));
        }
    }

    @Test
    void a_second_opening_of_the_same_folder_is_refused_clearly() {
        assertThatThrownBy(() -> AppServices.open(folder))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.folder.in_use"));
    }

    @Test
    void data_survives_closing_and_reopening() {
        long appId = services.applications().track(services.imports().importText("Poste durable").postingId())
                .applicationId();
        services.applications().changeStatus(appId, ApplicationStatus.PREPARING, "CV à jour");
        services.close();
        services = AppServices.open(folder);
        assertThat(services.applications().get(appId).application().status()).isEqualTo(ApplicationStatus.PREPARING);
        assertThat(services.applications().get(appId).history()).hasSize(2);
    }

    /** Rules that read only a title, at a given version. */
    private static org.sillage.importing.PostingExtractor rulesVersion(int version) {
        return rules(version, text -> org.sillage.domain.PostingFields.builder().title("v" + version).build());
    }

    /** Rules at a given version that read a text as {@code reading} does. */
    private static org.sillage.importing.PostingExtractor rules(int version,
            java.util.function.Function<String, org.sillage.domain.PostingFields> reading) {
        return new org.sillage.importing.PostingExtractor() {
            @Override
            public org.sillage.domain.PostingFields extract(String text) {
                return reading.apply(text);
            }

            @Override
            public int version() {
                return version;
            }
        };
    }

    /** Imports into {@code store} read by the rules of version 1. */
    private static ImportService importsReadByVersion1(org.sillage.store.Store store, org.sillage.store.FileStore fileStore) {
        return new ImportService(store, rulesVersion(1), () -> org.sillage.importing.ReadLimits.DEFAULT, fileStore,
                Clock.systemUTC());
    }

    @Test
    void only_postings_read_by_older_rules_are_read_again_and_corrections_stay() throws Exception {
        Path other = files.resolve("other-data");
        try (var store = org.sillage.store.Store.open(other)) {
            var fileStore = new org.sillage.store.FileStore(other);
            var clock = Clock.systemUTC();
            var oldImports = new ImportService(store, rulesVersion(1), () -> org.sillage.importing.ReadLimits.DEFAULT,
                    fileStore, clock);
            long corrected = oldImports.importText("Poste A\nTexte").postingId();
            oldImports.importText("Poste B\nTexte");
            new PostingService(store, rulesVersion(1), fileStore).correct(corrected, Field.ORGANIZATION, "Mairie");

            var upgraded = new PostingService(store, rulesVersion(2), fileStore);
            assertThat(upgraded.outdatedCount()).isEqualTo(2);
            assertThat(upgraded.reextractOutdated(ProgressListener.NONE, () -> false)).isEqualTo(2);
            assertThat(upgraded.outdatedCount()).isZero();
            assertThat(upgraded.get(corrected).effective().title()).isEqualTo("v2");
            assertThat(upgraded.get(corrected).effective().organization()).isEqualTo("Mairie");
        }
    }

    /** An extractor that says, in the title, how many marks of structure it was handed. */
    private static org.sillage.importing.PostingExtractor structureCounting(int version) {
        return new org.sillage.importing.PostingExtractor() {
            @Override
            public org.sillage.domain.PostingFields extract(String text) {
                return extract(text, org.sillage.importing.TextStructure.NONE);
            }

            @Override
            public org.sillage.domain.PostingFields extract(String text, org.sillage.importing.TextStructure structure) {
                return org.sillage.domain.PostingFields.builder().title("v" + version + " marks " + structure.marks().size()).build();
            }

            @Override
            public int version() {
                return version;
            }
        };
    }

    @Test
    void re_extraction_reads_the_kept_original_again_so_the_rules_see_its_structure() throws Exception {
        Path other = files.resolve("structure-data");
        Path page = files.resolve("offre.html");
        Files.writeString(page, "<html><head><title>Offre</title></head><body><h1>Chargé de mission</h1>"
                + "<p>Candidatures à <a href=\"mailto:rh@exemple.org\">rh@exemple.org</a></p><h2>Profil</h2><p>Texte</p></body></html>");
        try (var store = org.sillage.store.Store.open(other)) {
            var fileStore = new org.sillage.store.FileStore(other);
            var imports = new ImportService(store, structureCounting(1), () -> org.sillage.importing.ReadLimits.DEFAULT,
                    fileStore, Clock.systemUTC());
            long fromFile = imports.importPaths(List.of(page), ProgressListener.NONE, () -> false).outcomes().get(0).postingId();
            long pasted = imports.importText("Poste collé\nTexte").postingId();
            var v1 = new PostingService(store, structureCounting(1), fileStore);
            String atImport = v1.get(fromFile).extracted().title();
            assertThat(atImport).startsWith("v1 marks ").isNotEqualTo("v1 marks 0");

            var upgraded = new PostingService(store, structureCounting(2), fileStore);
            assertThat(upgraded.reextractOutdated(ProgressListener.NONE, () -> false)).isEqualTo(2);
            assertThat(upgraded.get(fromFile).extracted().title()).isEqualTo(atImport.replace("v1", "v2"));
            assertThat(upgraded.get(pasted).extracted().title()).isEqualTo("v2 marks 0");

            // the original gone, the stored text alone is read: nothing is lost, nothing points elsewhere
            String sha = store.transaction(r -> r.postings().originalSha256(fromFile)).orElseThrow();
            fileStore.delete(sha);
            var again = new PostingService(store, structureCounting(3), fileStore);
            assertThat(again.reextractAll(ProgressListener.NONE, () -> false)).isEqualTo(2);
            assertThat(again.get(fromFile).extracted().title()).isEqualTo("v3 marks 0");
        }
    }

    @Test
    void re_extraction_rereads_every_posting() {
        services.imports().importSamples(ProgressListener.NONE, () -> false);
        assertThat(services.postings().reextractAll(ProgressListener.NONE, () -> false)).isEqualTo(5);
    }

    @Test
    void re_extraction_goes_part_by_part_and_a_cancel_keeps_the_parts_done() throws Exception {
        Path other = files.resolve("parts-data");
        try (var store = org.sillage.store.Store.open(other)) {
            var fileStore = new org.sillage.store.FileStore(other);
            var oldImports = importsReadByVersion1(store, fileStore);
            int n = 2 * PostingService.REEXTRACT_PART + 30;
            for (int i = 0; i < n; i++) {
                oldImports.importText("Poste " + i + "\nTexte " + i);
            }
            var upgraded = new PostingService(store, rulesVersion(2), fileStore);
            // cancelled once the first part is told: that part is stored whole, nothing after it
            int[] told = {0};
            int done = upgraded.reextractOutdated((d, total, what) -> told[0]++, () -> told[0] >= 1);
            assertThat(done).isEqualTo(PostingService.REEXTRACT_PART);
            assertThat(upgraded.outdatedCount()).isEqualTo(n - PostingService.REEXTRACT_PART);
            assertThat(upgraded.reextractOutdated(ProgressListener.NONE, () -> false)).isEqualTo(n - PostingService.REEXTRACT_PART);
            assertThat(upgraded.outdatedCount()).isZero();
        }
    }

    @Test
    void postings_read_again_on_several_threads_each_keep_their_own_fields() throws Exception {
        Path other = files.resolve("threads-data");
        try (var store = org.sillage.store.Store.open(other)) {
            var fileStore = new org.sillage.store.FileStore(other);
            var oldImports = importsReadByVersion1(store, fileStore);
            java.util.Map<Long, String> firstLines = new java.util.HashMap<>();
            for (int i = 0; i < PostingService.REEXTRACT_PART + 57; i++) {
                firstLines.put(oldImports.importText("Poste " + i + "\nTexte " + i).postingId(), "Poste " + i);
            }
            var byFirstLine = rules(2, text -> org.sillage.domain.PostingFields.builder()
                    .title("v2 " + text.lines().findFirst().orElse("")).build());
            var upgraded = new PostingService(store, byFirstLine, fileStore);
            assertThat(upgraded.reextractAll(ProgressListener.NONE, () -> false)).isEqualTo(firstLines.size());
            firstLines.forEach((id, line) -> assertThat(upgraded.get(id).extracted().title()).isEqualTo("v2 " + line));
        }
    }

    @Test
    void a_posting_the_rules_fail_on_stops_the_re_reading_and_its_part_is_not_stored() throws Exception {
        Path other = files.resolve("failing-data");
        try (var store = org.sillage.store.Store.open(other)) {
            var fileStore = new org.sillage.store.FileStore(other);
            var oldImports = importsReadByVersion1(store, fileStore);
            for (int i = 0; i < 40; i++) {
                oldImports.importText("Poste " + i + "\nTexte " + i);
            }
            var failing = rules(2, text -> {
                if (text.startsWith("Poste 17\n")) {
                    throw new IllegalStateException("rules failed");
                }
                return org.sillage.domain.PostingFields.builder().title("v2").build();
            });
            var upgraded = new PostingService(store, failing, fileStore);
            assertThatThrownBy(() -> upgraded.reextractAll(ProgressListener.NONE, () -> false))
                    .isInstanceOf(IllegalStateException.class).hasMessage("rules failed");
            assertThat(upgraded.outdatedCount()).isEqualTo(40);
        }
    }

    @Test
    void texts_with_the_same_words_otherwise_spaced_are_the_same_words() {
        assertThat(PostingService.sameWords("CV et\nd'une lettre", "CV et\n\nd'une lettre")).isTrue();
        assertThat(PostingService.sameWords("CV et d'une", "CV etd'une")).isFalse();
        assertThat(PostingService.sameWords("CV et", "CV et lettre")).isFalse();
        assertThat(PostingService.sameWords("", "  \n")).isTrue();
    }
}
