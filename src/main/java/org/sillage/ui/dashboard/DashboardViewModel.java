package org.sillage.ui.dashboard;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.sillage.domain.Dashboard;
import org.sillage.i18n.Messages;
import org.sillage.service.DashboardService;

/** The dashboard's state: the figures last read, and the words the view shows for them. */
public final class DashboardViewModel {
    private final DashboardService service;
    private final Messages messages;
    private final ObjectProperty<Dashboard> dashboard = new SimpleObjectProperty<>();

    public DashboardViewModel(DashboardService service, Messages messages) {
        this.service = service;
        this.messages = messages;
    }

    /** Worker thread: reads the figures. */
    public Dashboard load() {
        return service.read();
    }

    /** JavaFX thread: shows them. */
    public void apply(Dashboard d) {
        dashboard.set(d);
    }

    public ObjectProperty<Dashboard> dashboard() {
        return dashboard;
    }

    /** A bar of the funnel: the stage's name, its count, and its share of the saved applications. */
    public record Step(String name, int count, String label) {
    }

    public List<Step> funnel(Dashboard d) {
        int all = d.funnel().getOrDefault(Dashboard.Stage.SAVED, 0);
        List<Step> steps = new ArrayList<>();
        for (Dashboard.Stage s : Dashboard.Stage.values()) {
            int n = d.funnel().getOrDefault(s, 0);
            String name = messages.get(s.messageKey());
            steps.add(new Step(name, n, all == 0 ? name
                    : messages.get("dashboard.funnel.step", name, n, (double) n / all)));
        }
        return steps;
    }

    /** "35 %", or a dash before anything was sent. */
    public String responseRate(Dashboard d) {
        return d.responseRate() == null ? "—" : messages.get("dashboard.percent", d.responseRate());
    }

    /** "12 of 34 sent applications got an answer". */
    public String responseDetail(Dashboard d) {
        return d.applied() == 0 ? messages.get("dashboard.response.none")
                : messages.get("dashboard.response.detail", d.answered(), d.applied());
    }

    /** "9 days", or a dash before any answer. */
    public String medianDays(Dashboard d) {
        return d.medianDaysToAnswer() == null ? "—" : messages.get("dashboard.days", d.medianDaysToAnswer());
    }

    /** True when there is no application at all: the view shows what to do instead of empty charts. */
    public boolean isEmpty(Dashboard d) {
        return d.funnel().getOrDefault(Dashboard.Stage.SAVED, 0) == 0;
    }
}
