package org.sillage.ui.board;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.BoardCard;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/**
 * The board: a column per status (a virtualised list of its first cards, its count, "N more"), cards
 * moved by dragging them to another column or from the keyboard (Ctrl+→, Ctrl+←, the context menu), and
 * a bar that offers to undo the last move. Dragging is a press-drag-release gesture inside the window.
 */
public final class BoardView extends BorderPane {
    private static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN);
    private final UiContext ctx;
    private final BoardViewModel vm;
    private final Map<ApplicationStatus, ListView<BoardCard>> lists = new EnumMap<>(ApplicationStatus.class);
    private final Label noticeText = new Label();
    private final HBox notice;
    /** The card being dragged, between its drag detection and the release. */
    private BoardCard dragged;

    public BoardView(UiContext ctx, BoardViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
        setId("boardView");
        var m = ctx.messages();
        HBox columns = new HBox(10);
        columns.setPadding(new Insets(10));
        columns.setId("boardColumns");
        for (ApplicationStatus s : ApplicationStatus.values()) {
            columns.getChildren().add(column(s));
        }
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToHeight(true);
        scroll.setId("boardScroll");
        scroll.getStyleClass().add("edge-to-edge");

        Label hint = new Label(m.get("board.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        noticeText.setId("boardNoticeText");
        Button undo = new Button(m.get("board.undo"), new FontIcon(Feather.ROTATE_CCW));
        undo.setId("boardUndo");
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.setOnAction(e -> undoLastMove());
        notice = new HBox(10, new FontIcon(Feather.INFO), noticeText, undo);
        notice.setId("boardNotice");
        notice.setAlignment(Pos.CENTER_LEFT);
        notice.getStyleClass().add("board-notice");
        notice.visibleProperty().bind(vm.lastMove().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox top = new VBox(6, hint, notice);
        top.setPadding(new Insets(10, 10, 0, 10));
        setTop(top);
        setCenter(scroll);
        // a drag ends with the release, wherever it happens
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED,
                e -> javafx.application.Platform.runLater(() -> dragged = null));
    }

    private VBox column(ApplicationStatus s) {
        var m = ctx.messages();
        String name = s.name().toLowerCase(Locale.ROOT);
        Label header = new Label();
        header.setId("boardCount-" + s.name());
        header.getStyleClass().addAll("status-badge", "status-" + name, "board-column-header");
        header.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> m.get("board.column", m.get(s.messageKey()), vm.total(s).get()), vm.total(s)));
        ListView<BoardCard> list = new ListView<>(vm.cards(s));
        list.setId("boardList-" + s.name());
        list.setAccessibleText(m.get(s.messageKey()));
        list.setPlaceholder(new Label(m.get("board.empty_column")));
        list.setCellFactory(v -> {
            CardCell cell = new CardCell(ctx);
            cell.setOnDragDetected(e -> {
                if (cell.getItem() != null) {
                    dragged = cell.getItem();
                    cell.startFullDrag();
                    e.consume();
                }
            });
            return cell;
        });
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            BoardCard card = list.getSelectionModel().getSelectedItem();
            if (card == null) {
                return;
            }
            if (NEXT.match(e) || PREVIOUS.match(e)) {
                BoardViewModel.neighbour(card.status(), NEXT.match(e) ? 1 : -1).ifPresent(to -> move(card, to));
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                ctx.navigator().showApplication(card.applicationId());
                e.consume();
            }
        });
        list.setContextMenu(new ContextMenu());
        list.getContextMenu().setOnShowing(e -> fillMenu(list.getContextMenu(), list.getSelectionModel().getSelectedItem()));
        VBox.setVgrow(list, Priority.ALWAYS);

        Button more = new Button();
        more.setId("boardMore-" + s.name());
        more.getStyleClass().addAll("flat", "small");
        more.setMaxWidth(Double.MAX_VALUE);
        Runnable updateMore = () -> {
            int n = vm.more(s);
            more.setText(m.get("board.more", n));
            more.setVisible(n > 0);
            more.setManaged(n > 0);
        };
        vm.total(s).addListener((obs, o, n) -> updateMore.run());
        vm.cards(s).addListener((javafx.collections.ListChangeListener<BoardCard>) c -> updateMore.run());
        updateMore.run();
        boolean[] loading = new boolean[1];
        Runnable loadMore = () -> {
            if (loading[0] || vm.more(s) <= 0) {
                return;
            }
            loading[0] = true;
            BackgroundTask.wrap(c -> vm.loadMore(s, vm.cards(s).size()))
                    .onSuccess(page -> {
                        loading[0] = false;
                        vm.applyMore(s, page);
                    })
                    .onFailure(x -> {
                        loading[0] = false;
                        fail(x);
                    }).run(ctx.executor());
        };
        more.setOnAction(e -> loadMore.run());
        whenScrolledToEnd(list, loadMore);

        VBox column = new VBox(6, header, list, more);
        column.setId("boardColumn-" + s.name());
        column.getStyleClass().add("board-column");
        column.setMinWidth(200);
        column.setPrefWidth(240);
        column.setOnMouseDragEntered(e -> {
            if (dragged != null && dragged.status() != s) {
                column.getStyleClass().add("board-drop-target");
            }
        });
        column.setOnMouseDragExited(e -> column.getStyleClass().remove("board-drop-target"));
        // a filter: the list's cells consume the release before it would bubble up to the column
        column.addEventFilter(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            column.getStyleClass().remove("board-drop-target");
            BoardCard card = dragged;
            dragged = null;
            if (card != null && card.status() != s) {
                move(card, s);
            }
            e.consume();
        });
        lists.put(s, list);
        return column;
    }

    /**
     * Reads a column's next cards when its list is scrolled to its end, as its "N more" button does (ADR 0081): the
     * list's own scroll bar, found once its skin has made it, at its end after a scroll by the person. (The cells'
     * updates are not watched: a list measuring its cards' heights updates a cell with every card, the last one too.)
     */
    private static void whenScrolledToEnd(ListView<BoardCard> list, Runnable action) {
        list.skinProperty().addListener((obs, old, skin) -> javafx.application.Platform.runLater(() -> {
            for (javafx.scene.Node n : list.lookupAll(".scroll-bar")) {
                if (n instanceof javafx.scene.control.ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL) {
                    bar.valueProperty().addListener((o, was, now) -> {
                        if (now.doubleValue() >= bar.getMax() && now.doubleValue() > was.doubleValue() && bar.isVisible()) {
                            action.run();
                        }
                    });
                }
            }
        }));
    }

    /** The context menu of the selected card: move to any other status, open, archive, and for no answer its two ways out. */
    private void fillMenu(ContextMenu menu, BoardCard card) {
        menu.getItems().clear();
        if (card == null) {
            return;
        }
        var m = ctx.messages();
        Menu moveTo = new Menu(m.get("board.move_to"));
        moveTo.setId("boardMoveTo");
        for (ApplicationStatus s : ApplicationStatus.values()) {
            if (s != card.status()) {
                MenuItem to = new MenuItem(m.get(s.messageKey()));
                to.setId("moveTo-" + s.name());
                to.setOnAction(e -> move(card, s));
                moveTo.getItems().add(to);
            }
        }
        MenuItem next = item("boardMoveNext", m.get("board.move_next"),
                () -> BoardViewModel.neighbour(card.status(), 1).ifPresent(to -> move(card, to)));
        next.setDisable(BoardViewModel.neighbour(card.status(), 1).isEmpty());
        MenuItem previous = item("boardMovePrevious", m.get("board.move_previous"),
                () -> BoardViewModel.neighbour(card.status(), -1).ifPresent(to -> move(card, to)));
        previous.setDisable(BoardViewModel.neighbour(card.status(), -1).isEmpty());
        menu.getItems().addAll(moveTo, next, previous, new SeparatorMenuItem(),
                item("boardOpen", m.get("board.open"), () -> ctx.navigator().showApplication(card.applicationId())),
                item("boardArchive", m.get("board.archive"), () -> run(c -> vm.archive(card),
                        m.get("board.archived", title(card)))));
        if (card.has(BoardCard.Badge.NO_ANSWER)) {
            menu.getItems().addAll(new SeparatorMenuItem(),
                    item("boardFollowUp", m.get("application.no_answer_follow_up"),
                            () -> run(c -> vm.followUp(card), m.get("application.follow_up_set"))),
                    item("boardClose", m.get("application.no_answer_close"), () -> BackgroundTask
                            .wrap(c -> vm.close(card)).onSuccess(this::moved).onFailure(this::fail).run(ctx.executor())));
        }
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }

    private String title(BoardCard card) {
        return card.title() == null ? ctx.messages().get("posting.untitled") : card.title();
    }

    private void move(BoardCard card, ApplicationStatus to) {
        BackgroundTask.wrap(c -> vm.move(card, to)).onSuccess(this::moved).onFailure(this::fail).run(ctx.executor());
    }

    /** After a move: the bar says where the card went and offers the undo; the card stays selected in its new column. */
    private void moved(BoardViewModel.Move move) {
        var m = ctx.messages();
        vm.lastMove().set(move);
        noticeText.setText(m.get("board.moved", m.get(move.to().messageKey()),
                move.title() == null ? m.get("posting.untitled") : move.title()));
        ctx.navigator().applicationChanged(move.applicationId(), move.postingId());
        reload(move.applicationId());
    }

    private void undoLastMove() {
        BoardViewModel.Move move = vm.lastMove().get();
        if (move == null) {
            return;
        }
        BackgroundTask.wrap(c -> vm.undo(move)).onSuccess(view -> {
            vm.lastMove().set(null);
            ctx.taskBar().say(ctx.messages().get("board.undone", ctx.messages().get(view.application().status().messageKey())));
            ctx.navigator().applicationChanged(move.applicationId(), move.postingId());
            reload(move.applicationId());
        }).onFailure(this::fail).run(ctx.executor());
    }

    private <T> void run(BackgroundTask.Work<T> work, String said) {
        BackgroundTask.wrap(work).onSuccess(v -> {
            ctx.taskBar().say(said);
            reload(null);
        }).onFailure(this::fail).run(ctx.executor());
    }

    /** Reads the board again; {@code select} is selected and focused where it now is. */
    /** Coming back to the board: the last move's notice and its Undo belong to the visit that made it. */
    public void opened() {
        vm.lastMove().set(null);
    }

    public void reload(Long select) {
        reload(select, () -> { });
    }

    /**
     * As {@link #reload(Long)}, then runs {@code then} once the cards are given to the columns (or the read failed):
     * the window puts the board back on screen then, so that it is styled once, with its new cards.
     */
    public void reload(Long select, Runnable then) {
        BackgroundTask.wrap(c -> vm.load()).onSuccess(columns -> {
            vm.apply(columns);
            then.run();
            if (select != null) {
                vm.find(select).ifPresent(card -> {
                    ListView<BoardCard> list = lists.get(card.status());
                    list.getSelectionModel().select(card);
                    list.scrollTo(card);
                    list.requestFocus();
                });
            }
        }).onFailure(e -> {
            then.run();
            fail(e);
        }).run(ctx.executor());
    }

    private void fail(Throwable e) {
        Errors.show(ctx.window().get(), e, ctx.messages());
    }
}
