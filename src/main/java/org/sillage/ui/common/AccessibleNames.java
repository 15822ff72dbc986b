package org.sillage.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;

/**
 * Gives every control that takes the focus a name for screen readers: the one set on it, else its
 * words, its prompt or its tooltip. A control with none of these (an icon without a tooltip) stays
 * nameless, and the Tab walk test finds it.
 */
public final class AccessibleNames {
    private AccessibleNames() {
    }

    /** Names each control of {@code scene} as it gets the focus. */
    public static void install(Scene scene) {
        if (scene.getProperties().putIfAbsent(AccessibleNames.class, Boolean.TRUE) == null) {
            scene.focusOwnerProperty().addListener((obs, old, now) -> name(now));
        }
    }

    /** The same for every window the application opens: dialogs, alerts, choosers built by JavaFX. */
    public static void installEverywhere() {
        javafx.stage.Window.getWindows().addListener((javafx.collections.ListChangeListener<javafx.stage.Window>) c -> {
            while (c.next()) {
                for (javafx.stage.Window w : c.getAddedSubList()) {
                    if (w.getScene() != null) {
                        install(w.getScene());
                    }
                    w.sceneProperty().addListener((obs, old, now) -> {
                        if (now != null) {
                            install(now);
                        }
                    });
                }
            }
        });
        javafx.stage.Window.getWindows().forEach(w -> {
            if (w.getScene() != null) {
                install(w.getScene());
            }
        });
    }

    public static void name(Node n) {
        if (n == null || n.getAccessibleText() != null && !n.getAccessibleText().isBlank()) {
            return;
        }
        String name = null;
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            name = l.getText();
        } else if (n instanceof TextInputControl t && t.getPromptText() != null && !t.getPromptText().isBlank()) {
            name = t.getPromptText();
        } else if (n instanceof ComboBoxBase<?> c && c.getPromptText() != null && !c.getPromptText().isBlank()) {
            name = c.getPromptText();
        }
        if (name == null && n instanceof Control c && c.getTooltip() != null) {
            name = c.getTooltip().getText();
        }
        if (name == null) {
            name = rowLabel(n);
        }
        if (name != null) {
            n.setAccessibleText(name);
        }
    }

    /**
     * A field in a form: the label that names it ({@code labelFor}), else the label at the start of its
     * row when the form is a grid (Settings, the event form). Spinners and combo boxes focus an inner
     * editor, so the search climbs to the control that sits in the grid.
     */
    private static String rowLabel(Node focused) {
        for (Node n = focused; n != null && n.getParent() != null; n = n.getParent()) {
            if (n.getParent() instanceof javafx.scene.layout.GridPane grid) {
                Integer row = javafx.scene.layout.GridPane.getRowIndex(n);
                Integer col = javafx.scene.layout.GridPane.getColumnIndex(n);
                for (Node other : grid.getChildren()) {
                    if (other instanceof javafx.scene.control.Label l && l.getLabelFor() == n) {
                        return l.getText();
                    }
                }
                if (col != null && col > 0) {
                    for (Node other : grid.getChildren()) {
                        if (other instanceof javafx.scene.control.Label l
                                && java.util.Objects.equals(javafx.scene.layout.GridPane.getRowIndex(l), row)
                                && java.util.Objects.equals(javafx.scene.layout.GridPane.getColumnIndex(l), 0)
                                && l.getText() != null && !l.getText().isBlank()) {
                            return l.getText();
                        }
                    }
                }
                return null;
            }
        }
        return null;
    }
}
