package org.sillage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.SearchKind;
import org.sillage.domain.SearchResult;
import org.sillage.service.AppServices;
import org.sillage.service.ProgressListener;

/**
 * Issue 12's walk, headless: a word searched with and without its accent from Ctrl+F, the result opened in
 * its screen; the applications exported as CSV, imported into a fresh folder through the mapping dialog,
 * exported again: the same bytes.
 */
class SearchAndSheetWalkTest extends FxWalk {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneId.of("Europe/Brussels"));
    @RegisterExtension
    static final FxLanguage LANGUAGE = new FxLanguage(Locale.ENGLISH);

    @TempDir
    Path first;
    @TempDir
    Path fresh;
    @TempDir
    Path files;

    @AfterEach
    void close() throws Exception {
        if (services != null) {
            closeWindow();
        }
    }

    private void searchFor(String text) throws Exception {
        shortcut(KeyCode.F);
        waitUntil(() -> robot.lookup("#globalSearchField").tryQuery().map(Node::isFocused).orElse(false));
        TextField field = node("globalSearchField");
        robot.interact(() -> field.setText(text));
    }

    @SuppressWarnings("unchecked")
    private ListView<SearchResult> results() {
        return (ListView<SearchResult>) (ListView<?>) node("globalSearchResults");
    }

    @Test
    void words_typed_in_the_bar_go_to_the_one_search_from_a_screen_the_bar_does_not_filter() throws Exception {
        services = AppServices.open(first, CLOCK);
        services.imports().importSamples(ProgressListener.NONE, () -> false);
        openWindow(first, null);
        robot.interact(() -> ((javafx.scene.control.ToggleButton) node("navAgenda")).fire());
        TextField bar = node("searchField");
        robot.interact(() -> {
            bar.setText("oujda");
            bar.fireEvent(new javafx.event.ActionEvent());
        });
        waitUntil(() -> robot.lookup("#globalSearchField").tryQuery().isPresent());
        assertThat(((TextField) node("globalSearchField")).getText()).isEqualTo("oujda");
        waitUntil(() -> !results().getItems().isEmpty());
    }

    @Test
    void a_word_found_with_and_without_its_accent_opens_in_its_screen_and_a_csv_comes_back_the_same() throws Exception {
        services = AppServices.open(first, CLOCK);
        services.imports().importSamples(ProgressListener.NONE, () -> false);
        var postings = services.postings().list();
        long app = services.applications().track(postings.get(0).id()).applicationId();
        services.applications().track(postings.get(1).id());
        services.applications().changeStatus(app, ApplicationStatus.APPLIED, "envoyé à Mme Lefèvre");
        openWindow(first, null);

        searchFor("Lefèvre");
        waitUntil(() -> !results().getItems().isEmpty());
        assertThat(results().getItems()).extracting(SearchResult::kind).containsExactly(SearchKind.APPLICATION);
        searchFor("lefevre");
        waitUntil(() -> results().getItems().size() == 1 && results().getItems().get(0).kind() == SearchKind.APPLICATION);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#applicationsView").tryQuery().map(Node::isVisible).orElse(false));

        Path exported = files.resolve("applications.csv");
        robot.interact(() -> shell.window().sheets().exportCsv(exported));
        waitUntil(() -> Files.exists(exported));
        closeWindow();

        services = AppServices.open(fresh, CLOCK);
        openWindow(fresh, null);
        robot.interact(() -> shell.window().sheets().importCsv(exported));
        waitUntil(() -> robot.lookup("#sheetImportButton").tryQuery().isPresent());
        assertThat(robot.lookup("#column_title").queryComboBox().getValue()).isEqualTo("title");
        assertThat(robot.lookup("#sheetPreview").queryTableView().getItems()).hasSize(2);
        robot.clickOn("#sheetImportButton");
        waitUntil(() -> services.applications().list().size() == 2);

        Path again = files.resolve("again.csv");
        services.spreadsheets().exportCsv(again, ProgressListener.NONE, () -> false);
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(exported));
    }
}
