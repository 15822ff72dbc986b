package org.sillage.ui.agenda;

import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import org.sillage.domain.Agenda;
import org.sillage.domain.AgendaItem;
import org.sillage.ui.shell.UiContext;

/** A line of the agenda's list: a section heading, a link to earlier or later items, or an item that opens its application. */
final class AgendaRowCell extends ListCell<AgendaViewModel.Row> {
    /** Reads more items into a snapshot: earlier ones or later ones, as the function given reads them. */
    private final BiConsumer<AgendaViewModel.Snapshot, UnaryOperator<AgendaViewModel.Snapshot>> extend;
    private final UiContext ctx;
    private final AgendaViewModel vm;

    AgendaRowCell(UiContext ctx, AgendaViewModel vm,
                  BiConsumer<AgendaViewModel.Snapshot, UnaryOperator<AgendaViewModel.Snapshot>> extend) {
        this.ctx = ctx;
        this.vm = vm;
        this.extend = extend;
    }

    @Override
    protected void updateItem(AgendaViewModel.Row row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        setOnMouseClicked(null);
        getStyleClass().removeIf(c -> c.startsWith("agenda-row"));
        if (empty || row == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        String name = row.bucket().name().toLowerCase(Locale.ROOT);
        if (row instanceof AgendaViewModel.Heading h) {
            Label header = new Label(ctx.messages().get("agenda.bucket." + name) + (h.complete() ? " (" + h.count() + ")" : ""));
            header.getStyleClass().addAll("title-4", "agenda-section-" + name);
            header.setId("section-" + name);
            getStyleClass().add("agenda-row-heading");
            setGraphic(header);
            setAccessibleText(header.getText());
        } else if (row instanceof AgendaViewModel.More more) {
            javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(ctx.messages().get(
                    more.older() ? "agenda.show_earlier" : "agenda.show_later", ctx.formats().date(more.beyond())));
            link.setId(more.older() ? "agendaEarlier" : "agendaLater");
            AgendaViewModel.Snapshot shown = vm.snapshot().get();
            link.setOnAction(ev -> extend.accept(shown, more.older() ? vm::older : vm::later));
            getStyleClass().add("agenda-row-more");
            setGraphic(link);
            setAccessibleText(link.getText());
            if (!more.older()) {
                // the end of the list came into view: what comes after it is read, as the postings' list does
                extend.accept(shown, vm::later);
            }
        } else if (row instanceof AgendaViewModel.Entry e) {
            HBox line = row(e.item(), e.bucket());
            setGraphic(line);
            setAccessibleText(line.getChildren().stream().map(n -> ((Label) n).getText())
                    .collect(java.util.stream.Collectors.joining(", ")));
            getStyleClass().add("agenda-row-item");
            setOnMouseClicked(ev -> ctx.navigator().open(e.item()));
        }
    }

    private HBox row(AgendaItem i, Agenda.Bucket b) {
        var m = ctx.messages();
        String when = ctx.formats().date(i.date()) + (i.time() == null ? "" : " " + i.time());
        Label date = new Label(when);
        date.getStyleClass().add("agenda-date");
        date.setMinWidth(150);
        Label kind = new Label(m.get(i.kind().messageKey()));
        kind.getStyleClass().addAll("agenda-kind", "kind-" + i.kind().name().toLowerCase(Locale.ROOT));
        kind.setMinWidth(130);
        Label what = new Label(i.isAction() ? i.title() + " · " + m.get(i.actionOwner().messageKey())
                : (i.text() == null ? "" : i.text() + " · ")
                + (i.title() == null ? m.get("posting.untitled") : i.title())
                + (i.organization() == null ? "" : " — " + i.organization()));
        what.setWrapText(true);
        HBox row = new HBox(12, date, kind, what);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("agenda-item", "agenda-" + b.name().toLowerCase(Locale.ROOT));
        return row;
    }
}
