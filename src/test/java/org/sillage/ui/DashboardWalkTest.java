package org.sillage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import javafx.scene.chart.BarChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.EventKind;
import org.sillage.service.AppServices;
import org.sillage.service.ProgressListener;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard in French: empty at first, then the figures of two applications, and a way to one of them. */
class DashboardWalkTest extends FxWalk {
    @RegisterExtension
    static final FxLanguage LANGUAGE = new FxLanguage(Locale.FRENCH);

    @TempDir
    Path data;

    @AfterEach
    void stop() throws Exception {
        closeWindow();
    }

    @Test
    void the_dashboard_says_what_to_do_before_any_application_then_counts_them() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2021-02-17T09:00:00Z"), ZoneId.of("Europe/Paris"));
        services = AppServices.open(data, clock);
        services.imports().importSamples(ProgressListener.NONE, () -> false);
        openWindow(data, null);
        show("navDashboard");
        waitUntil(() -> robot.lookup("#dashboardEmpty").tryQuery().isPresent());
        assertThat(robot.lookup("#dashboardEmpty").queryAs(Label.class).getText()).contains("Suivez une offre");

        var postings = services.postings().list();
        long sent = services.applications().track(postings.get(0).id()).applicationId();
        services.applications().changeStatus(sent, ApplicationStatus.APPLIED, null);
        long interview = services.applications().track(postings.get(1).id()).applicationId();
        services.applications().changeStatus(interview, ApplicationStatus.APPLIED, null);
        services.applications().changeStatus(interview, ApplicationStatus.INTERVIEW, null);
        services.agenda().addEvent(interview, EventKind.INTERVIEW, java.time.LocalDate.of(2021, 2, 22), null, null, null, null);
        robot.clickOn("#dashboardRefresh");
        waitUntil(() -> robot.lookup("#dashboardResponseRate").tryQuery().isPresent());

        assertThat(robot.lookup("#dashboardResponseRate").queryAs(Label.class).getText()
                .replace('\u202f', ' ').replace('\u00a0', ' ')).isEqualTo("50 %");
        BarChart<String, Number> funnel = robot.lookup("#dashboardFunnel").queryAs(BarChart.class);
        assertThat(funnel.getData().get(0).getData()).extracting(d -> d.getYValue().intValue()).containsExactly(2, 2, 1, 0);
        assertThat(funnel.getData().get(0).getData().get(1).getXValue()).startsWith("Envoyées");

        // the interview, among the next actions each status change proposed
        Hyperlink next = robot.lookup("#dashboardUpcoming .hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(l -> l.getText().contains("Entretien")).findFirst().orElseThrow();
        assertThat(next.getText()).startsWith("22 févr. 2021");
        robot.clickOn(next);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> {
            ListView<?> list = robot.lookup("#applicationList").tryQueryAs(ListView.class).orElse(null);
            return list != null && list.getSelectionModel().getSelectedItem() instanceof org.sillage.domain.ApplicationRow r
                    && r.applicationId() == interview;
        });
    }
}
