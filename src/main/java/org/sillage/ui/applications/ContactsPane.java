package org.sillage.ui.applications;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.domain.Contact;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/**
 * The people of an application: its contacts, a new one written here, or one already met on another
 * application found by name (type, Down, Enter).
 */
final class ContactsPane extends VBox {
    private final UiContext ctx;
    private final ContactsViewModel vm;
    private final VBox rows = new VBox(6);
    private final ListView<Contact> results = new ListView<>();

    ContactsPane(UiContext ctx, ContactsViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
        setId("contacts");
        setSpacing(10);
        setPadding(new Insets(10, 0, 0, 0));
        var m = ctx.messages();
        rows.setId("contactList");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button add = new Button(m.get("contact.new"), new FontIcon(Feather.USER_PLUS));
        add.setId("newContact");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> edit(new Contact(0, null, null, null, null, null)));
        TextField search = new TextField();
        search.setId("contactSearch");
        search.setPromptText(m.get("contact.search_prompt"));
        search.setAccessibleText(m.get("contact.search_prompt"));
        search.textProperty().bindBidirectional(vm.query());
        HBox.setHgrow(search, Priority.ALWAYS);
        vm.query().addListener((obs, old, q) -> BackgroundTask.wrap(c -> vm.search(q))
                .onSuccess(found -> vm.applySearch(q, found)).onFailure(this::fail).run(ctx.executor()));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });
        search.setOnAction(e -> {
            if (results.getItems().size() == 1) {
                link(results.getItems().get(0));
            }
        });
        results.setId("contactResults");
        results.setAccessibleText(m.get("contact.search_prompt"));
        results.setItems(vm.found());
        results.setPrefHeight(120);
        results.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Contact c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : describe(c));
            }
        });
        results.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.found()));
        results.managedProperty().bind(results.visibleProperty());
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
                link(results.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && results.getSelectionModel().getSelectedItem() != null) {
                link(results.getSelectionModel().getSelectedItem());
            }
        });
        Label noMatch = new Label(m.get("contact.no_match"));
        noMatch.setId("contactNoMatch");
        noMatch.getStyleClass().add("text-muted");
        noMatch.visibleProperty().bind(vm.query().isNotEmpty().and(javafx.beans.binding.Bindings.isEmpty(vm.found())));
        noMatch.managedProperty().bind(noMatch.visibleProperty());
        HBox form = new HBox(8, add, search);
        form.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(scroll, form, results, noMatch);
        vm.onApplication().addListener((javafx.collections.ListChangeListener<Contact>) c -> draw());
        draw();
    }

    private static String describe(Contact c) {
        return String.join(" · ", java.util.stream.Stream.of(c.name(), c.role(), c.email(), c.phone())
                .filter(s -> s != null && !s.isBlank()).toList());
    }

    /** Shows the contacts of an application (freshly read). */
    void show(long applicationId, List<Contact> contacts) {
        vm.show(applicationId, contacts);
    }

    private void draw() {
        var m = ctx.messages();
        rows.getChildren().clear();
        if (vm.onApplication().isEmpty()) {
            Label none = new Label(m.get("contact.empty"));
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            rows.getChildren().add(none);
        }
        for (Contact c : vm.onApplication()) {
            Label name = new Label(c.name());
            name.getStyleClass().add("contact-name");
            Label details = new Label(String.join(" · ", java.util.stream.Stream.of(c.role(), c.email(), c.phone())
                    .filter(s -> s != null).toList()));
            details.getStyleClass().add("text-muted");
            details.setWrapText(true);
            VBox text = new VBox(2, name, details);
            if (c.notes() != null) {
                Label notes = new Label(c.notes());
                notes.setWrapText(true);
                notes.setMinHeight(Region.USE_PREF_SIZE);
                text.getChildren().add(notes);
            }
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            text.setMinWidth(120);
            Button edit = new Button(null, new FontIcon(Feather.EDIT_2));
            edit.getStyleClass().addAll("flat", "small");
            edit.setId("editContact-" + c.id());
            edit.setAccessibleText(m.get("contact.edit") + " " + c.name());
            edit.setOnAction(e -> edit(c));
            Button unlink = new Button(null, new FontIcon(Feather.USER_MINUS));
            unlink.getStyleClass().addAll("flat", "small");
            unlink.setId("unlinkContact-" + c.id());
            unlink.setAccessibleText(m.get("contact.unlink", c.name()));
            unlink.setTooltip(new javafx.scene.control.Tooltip(m.get("contact.unlink", c.name())));
            unlink.setOnAction(e -> unlink(c));
            HBox row = new HBox(8, text, edit, unlink);
            row.setId("contact-" + c.id());
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("contact-row");
            rows.getChildren().add(row);
        }
    }

    private void edit(Contact c) {
        var m = ctx.messages();
        BackgroundTask.wrap(x -> c.id() == 0 ? 0 : vm.sharedBy(c.id())).onSuccess(shared ->
                ContactEditor.edit(ctx.window().get(), m, c, shared).ifPresent(typed -> work(
                        id -> c.id() == 0 ? vm.add(id, typed) : vm.update(id, typed),
                        m.get(c.id() == 0 ? "contact.added" : "contact.saved", typed.name().strip()))))
                .onFailure(this::fail).run(ctx.executor());
    }

    /** Takes a contact off the application; when it is on no other, it is deleted, which is asked first. */
    private void unlink(Contact c) {
        var m = ctx.messages();
        BackgroundTask.wrap(x -> vm.sharedBy(c.id())).onSuccess(shared -> {
            if (shared <= 1 && !org.sillage.ui.common.Dialogs.confirmDestructive(ctx.window().get(), m,
                    "deleteContactConfirm", m.get("contact.delete_header", c.name()), m.get("contact.delete_text"),
                    m.get("contact.delete"))) {
                return;
            }
            work(id -> vm.unlink(id, c.id()), m.get("contact.unlinked", c.name()));
        }).onFailure(this::fail).run(ctx.executor());
    }

    private void link(Contact c) {
        vm.query().set("");
        work(id -> vm.link(id, c.id()), ctx.messages().get("contact.added", c.name()));
    }

    private void work(java.util.function.LongFunction<List<Contact>> action, String said) {
        long id = vm.applicationId();
        BackgroundTask.wrap(c -> action.apply(id)).onSuccess(list -> {
            if (vm.applicationId() == id) {
                vm.show(id, list);
            }
            ctx.taskBar().say(said);
        }).onFailure(this::fail).run(ctx.executor());
    }

    private void fail(Throwable e) {
        Errors.show(ctx.window().get(), e, ctx.messages());
    }
}
