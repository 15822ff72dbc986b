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
        scene.focusOwnerProperty().addListener((obs, old, now) -> name(now));
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
        if (name != null) {
            n.setAccessibleText(name);
        }
    }
}
