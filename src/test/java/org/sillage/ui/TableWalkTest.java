package org.sillage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationRow;
import org.sillage.domain.SavedFilter;
import org.sillage.service.AppServices;

/**
 * The applications table, headless: open it, filter by a deadline range, sort by the deadline column,
 * save the filter, clear it, apply the saved one again, and open an application from its row.
 */
class TableWalkTest extends FxWalk {
    @RegisterExtension
    static final FxLanguage LANGUAGE = new FxLanguage(Locale.ENGLISH);

    @TempDir
    Path data;

    @BeforeEach
    void start() throws Exception {
        services = AppServices.open(data, Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneId.of("Europe/Paris")));
        int[] days = {25, 3, 14, 8, 30, 12};
        for (int i = 0; i < days.length; i++) {
            var posting = services.imports().importText("Poste numéro " + i + "\nCabinet " + i
                    + "\nCandidatures jusqu'au " + days[i] + " avril 2026.");
            services.applications().track(posting.postingId());
        }
        openWindow(data, null);
    }

    @AfterEach
    void stop() throws Exception {
        closeWindow();
    }

    private List<ApplicationRow> rows() {
        TableView<ApplicationRow> table = node("applicationTable");
        return List.copyOf(table.getItems());
    }

    @Test
    void filter_by_deadline_sort_save_and_apply_again() throws Exception {
        show("navTable");
        waitUntil(() -> rows().size() == 6);
        Label count = node("matchCount");
        assertThat(count.getText()).isEqualTo("6 applications match");

        DatePicker from = node("deadlineFrom");
        DatePicker to = node("deadlineTo");
        robot.interact(() -> from.setValue(LocalDate.of(2026, 4, 5)));
        robot.interact(() -> to.setValue(LocalDate.of(2026, 4, 25)));
        waitUntil(() -> rows().size() == 4);
        assertThat(rows()).allSatisfy(r -> assertThat(r.deadline()).isBetween(LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 25)));
        assertThat(count.getText()).isEqualTo("4 applications match");

        robot.clickOn("#column-deadline");
        waitUntil(() -> rows().stream().map(ApplicationRow::deadline).toList()
                .equals(List.of(LocalDate.of(2026, 4, 8), LocalDate.of(2026, 4, 12), LocalDate.of(2026, 4, 14),
                        LocalDate.of(2026, 4, 25))));
        robot.clickOn("#column-deadline");
        waitUntil(() -> rows().get(0).deadline().equals(LocalDate.of(2026, 4, 25)));
        assertThat(rows().stream().map(ApplicationRow::deadline).toList()).isSortedAccordingTo(Comparator.reverseOrder());

        robot.clickOn("#saveFilter");
        waitUntil(() -> robot.lookup("#filterName").tryQuery().isPresent());
        robot.clickOn("#filterName").write("Avril").type(KeyCode.ENTER);
        ComboBox<SavedFilter> saved = node("savedFilters");
        waitUntil(() -> saved.getItems().size() == 1);
        assertThat(services.table().savedFilters()).singleElement()
                .satisfies(s -> assertThat(s.filter().deadlineFrom()).isEqualTo(LocalDate.of(2026, 4, 5)));

        robot.clickOn("#clearFilters");
        waitUntil(() -> rows().size() == 6);
        assertThat(from.getValue()).isNull();

        robot.interact(() -> saved.setValue(saved.getItems().get(0)));
        waitUntil(() -> rows().size() == 4);
        assertThat(from.getValue()).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(to.getValue()).isEqualTo(LocalDate.of(2026, 4, 25));

        // a double-click opens the application in the applications screen
        ApplicationRow first = rows().get(0);
        robot.doubleClickOn(robot.lookup("#applicationTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitUntil(() -> robot.lookup("#applicationTitle").tryQuery().map(n -> ((Label) n).getText()).orElse("")
                .equals(first.title()) && ((javafx.scene.Node) node("applicationDetail")).isVisible());
    }

    @Test
    void the_columns_chosen_are_kept() throws Exception {
        show("navTable");
        waitUntil(() -> rows().size() == 6);
        TableView<ApplicationRow> table = node("applicationTable");
        var contract = table.getColumns().stream().filter(c -> "column-contract_type".equals(c.getId())).findFirst().orElseThrow();
        assertThat(contract.isVisible()).isTrue();
        robot.interact(() -> contract.setVisible(false));
        waitUntil(() -> !services.table().visibleColumns().contains(org.sillage.domain.ApplicationColumn.CONTRACT_TYPE));
    }
}
