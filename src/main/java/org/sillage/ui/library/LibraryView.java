package org.sillage.ui.library;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.domain.LibraryEntry;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/** The document library: every file attached to an application, and how many applications used it. */
public final class LibraryView extends VBox {
    private final UiContext ctx;
    private final ListView<LibraryEntry> list = new ListView<>();

    public LibraryView(UiContext ctx) {
        this.ctx = ctx;
        setId("libraryView");
        setSpacing(10);
        setPadding(new Insets(12, 16, 16, 16));
        var m = ctx.messages();
        Label heading = new Label(m.get("nav.documents"));
        heading.getStyleClass().add("title-3");
        Label hint = new Label(m.get("library.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        list.setId("libraryList");
        list.setAccessibleText(ctx.messages().get("nav.documents"));
        list.setPlaceholder(new Label(m.get("library.empty")));
        list.setCellFactory(v -> new EntryCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, hint, list);
    }

    public void reload() {
        BackgroundTask.wrap(c -> ctx.services().documents().library())
                .onSuccess((List<LibraryEntry> l) -> list.getItems().setAll(l))
                .onFailure(e -> Errors.show(ctx.window().get(), e, ctx.messages())).run(ctx.executor());
    }

    private final class EntryCell extends ListCell<LibraryEntry> {
        EntryCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(LibraryEntry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                return;
            }
            var m = ctx.messages();
            Label name = new Label(e.file().displayName(), new FontIcon(Feather.FILE));
            name.getStyleClass().add("posting-title");
            Label used = new Label(m.get("library.used", e.applicationCount(), e.file().sizeBytes() / 1024 + 1));
            used.getStyleClass().add("text-muted");
            used.setTooltip(new Tooltip(String.join("\n", e.applicationTitles())));
            Button open = new Button(m.get("checklist.open"));
            open.getStyleClass().add("small");
            open.setOnAction(a -> BackgroundTask.wrap(c -> ctx.services().documents().viewable(e.file()))
                    .onSuccess(path -> ctx.opener().open(path, p -> ctx.taskBar().say(m.get("system.cannot_open", p))))
                    .onFailure(x -> Errors.show(ctx.window().get(), x, m)).run(ctx.executor()));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(12, new VBox(2, name, used), spacer, open);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }
}
