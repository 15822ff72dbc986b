package org.sillage.ui.caseload;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.CaseloadRow;
import org.sillage.i18n.Messages;
import org.sillage.service.CaseloadService;

/**
 * The caseload screen's state (ADR 0023): every job seeker's line as last read, and the lines shown
 * after the name filter, "with alerts only" and "show ended support". The lines are read by aggregate
 * queries; filtering works on them in memory (one line per person, not per application).
 */
public final class CaseloadViewModel {
    private final CaseloadService service;
    private final Messages messages;
    private final ObservableList<CaseloadRow> rows = FXCollections.observableArrayList();
    private final FilteredList<CaseloadRow> shown = new FilteredList<>(rows, r -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty alertsOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty showEnded = new SimpleBooleanProperty(false);

    public CaseloadViewModel(CaseloadService service, Messages messages) {
        this.service = service;
        this.messages = messages;
        filter.addListener((o, a, b) -> refilter());
        alertsOnly.addListener((o, a, b) -> refilter());
        showEnded.addListener((o, a, b) -> refilter());
        refilter();
    }

    /** Worker thread: reads every line. */
    public List<CaseloadRow> load() {
        return service.rows();
    }

    /** JavaFX thread: shows them, filtered as chosen. */
    public void apply(List<CaseloadRow> read) {
        rows.setAll(read);
    }

    public FilteredList<CaseloadRow> shown() {
        return shown;
    }

    public ObservableList<CaseloadRow> rows() {
        return rows;
    }

    public StringProperty filter() {
        return filter;
    }

    public BooleanProperty alertsOnly() {
        return alertsOnly;
    }

    public BooleanProperty showEnded() {
        return showEnded;
    }

    private void refilter() {
        shown.setPredicate(predicate(filter.get(), alertsOnly.get(), showEnded.get()));
    }

    static Predicate<CaseloadRow> predicate(String text, boolean alertsOnly, boolean showEnded) {
        String wanted = fold(text);
        return r -> (showEnded || !r.ended()) && (!alertsOnly || !r.alerts().isEmpty())
                && (wanted.isEmpty() || fold(r.name()).contains(wanted));
    }

    static String fold(String s) {
        if (s == null || s.isBlank()) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
    }

    /** "12 of 40 people". */
    public String count() {
        return messages.get("caseload.count", shown.size(), rows.size());
    }

    /** The default person of a personal installation is shown as "Me"; the others by their name. */
    public String name(CaseloadRow r) {
        return r.isDefault() && "me".equals(r.name()) ? messages.get("seeker.default_name") : r.name();
    }

    /** The open applications by status, in the usual order: "To apply 2 · Sent 1". */
    public String byStatus(CaseloadRow r) {
        List<String> parts = new ArrayList<>();
        for (ApplicationStatus s : ApplicationStatus.values()) {
            int n = r.count(s);
            if (n > 0) {
                parts.add(messages.get(s.messageKey()) + " " + n);
            }
        }
        return String.join(" · ", parts);
    }

    /** The row's alerts in words, one per line; empty when none. */
    public String alerts(CaseloadRow r) {
        List<String> words = new ArrayList<>();
        for (CaseloadRow.Alert a : r.alerts()) {
            words.add(messages.get(a.messageKey()));
        }
        return String.join("\n", words);
    }
}
