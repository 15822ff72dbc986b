package org.sillage.ui.table;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.domain.ApplicationFilter;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ContractType;
import org.sillage.domain.SavedFilter;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Converters;
import org.sillage.ui.common.DateFields;
import org.sillage.ui.shell.UiContext;

/**
 * Above the applications table: its filters (status, deadline range, expired, contract type, organisation, tag),
 * the filters saved under a name, and how many applications they keep. A name typed waits for a pause.
 */
final class TableFilters extends VBox {
    private final UiContext ctx;
    private final ApplicationTableViewModel vm;
    /** Reads the table for a new filter. */
    private final Consumer<ApplicationTableViewModel.Request> read;
    private final Consumer<Throwable> fail;
    private final Map<ApplicationStatus, CheckMenuItem> statusItems = new EnumMap<>(ApplicationStatus.class);
    private final Map<ContractType, CheckMenuItem> contractItems = new EnumMap<>(ContractType.class);
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final CheckBox expired = new CheckBox();
    private final TextField organization = new TextField();
    private final TextField tag = new TextField();
    private final ComboBox<SavedFilter> savedChoice = new ComboBox<>();
    /** True while the controls are set from a filter (a saved one, cleared), not by the user. */
    private boolean syncing;

    TableFilters(UiContext ctx, ApplicationTableViewModel vm, Consumer<ApplicationTableViewModel.Request> read,
                 Consumer<Throwable> fail) {
        super(8);
        this.ctx = ctx;
        this.vm = vm;
        this.read = read;
        this.fail = fail;
        var m = ctx.messages();
        MenuButton statuses = new MenuButton(m.get("table.filter.status"));
        statuses.setId("statusFilter");
        for (ApplicationStatus s : ApplicationStatus.values()) {
            CheckMenuItem item = new CheckMenuItem(m.get(s.messageKey()));
            item.setId("statusFilter-" + s.name().toLowerCase(Locale.ROOT));
            item.selectedProperty().addListener((o, a, b) -> filterChanged());
            statusItems.put(s, item);
            statuses.getItems().add(item);
        }
        MenuButton contracts = new MenuButton(m.get("field.contract_type"));
        contracts.setId("contractFilter");
        for (ContractType t : ContractType.values()) {
            CheckMenuItem item = new CheckMenuItem(t.code());
            item.selectedProperty().addListener((o, a, b) -> filterChanged());
            contractItems.put(t, item);
            contracts.getItems().add(item);
        }
        for (DatePicker d : List.of(from, to)) {
            DateFields.install(d, m.locale());
            d.setPrefWidth(165);
            d.valueProperty().addListener((o, a, b) -> filterChanged());
        }
        from.setId("deadlineFrom");
        from.setPromptText(m.get("table.filter.deadline_from"));
        from.setAccessibleText(m.get("table.filter.deadline_from"));
        to.setId("deadlineTo");
        to.setPromptText(m.get("table.filter.deadline_to"));
        to.setAccessibleText(m.get("table.filter.deadline_to"));
        expired.setId("expiredOnly");
        expired.setText(m.get("table.filter.expired"));
        expired.selectedProperty().addListener((o, a, b) -> filterChanged());
        organization.setId("organizationFilter");
        organization.setPromptText(m.get("table.filter.organization"));
        organization.setAccessibleText(m.get("table.filter.organization"));
        organization.setPrefColumnCount(12);
        PauseTransition typing = new PauseTransition(Duration.millis(300));
        typing.setOnFinished(e -> filterChanged());
        organization.textProperty().addListener((o, a, b) -> {
            if (!syncing) {
                typing.playFromStart();
            }
        });
        tag.setId("tagFilter");
        tag.setPromptText(m.get("table.filter.tag"));
        tag.setAccessibleText(m.get("table.filter.tag"));
        tag.setPrefColumnCount(8);
        tag.textProperty().addListener((o, a, b) -> {
            if (!syncing) {
                typing.playFromStart();
            }
        });
        Button clear = new Button(m.get("table.filter.clear"), new FontIcon(Feather.X));
        clear.setId("clearFilters");
        clear.setOnAction(e -> showFilter(ApplicationFilter.NONE));

        savedChoice.setId("savedFilters");
        savedChoice.setPromptText(m.get("table.saved.prompt"));
        savedChoice.setAccessibleText(m.get("table.saved.prompt"));
        savedChoice.setItems(vm.saved());
        savedChoice.setConverter(Converters.showing(SavedFilter::name));
        savedChoice.setOnAction(e -> {
            SavedFilter s = savedChoice.getValue();
            if (s != null && !syncing) {
                showFilter(s.filter());
            }
        });
        Button save = new Button(m.get("table.saved.save"), new FontIcon(Feather.SAVE));
        save.setId("saveFilter");
        save.setOnAction(e -> saveFilter());
        Button delete = new Button(null, new FontIcon(Feather.TRASH_2));
        delete.setId("deleteFilter");
        delete.setTooltip(new Tooltip(m.get("table.saved.delete")));
        delete.setAccessibleText(m.get("table.saved.delete"));
        delete.getStyleClass().add("flat");
        delete.disableProperty().bind(savedChoice.valueProperty().isNull());
        delete.setOnAction(e -> deleteFilter());

        FlowPane filters = new FlowPane(8, 8, statuses, from, to, expired, contracts, organization, tag, clear);
        FlowPane savedBar = new FlowPane(8, 8, savedChoice, save, delete);
        filters.setAlignment(Pos.CENTER_LEFT);
        savedBar.setAlignment(Pos.CENTER_LEFT);
        Label count = new Label();
        count.setId("matchCount");
        count.getStyleClass().add("text-muted");
        vm.total().addListener((o, a, n) -> count.setText(n.intValue() < 0 ? "" : m.get("table.count", n.intValue())));
        HBox savedAndCount = new HBox(16, savedBar, count);
        savedAndCount.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(filters, savedAndCount);
        setPadding(new Insets(12, 12, 8, 12));
        getStyleClass().add("table-filters");
    }



