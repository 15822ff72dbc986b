package org.sillage.ui.shell;

import java.io.File;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;

/** The main window's keyboard shortcuts, and the files and text dropped on it or pasted into the postings. */
final class WindowKeys {
    private WindowKeys() {
    }

    /**
     * Ctrl+F runs {@code showSearch} (every screen), Ctrl+1… fire the menu's screens in order, Esc clears the top
     * bar's filter.
     */
    static void shortcuts(Node root, Runnable showSearch, List<ToggleButton> navs, TextField search) {
        // Ctrl+F opens the one search (every screen), Ctrl+1… show the screens in the menu's order, Esc clears the list's filter
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                showSearch.run();
                e.consume();
                return;
            }
            KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
            for (int i = 0; i < Math.min(digits.length, navs.size()); i++) {
                if (new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN).match(e)) {
                    navs.get(i).fire();
                    navs.get(i).requestFocus();
                    e.consume();
                    return;
                }
            }
            if (e.getCode() == KeyCode.ESCAPE && search.isFocused() && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });
    }

    /** Files dropped anywhere on {@code root}, and files or text pasted in {@code postings}, are imported. */
    static void dropAndPaste(Node root, Node postings, ImportActions imports) {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() || e.getDragboard().hasString() || e.getDragboard().hasHtml()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            var board = e.getDragboard();
            if (board.hasFiles()) {
                imports.importFiles(board.getFiles().stream().map(File::toPath).toList());
                e.setDropCompleted(true);
            } else if (board.hasString() || board.hasHtml()) {
                imports.importClipboard(board.getString(), board.getHtml());
                e.setDropCompleted(true);
            }
            e.consume();
        });
        KeyCombination paste = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
        postings.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (paste.match(e)) {
                var clipboard = javafx.scene.input.Clipboard.getSystemClipboard();
                if (clipboard.hasFiles()) {
                    imports.importFiles(clipboard.getFiles().stream().map(File::toPath).toList());
                } else if (clipboard.hasString() || clipboard.hasHtml()) {
                    imports.importClipboard(clipboard.getString(), clipboard.getHtml());
                }
                e.consume();
            }
        });
    }
}
