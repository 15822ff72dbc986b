package org.sillage.ui.shell;

import java.util.List;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.i18n.Messages;

/**
 * The menu of screens down the window's left: one of them always chosen, the arrows moving to the next screen and
 * showing it, the caseload only when the folder has one. What each button shows is the window's to say.
 */
final class NavigationMenu extends VBox {
    private static final double WIDTH = 190;

    final ToggleButton postings;
    final ToggleButton applications;
    final ToggleButton board;
    final ToggleButton table;
    final ToggleButton agenda;
    final ToggleButton dashboard;
    final ToggleButton documents;
    final ToggleButton sessions;
    final ToggleButton caseload;
    /** The screens in the menu's order (Ctrl+1… show them), the caseload aside. */
    private final List<ToggleButton> screens;

    NavigationMenu(Messages messages, ObservableBooleanValue hasCaseload) {
        super(4);
        ToggleGroup nav = new ToggleGroup();
        postings = button("navPostings", Feather.FILE_TEXT, messages.get("nav.postings"), nav);
        applications = button("navApplications", Feather.CHECK_SQUARE, messages.get("nav.applications"), nav);
        agenda = button("navAgenda", Feather.CALENDAR, messages.get("nav.agenda"), nav);
        dashboard = button("navDashboard", Feather.BAR_CHART_2, messages.get("nav.dashboard"), nav);
        documents = button("navDocuments", Feather.FOLDER, messages.get("nav.documents"), nav);
        table = button("navTable", Feather.GRID, messages.get("nav.table"), nav);
        board = button("navBoard", Feather.COLUMNS, messages.get("nav.board"), nav);
        sessions = button("navSessions", Feather.MESSAGE_SQUARE, messages.get("nav.sessions"), nav);
        nav.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
        });
        caseload = button("navCaseload", Feather.USERS, messages.get("nav.caseload"), nav);
        caseload.visibleProperty().bind(hasCaseload);
        caseload.managedProperty().bind(hasCaseload);
        screens = List.of(postings, applications, board, table, agenda, dashboard, documents, sessions);
        getChildren().addAll(screens);
        getChildren().add(caseload);
        setPadding(new Insets(12, 8, 12, 8));
        getStyleClass().add("sidebar");
        setPrefWidth(WIDTH);
        // arrows in the menu move to the next screen and show it; Enter and Space do as before
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int at = screens.indexOf(screens.stream().filter(Node::isFocused).findFirst().orElse(null));
            if (at < 0 || (e.getCode() != KeyCode.DOWN && e.getCode() != KeyCode.UP)) {
                return;
            }
            ToggleButton next = screens.get(Math.floorMod(at + (e.getCode() == KeyCode.DOWN ? 1 : -1), screens.size()));
            next.requestFocus();
            next.fire();
            e.consume();
        });
    }

    private static ToggleButton button(String id, Feather icon, String text, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text, new FontIcon(icon));
        b.setId(id);
        b.setToggleGroup(group);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.getStyleClass().add("nav-button");
        b.setTooltip(new Tooltip(text));
        return b;
    }

    /** The screens in the menu's order, the caseload aside. */
    List<ToggleButton> screens() {
        return screens;
    }

    /** On a narrow window the menu keeps its icons only, with their names as tooltips. */
    void compact(boolean compact) {
        for (ToggleButton b : screens) {
            b.setContentDisplay(compact ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
        }
        caseload.setContentDisplay(compact ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
        setPrefWidth(compact ? Region.USE_COMPUTED_SIZE : WIDTH);
    }
}
