package org.sillage.ui.shell;

import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.i18n.Messages;
import org.sillage.ui.handover.HandoverActions;
import org.sillage.ui.sheet.SheetActions;

/**
 * The bar across the window's top: the name, the job seeker worked on, the search field that filters the list on
 * show and the button of the one search, then import, paste, the spreadsheet and hand-over menu, and the settings.
 */
final class TopBar extends HBox {
    private final TextField search = new TextField();
    /** The buttons that keep their icon only on a narrow window. */
    private final List<Labeled> collapsible;

    /**
     * @param searchAll opens the one search with the words typed
     * @param settings  opens the settings
     */
    TopBar(Messages messages, Node seekerMenu, ImportActions imports, SheetActions sheets, HandoverActions handover,
           Consumer<String> searchAll, Runnable settings) {
        super(10);
        search.setId("searchField");
        search.getStyleClass().add("search-field");
        search.setPromptText(messages.get("search.prompt"));
        search.setAccessibleText(messages.get("search.prompt"));
        search.setPrefColumnCount(28);
        search.setMinWidth(120);
        Button importButton = iconButton("importButton", Feather.UPLOAD, messages.get("action.import"));
        importButton.setOnAction(e -> imports.chooseFiles());
        Button pasteButton = iconButton("pasteButton", Feather.CLIPBOARD, messages.get("action.paste"));
        pasteButton.setOnAction(e -> imports.pasteText());
        Button searchAllButton = new Button(null, new FontIcon(Feather.SEARCH));
        searchAllButton.setId("searchAllButton");
        searchAllButton.setTooltip(new Tooltip(messages.get("search.global.open")));
        searchAllButton.setAccessibleText(messages.get("search.global.open"));
        searchAllButton.setMinWidth(Region.USE_PREF_SIZE);
        // the one search starts from the words typed in the bar (it opened empty)
        searchAllButton.setOnAction(e -> searchAll.accept(search.getText()));
        MenuItem exportCsv = new MenuItem(messages.get("sheet.export.csv"));
        exportCsv.setId("exportCsvItem");
        exportCsv.setOnAction(e -> sheets.chooseExportCsv());
        MenuItem exportJson = new MenuItem(messages.get("sheet.export.json"));
        exportJson.setId("exportJsonItem");
        exportJson.setOnAction(e -> sheets.chooseExportJson());
        MenuItem importCsv = new MenuItem(messages.get("sheet.import.csv"));
        importCsv.setId("importCsvItem");
        importCsv.setOnAction(e -> sheets.chooseImportCsv());
        MenuButton sheetMenu = new MenuButton(messages.get("action.spreadsheet"), new FontIcon(Feather.GRID), importCsv,
                exportCsv, exportJson);
        sheetMenu.setId("sheetMenu");
        sheetMenu.getItems().addAll(handover.menuItems()); // ADR 0025
        sheetMenu.setTooltip(new Tooltip(messages.get("action.spreadsheet")));
        sheetMenu.setMinWidth(Region.USE_PREF_SIZE);
        Button settingsButton = iconButton("settingsButton", Feather.SETTINGS, messages.get("action.settings"));
        settingsButton.setOnAction(e -> settings.run());
        Label appName = new Label(messages.get("app.name"));
        appName.getStyleClass().add("app-name");
        appName.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(appName, seekerMenu, search, searchAllButton, spacer, importButton, pasteButton, sheetMenu,
                settingsButton);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 12, 8, 12));
        getStyleClass().add("top-bar");
        collapsible = List.of(importButton, pasteButton, sheetMenu, settingsButton);
    }

    private static Button iconButton(String id, Feather icon, String text) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(text));
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** The field whose words filter the postings and applications lists. */
    TextField search() {
        return search;
    }

    /** On a narrow window the bar keeps its buttons' icons only, with their names as tooltips, and a shorter field. */
    void compact(boolean compact) {
        collapsible.forEach(b -> b.setContentDisplay(compact ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT));
        search.setPrefColumnCount(compact ? 14 : 28);
    }
}
