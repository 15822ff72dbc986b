package org.sillage.ui.sheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.sillage.domain.RowProblem;
import org.sillage.domain.SheetField;
import org.sillage.i18n.Messages;
import org.sillage.domain.ColumnMapping;
import org.sillage.service.SpreadsheetService;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Converters;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/**
 * Which column holds which field (ADR 0020): one choice per field, guessed from the column names, the
 * order of numeric dates, and the first rows of the file. Import runs in the background; a refused file
 * lists each row it could not read with the reason, and nothing of it is imported.
 */
public final class CsvImportDialog {
    static final int PREVIEW_ROWS = 5;
    private static final String NONE = "";

    private final UiContext ctx;
    private final SpreadsheetService.Preview preview;
    private final Map<SheetField, ComboBox<String>> choices = new EnumMap<>(SheetField.class);

    public CsvImportDialog(UiContext ctx, SpreadsheetService.Preview preview) {
        this.ctx = ctx;
        this.preview = preview;
    }

    public void show() {
        Messages m = ctx.messages();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(ctx.window().get());
        dialog.setTitle(m.get("sheet.dialog.title"));
        dialog.setResizable(true);
        Label header = new Label(m.get("sheet.dialog.header", preview.file().getFileName(), preview.headers().size(),
                preview.delimiter() == '\t' ? "tab" : String.valueOf(preview.delimiter()), preview.charset()));
        header.setWrapText(true);
        header.setMaxWidth(720);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        List<String> options = new ArrayList<>();
        options.add(NONE);
        options.addAll(preview.headers());
        int i = 0;
        for (SheetField f : SheetField.values()) {
            if (!f.imported()) {
                continue;
            }
            ComboBox<String> box = new ComboBox<>();
            box.setId("column_" + f.key());
            box.getItems().setAll(options);
            box.setConverter(Converters.showing(c -> c == null || c.isEmpty() ? m.get("sheet.dialog.none") : c));
            box.setValue(preview.guessed().column(f).orElse(NONE));
            box.setAccessibleText(m.get(f.messageKey()));
            box.setMinWidth(170);
            box.setMaxWidth(240);
            choices.put(f, box);
            Label label = new Label(m.get(f.messageKey()));
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(label, (i % 2) * 2, i / 2);
            grid.add(box, (i % 2) * 2 + 1, i / 2);
            i++;
        }
        ChoiceBox<ColumnMapping.DateOrder> dates = new ChoiceBox<>();
        dates.setId("dateOrder");
        dates.getItems().setAll(ColumnMapping.DateOrder.values());
        dates.setConverter(Converters.showing(o -> m.get(o == ColumnMapping.DateOrder.MONTH_FIRST
                ? "sheet.dates.month_first" : "sheet.dates.day_first")));
        dates.setValue(preview.guessed().dates());
        dates.setAccessibleText(m.get("sheet.dialog.dates"));
        grid.add(new Label(m.get("sheet.dialog.dates")), (i % 2) * 2, i / 2);
        grid.add(dates, (i % 2) * 2 + 1, i / 2);

        TableView<List<String>> table = new TableView<>();
        table.setId("sheetPreview");
        table.setAccessibleText(m.get("sheet.dialog.preview"));
        for (int c = 0; c < preview.headers().size(); c++) {
            int col = c;
            TableColumn<List<String>, String> column = new TableColumn<>(preview.headers().get(c));
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(col < row.getValue().size()
                    ? row.getValue().get(col).replace('\n', ' ') : ""));
            column.setPrefWidth(120);
            column.setSortable(false);
            table.getColumns().add(column);
        }
        table.getItems().setAll(preview.rows());
        table.setPrefHeight(150);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);

        VBox content = new VBox(10, header, grid, new Label(m.get("sheet.dialog.preview")), table);
        content.setPadding(new Insets(8));
        content.setId("csvImportDialog");
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(520, ctx.window().get().getHeight() - 160));
        scroll.setPrefViewportWidth(Math.min(760, ctx.window().get().getWidth() - 60));
        dialog.getDialogPane().setContent(scroll);
        ButtonType importType = new ButtonType(m.get("sheet.dialog.import"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(importType, org.sillage.ui.common.Dialogs.cancel(m));
        dialog.getDialogPane().lookupButton(importType).setId("sheetImportButton");
        dialog.showAndWait().filter(b -> b == importType).ifPresent(b -> run(mapping(dates.getValue())));
    }

    private ColumnMapping mapping(ColumnMapping.DateOrder order) {
        Map<SheetField, String> columns = new EnumMap<>(SheetField.class);
        choices.forEach((f, box) -> columns.put(f, box.getValue()));
        return new ColumnMapping(columns, order);
    }

    private void run(ColumnMapping mapping) {
        Messages m = ctx.messages();
        var task = BackgroundTask.wrap(c -> ctx.services().spreadsheets().importCsv(preview.file(), mapping,
                        preview.delimiter(), c, c::isCancelled))
                .onSuccess(result -> {
                    if (result.refused()) {
                        showProblems(result);
                    } else {
                        ctx.taskBar().say(m.get("sheet.imported", result.imported(), result.alreadyThere()));
                        ctx.navigator().dataChanged();
                    }
                })
                .onFailure(e -> {
                    if (e instanceof java.util.concurrent.CancellationException) {
                        ctx.taskBar().say(m.get("sheet.cancelled"));
                    } else {
                        Errors.show(ctx.window().get(), e, m);
                    }
                })
                .onCancelled(() -> ctx.taskBar().say(m.get("sheet.cancelled")))
                .run(ctx.executor());
        ctx.taskBar().follow(task, m.get("sheet.importing", preview.file().getFileName()));
    }

    /** A refused file: each row that could not be read, what is wrong, and what to do. */
    private void showProblems(SpreadsheetService.ImportResult result) {
        Messages m = ctx.messages();
        StringBuilder b = new StringBuilder();
        for (RowProblem p : result.problems()) {
            b.append(m.get("sheet.problem.line", p.row(), p.column(), p.value(), m.get(p.messageKey()))).append('\n');
        }
        if (result.problemCount() > result.problems().size()) {
            b.append(m.get("sheet.problem.more", result.problemCount() - result.problems().size()));
        }
        TextArea area = new TextArea(b.toString());
        area.setId("sheetProblems");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(10);
        area.setAccessibleText(m.get("sheet.refused", result.problemCount(), preview.file().getFileName()));
        Label what = new Label(m.get("sheet.refused", result.problemCount(), preview.file().getFileName()));
        what.setWrapText(true);
        what.getStyleClass().add("sheet-problems");
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(ctx.window().get());
        d.setTitle(m.get("sheet.dialog.title"));
        d.getDialogPane().setContent(new VBox(8, what, area));
        d.getDialogPane().getButtonTypes().setAll(org.sillage.ui.common.Dialogs.close(m));
        d.show();
    }
}
