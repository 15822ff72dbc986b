package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ApplicationView;
import org.sillage.domain.DocumentState;
import org.sillage.domain.RowProblem;
import org.sillage.domain.SheetField;
import org.sillage.domain.UserException;
import org.sillage.domain.ColumnMapping;

/** Spreadsheets out and in (ADR 0020): the round trip, other trackers' files, and refused files. */
class SpreadsheetTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneId.of("Europe/Brussels"));
    @TempDir
    Path a;
    @TempDir
    Path b;
    @TempDir
    Path files;
    AppServices services;

    @BeforeEach
    void open() {
        services = AppServices.open(a, CLOCK);
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private Path file(String name, String text, Charset cs) throws Exception {
        return Files.write(files.resolve(name), text.getBytes(cs));
    }

    private void fillFolder() {
        long p1 = services.imports().importText("Éducatrice spécialisée (H/F)\nAssociation « Les Genêts », Tourcoing\n\n"
                + "CDI. Envoyez CV et lettre de motivation avant le 3 mai 2026.").postingId();
        long p2 = services.imports().importText("Comptable; gestion \"PME\"\nCabinet Duval, Lille\n\nStage de 6 mois.").postingId();
        long p3 = services.imports().importText("=SUM(A1) Développeur\nSociété Œuvre, Kortrijk\n\nCandidature par e-mail.").postingId();
        services.imports().importText("Juriste\nVille de Mons\n\nPas suivie.");
        long a1 = services.applications().track(p1).applicationId();
        long a2 = services.applications().track(p2).applicationId();
        services.applications().track(p3);
        services.applications().changeStatus(a1, ApplicationStatus.APPLIED, "envoyé; par courriel\nà Mme \"Lefèvre\"");
        services.applications().changeStatus(a1, ApplicationStatus.INTERVIEW, null);
        services.applications().changeStatus(a2, ApplicationStatus.REJECTED, "pas de réponse");
        var items = services.documents().checklist(a1);
        if (!items.isEmpty()) {
            services.documents().setState(items.get(0).id(), DocumentState.READY);
        }
        services.documents().addItem(a2, "Casier judiciaire", false);
        services.postings().correct(p2, org.sillage.domain.Field.DEADLINE, "2026-04-30");
    }

    @Test
    void export_then_import_into_an_empty_folder_then_export_again_gives_the_same_bytes() throws Exception {
        fillFolder();
        Path first = files.resolve("first.csv");
        assertThat(services.spreadsheets().exportCsv(first, ProgressListener.NONE, () -> false)).isEqualTo(3);
        services.close();
        services = AppServices.open(b, CLOCK);
        var result = services.spreadsheets().importCsv(first, services.spreadsheets().preview(first, 5).guessed(), (char) 0,
                ProgressListener.NONE, () -> false);
        assertThat(result.problems()).isEmpty();
        assertThat(result.imported()).isEqualTo(3);
        Path second = files.resolve("second.csv");
        services.spreadsheets().exportCsv(second, ProgressListener.NONE, () -> false);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        String text = Files.readString(first, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFtitle;organization;location;deadline;contract;url;status;applied_on");
        assertThat(text).contains("Éducatrice spécialisée").contains("'=SUM(A1) Développeur").contains("\r\n");
        assertThat(services.applications().list()).extracting(v -> v.application().status())
                .containsExactlyInAnyOrder(ApplicationStatus.INTERVIEW, ApplicationStatus.REJECTED, ApplicationStatus.SAVED);
    }

    @Test
    void the_json_export_holds_every_posting_with_its_text_and_application() throws Exception {
        fillFolder();
        Path json = files.resolve("all.json");
        assertThat(services.spreadsheets().exportJson(json, ProgressListener.NONE, () -> false)).isEqualTo(4);
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        assertThat(tree.get("format").asText()).isEqualTo("sillage");
        assertThat(tree.get("postings")).hasSize(4);
        assertThat(tree.get("postings").get(0).get("text").asText()).contains("Genêts");
        assertThat(tree.get("postings").get(0).get("application").get("history")).hasSize(3);
        assertThat(tree.get("postings").get(3).get("application")).isNull();
    }

    @Test
    void an_export_cancelled_leaves_the_target_as_it_was() throws Exception {
        fillFolder();
        Path target = file("keep.csv", "before", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> services.spreadsheets().exportCsv(target, ProgressListener.NONE, () -> true))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(Files.readString(target)).isEqualTo("before");
        assertThat(Files.list(files).map(p -> p.getFileName().toString())).containsExactly("keep.csv");
    }

    @Test
    void a_huntr_export_is_read_with_the_columns_guessed_from_their_names() throws Exception {
        Path huntr = file("huntr.csv", """
                id,createdAt,title,salary,location,url,htmlDescription,deadline,listName,companyName,boardName
                621a,2022-02-26 19:17:05,"Data analyst, junior",10,Gent,https://x.example/1,-,2022-03-01 05:00:00,applied,Acme NV,Job Search 2022
                621b,2022-02-27 10:00:00,Stagiaire RH,-,Lille,-,<p>Stage</p>,-,wishlist,Boîte SA,Job Search 2022
                """, StandardCharsets.UTF_8);
        var preview = services.spreadsheets().preview(huntr, 5);
        assertThat(preview.delimiter()).isEqualTo(',');
        assertThat(preview.guessed().columns()).containsEntry(SheetField.TITLE, "title")
                .containsEntry(SheetField.ORGANIZATION, "companyName").containsEntry(SheetField.STATUS, "listName")
                .containsEntry(SheetField.TRACKED_ON, "createdAt").containsEntry(SheetField.DEADLINE, "deadline")
                .containsEntry(SheetField.DESCRIPTION, "htmlDescription").containsEntry(SheetField.SOURCE, "boardName");
        var result = services.spreadsheets().importCsv(huntr, preview.guessed(), (char) 0, ProgressListener.NONE, () -> false);
        assertThat(result.imported()).isEqualTo(2);
        assertThat(services.applications().list()).extracting(ApplicationView::title, v -> v.application().status())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Data analyst, junior", ApplicationStatus.APPLIED),
                        org.assertj.core.groups.Tuple.tuple("Stagiaire RH", ApplicationStatus.SAVED));
    }

    @Test
    void a_french_sheet_in_windows_1252_with_semicolons_keeps_its_accents() throws Exception {
        Path sheet = file("suivi.csv", "Intitulé du poste;Entreprise;Statut;Date de candidature\r\n"
                + "Chargée de mission;Région Hauts-de-France;Envoyée;03/04/2026\r\n", Charset.forName("windows-1252"));
        var preview = services.spreadsheets().preview(sheet, 5);
        var result = services.spreadsheets().importCsv(sheet, preview.guessed(), (char) 0, ProgressListener.NONE, () -> false);
        assertThat(result.imported()).isEqualTo(1);
        ApplicationView v = services.applications().list().get(0);
        assertThat(v.title()).isEqualTo("Chargée de mission");
        assertThat(v.organization()).isEqualTo("Région Hauts-de-France");
        assertThat(v.application().status()).isEqualTo(ApplicationStatus.APPLIED);
        assertThat(v.application().appliedOn()).isEqualTo(java.time.LocalDate.of(2026, 4, 3));
    }

    @Test
    void a_file_with_unreadable_rows_is_refused_whole_and_each_row_is_named() throws Exception {
        Path sheet = file("bad.csv", "title;organization;status;deadline\n"
                + "Bon poste;Acme;applied;2026-05-01\n"
                + "Autre;Beta;perhaps;2026-05-01\n"
                + ";;saved;\n"
                + "Troisième;Gamma;saved;31/02/2026\n", StandardCharsets.UTF_8);
        var result = services.spreadsheets().importCsv(sheet, services.spreadsheets().preview(sheet, 1).guessed(), (char) 0,
                ProgressListener.NONE, () -> false);
        assertThat(result.refused()).isTrue();
        assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "status", "sheet.problem.status"),
                org.assertj.core.groups.Tuple.tuple(4L, "title", "sheet.problem.no_title"),
                org.assertj.core.groups.Tuple.tuple(5L, "deadline", "sheet.problem.date"));
        assertThat(services.applications().list()).isEmpty();
        assertThat(services.postings().count()).isZero();
    }

    @Test
    void an_import_cancelled_midway_leaves_nothing() throws Exception {
        StringBuilder csv = new StringBuilder("title;organization\n");
        for (int i = 0; i < 250; i++) {
            csv.append("Poste ").append(i).append(";Org ").append(i).append('\n');
        }
        Path sheet = file("many.csv", csv.toString(), StandardCharsets.UTF_8);
        int[] calls = {0};
        assertThatThrownBy(() -> services.spreadsheets().importCsv(sheet, services.spreadsheets().preview(sheet, 1).guessed(),
                (char) 0, ProgressListener.NONE, () -> ++calls[0] > 1)).isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(services.postings().count()).isZero();
    }

    @Test
    void a_mapping_file_names_the_columns_and_the_order_of_dates() throws Exception {
        Path sheet = file("us.csv", "Job,Employer,When\nAnalyst,Acme,04/03/2026\n", StandardCharsets.UTF_8);
        Path map = file("map.yaml", "columns:\n  title: Job\n  organization: Employer\n  applied_on: When\ndates: month_first\n",
                StandardCharsets.UTF_8);
        var result = services.spreadsheets().importCsv(sheet, map, ProgressListener.NONE, () -> false);
        assertThat(result.imported()).isEqualTo(1);
        assertThat(services.applications().list().get(0).application().appliedOn()).isEqualTo(java.time.LocalDate.of(2026, 4, 3));
    }

    @Test
    void a_mapping_file_with_an_unknown_field_or_column_is_refused_with_the_known_ones() throws Exception {
        Path sheet = file("s.csv", "Job,Employer\nAnalyst,Acme\n", StandardCharsets.UTF_8);
        Path badField = file("f.yaml", "columns:\n  salary: Job\n", StandardCharsets.UTF_8);
        Path badColumn = file("c.yaml", "columns:\n  title: Position\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> services.spreadsheets().importCsv(sheet, badField, ProgressListener.NONE, () -> false))
                .isInstanceOf(UserException.class).extracting(e -> ((UserException) e).key()).isEqualTo("error.mapping.field");
        assertThatThrownBy(() -> services.spreadsheets().importCsv(sheet, badColumn, ProgressListener.NONE, () -> false))
                .isInstanceOf(UserException.class).extracting(e -> ((UserException) e).key()).isEqualTo("error.mapping.column");
    }

    @Test
    void column_names_are_guessed_in_english_french_and_dutch() {
        assertThat(ColumnMapping.guess(List.of("Functie", "Werkgever", "Sollicitatiedatum", "Fase")).columns())
                .containsEntry(SheetField.TITLE, "Functie").containsEntry(SheetField.ORGANIZATION, "Werkgever")
                .containsEntry(SheetField.APPLIED_ON, "Sollicitatiedatum").containsEntry(SheetField.STATUS, "Fase");
        assertThat(ColumnMapping.guess(List.of("Poste", "Société", "Date limite", "Type de contrat")).columns())
                .containsEntry(SheetField.TITLE, "Poste").containsEntry(SheetField.ORGANIZATION, "Société")
                .containsEntry(SheetField.DEADLINE, "Date limite").containsEntry(SheetField.CONTRACT, "Type de contrat");
        assertThat(ColumnMapping.guess(List.of("Job Title", "Company", "Date Applied", "Job Type")).columns())
                .containsEntry(SheetField.TITLE, "Job Title").containsEntry(SheetField.APPLIED_ON, "Date Applied");
    }
}