    private void filterChanged() {
        if (syncing) {
            return;
        }
        read.accept(vm.filterBy(fromControls()));
    }

    /** The filter the controls hold (a date counts once confirmed: Enter, or leaving the field). */
    private ApplicationFilter fromControls() {
        Set<ApplicationStatus> s = EnumSet.noneOf(ApplicationStatus.class);
        statusItems.forEach((k, item) -> {
            if (item.isSelected()) {
                s.add(k);
            }
        });
        Set<ContractType> t = EnumSet.noneOf(ContractType.class);
        contractItems.forEach((k, item) -> {
            if (item.isSelected()) {
                t.add(k);
            }
        });
        return new ApplicationFilter(s, from.getValue(), to.getValue(), expired.isSelected(),
                t, organization.getText(), null, false, tag.getText());
    }

    /** Sets the controls from {@code f} and reads the table once. */
    private void showFilter(ApplicationFilter f) {
        syncing = true;
        try {
            statusItems.forEach((k, item) -> item.setSelected(f.statuses().contains(k)));
            contractItems.forEach((k, item) -> item.setSelected(f.contractTypes().contains(k)));
            from.setValue(f.deadlineFrom());
            to.setValue(f.deadlineTo());
            expired.setSelected(f.expiredOnly());
            organization.setText(f.organization() == null ? "" : f.organization());
            tag.setText(f.tag() == null ? "" : f.tag());
            if (f.isEmpty()) {
                savedChoice.setValue(null);
            }
        } finally {
            syncing = false;
        }
        read.accept(vm.filterBy(f));
    }


    private void saveFilter() {
        var m = ctx.messages();
        TextInputDialog ask = new TextInputDialog(savedChoice.getValue() == null ? "" : savedChoice.getValue().name());
        ask.initOwner(ctx.window().get());
        ask.setTitle(m.get("app.name"));
        ask.setHeaderText(m.get("table.saved.name_header"));
        ask.setContentText(m.get("table.saved.name"));
        ask.getDialogPane().setId("saveFilterDialog");
        ask.getEditor().setId("filterName");
        ApplicationFilter f = vm.filter().get();
        ask.showAndWait().ifPresent(name -> BackgroundTask.wrap(c -> vm.save(name, f)).onSuccess(all -> {
            syncing = true;
            try {
                vm.applySaved(all);
                all.stream().filter(s -> s.name().equals(name.strip())).findFirst().ifPresent(savedChoice::setValue);
            } finally {
                syncing = false;
            }
            ctx.taskBar().say(m.get("table.saved.done", name.strip()));
        }).onFailure(fail::accept).run(ctx.executor()));
    }

    private void deleteFilter() {
        SavedFilter s = savedChoice.getValue();
        if (s == null) {
            return;
        }
        BackgroundTask.wrap(c -> vm.delete(s.id())).onSuccess(all -> {
            syncing = true;
            try {
                savedChoice.setValue(null);
                vm.applySaved(all);
            } finally {
                syncing = false;
            }
            ctx.taskBar().say(ctx.messages().get("table.saved.deleted", s.name()));
        }).onFailure(fail::accept).run(ctx.executor());
    }
}
