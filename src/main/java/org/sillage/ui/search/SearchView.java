package org.sillage.ui.search;

import java.util.function.BiConsumer;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.domain.Highlighted;
import org.sillage.domain.SearchKind;
import org.sillage.domain.SearchResult;
import org.sillage.i18n.Messages;
import org.sillage.service.SearchService;
import org.sillage.ui.shell.UiContext;

/**
 * The one search, over every screen (Ctrl+F): a field, the results best first with the matched words
 * marked, and Enter or a click opens the result in its screen (a posting on the postings screen, an
 * application or a date on the applications screen).
 */
public final class SearchView extends VBox {
    private final UiContext ctx;
    private final SearchViewModel vm;
    private final TextField field = new TextField();
    private final ListView<SearchResult> list = new ListView<>();
    private final CheckBox everyone = new CheckBox();
    private final BiConsumer<Long, Runnable> switchSeeker;
    private Stage stage;

    /**
     * @param switchSeeker makes a job seeker the current one, then runs what follows: a result found in
     *                     another person's record opens in their workspace
     */
    public SearchView(UiContext ctx, BiConsumer<Long, Runnable> switchSeeker) {
        this.ctx = ctx;
        this.switchSeeker = switchSeeker;
        Messages m = ctx.messages();
        this.vm = new SearchViewModel((q, all) -> ctx.services().search().search(q, SearchService.DEFAULT_LIMIT, all),
                ctx.executor(), javafx.application.Platform::runLater);
        everyone.setId("globalSearchEveryone");
        everyone.setText(m.get("search.global.everyone"));
        everyone.setMnemonicParsing(false);
        everyone.setVisible(false);
        everyone.setManaged(false);
        vm.everyone().bind(everyone.selectedProperty());
        setId("globalSearch");
        getStyleClass().add("global-search");
        field.setId("globalSearchField");
        field.setPromptText(m.get("search.global.prompt"));
        field.setAccessibleText(m.get("search.global.prompt"));
        vm.query().bind(field.textProperty());
        list.setId("globalSearchResults");
        list.setAccessibleText(m.get("search.global.results"));
        list.setItems(vm.results());
        list.setCellFactory(v -> new ResultCell(m));
        // the hint wraps and stays inside the list on a narrow window (it was cut with "…" at 800 px)
        Label hint = new Label(m.get("search.global.hint"));
        hint.setWrapText(true);
        hint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        hint.setPadding(new javafx.geometry.Insets(0, 12, 0, 12));
        hint.maxWidthProperty().bind(list.widthProperty().subtract(24));
        list.setPlaceholder(hint);
        Label state = new Label();
        state.setId("globalSearchState");
        state.getStyleClass().add("search-state");
        state.setWrapText(true);
        vm.state().addListener((obs, old, s) -> state.setText(switch (SearchViewModel.State.valueOf(s)) {
            case NONE -> m.get("search.global.none", field.getText().strip());
            case FAILED -> org.sillage.ui.common.Errors.describe(vm.failure(), m);
            default -> ctx.services().search().indexing() ? m.get("search.global.indexing") : "";
        }));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !list.getItems().isEmpty()) {
                open(list.getItems().get(0));
                e.consume();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                open(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() >= 1 && list.getSelectionModel().getSelectedItem() != null) {
                open(list.getSelectionModel().getSelectedItem());
            }
        });
        setSpacing(8);
        setPadding(new Insets(12));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(field, everyone, state, list);
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && stage != null) {
                stage.hide();
                e.consume();
            }
        });
    }

    /** Forgets the words and the results: after a switch to another job seeker (ADR 0023). */
    public void clear() {
        field.clear();
    }

    /** Shows the search over the window, the field focused and its text selected. */
    public void show() {
        show(null);
    }

    /** {@link #show()}, searching {@code words} when given (the words typed in the window's bar). */
    public void show(String words) {
        if (words != null && !words.isBlank()) {
            field.setText(words.strip());
        }
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(ctx.window().get());
            stage.initModality(Modality.NONE);
            stage.setTitle(ctx.messages().get("search.global.title"));
            Scene scene = new Scene(this, 640, 480);
            scene.getStylesheets().setAll(ctx.window().get().getScene().getStylesheets());
            stage.setScene(scene);
            var owner = ctx.window().get();
            stage.setWidth(Math.min(680, owner.getWidth() - 40));
            stage.setHeight(Math.min(520, owner.getHeight() - 60));
            stage.setX(owner.getX() + (owner.getWidth() - stage.getWidth()) / 2);
            stage.setY(owner.getY() + 60);
        }
        // "every job seeker" is offered once there is more than one (an advisor's caseload)
        org.sillage.ui.common.BackgroundTask.wrap(c -> ctx.services().seekers().all().size() > 1)
                .onSuccess(several -> {
                    everyone.setVisible(several);
                    everyone.setManaged(several);
                    if (!several) {
                        everyone.setSelected(false);
                    }
                }).run(ctx.executor());
        stage.show();
        stage.toFront();
        field.requestFocus();
        field.selectAll();
    }

    private void open(SearchResult r) {
        if (stage != null) {
            stage.hide();
        }
        Long current = ctx.services().seekers().current().id();
        if (r.seekerId() != null && !r.seekerId().equals(current)) {
            switchSeeker.accept(r.seekerId(), () -> navigate(r));
        } else {
            navigate(r);
        }
    }

    private void navigate(SearchResult r) {
        if (r.kind() == SearchKind.POSTING) {
            ctx.navigator().showPostings(r.postingId());
        } else if (r.kind() == SearchKind.EVENT) {
            ctx.navigator().showApplicationDates(r.applicationId());
        } else {
            ctx.navigator().showApplication(r.applicationId());
        }
    }

    /** One result: its kind and title (words marked), the organisation, and the text around the words. */
    private static final class ResultCell extends ListCell<SearchResult> {
        private final Messages m;

        ResultCell(Messages m) {
            this.m = m;
        }

        @Override
        protected void updateItem(SearchResult r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Feather icon = switch (r.kind()) {
                case POSTING -> Feather.FILE_TEXT;
                case APPLICATION -> Feather.CHECK_SQUARE;
                case EVENT -> Feather.CALENDAR;
                case NOTE -> Feather.EDIT_3;
                case CONTACT -> Feather.USER;
            };
            Label kind = new Label(m.get(r.kind().messageKey()) + tag(r), new FontIcon(icon));
            kind.getStyleClass().add("search-kind");
            HBox head = new HBox(8, kind);
            if (r.seekerName() != null) {
                Label whose = new Label(r.seekerName(), new FontIcon(Feather.USER));
                whose.setMnemonicParsing(false);
                whose.getStyleClass().add("search-seeker");
                head.getChildren().add(whose);
            }
            TextFlow title = flow(r.title().text().isBlank() ? new Highlighted(m.get("posting.untitled"), null) : r.title(),
                    "search-title");
            if (r.organization() != null) {
                Text org = new Text(" — " + r.organization());
                org.getStyleClass().add("search-organization");
                title.getChildren().add(org);
            }
            VBox box = new VBox(2, head, title);
            if (!r.snippet().text().isBlank()) {
                box.getChildren().add(flow(r.snippet(), "search-snippet"));
            }
            box.setMaxWidth(560);
            title.setMaxWidth(560);
            setText(null);
            setGraphic(box);
            setAccessibleText(m.get(r.kind().messageKey()) + ": " + r.title().text()
                    + (r.seekerName() == null ? "" : " (" + r.seekerName() + ")"));
        }

        private String tag(SearchResult r) {
            if (r.tag() == null) {
                return "";
            }
            String lower = r.tag().toLowerCase(java.util.Locale.ROOT);
            return " · " + m.get(r.kind() == SearchKind.APPLICATION ? "status." + lower : "event." + lower);
        }

        private static TextFlow flow(Highlighted h, String style) {
            TextFlow flow = new TextFlow();
            int at = 0;
            for (Highlighted.Mark mark : h.marks()) {
                flow.getChildren().add(text(h.text().substring(at, mark.start()), style));
                Text hit = text(h.text().substring(mark.start(), mark.end()), style);
                hit.getStyleClass().add("search-hit");
                flow.getChildren().add(hit);
                at = mark.end();
            }
            flow.getChildren().add(text(h.text().substring(at), style));
            return flow;
        }

        private static Text text(String s, String style) {
            Text t = new Text(s);
            t.getStyleClass().add(style);
            return t;
        }
    }
}
