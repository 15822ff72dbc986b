package org.sillage.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Keeps the keyboard where the user was. When the focused control goes away by itself (its pane is
 * rebuilt after a change, or it becomes disabled, as "Apply" does once the status is applied), the focus
 * goes back to the control that now has the same id, else to the nearest control around it that can
 * take it, instead of falling to the window or to the first control of the screen.
 */
public final class FocusKeeper {
    private FocusKeeper() {
    }

    public static void install(Scene scene) {
        scene.focusOwnerProperty().addListener((obs, old, now) -> {
            // the focus never goes to nothing by the user's hand: a removed control takes it away with it
            if (old != null && (now == null || lostByItself(old, scene))) {
                restore(scene, old, now);
            }
        });
    }

    private static boolean lostByItself(Node old, Scene scene) {
        return old.getScene() != scene || old.isDisabled() || !old.isVisible() || !inTree(old, scene);
    }

    private static boolean inTree(Node n, Scene scene) {
        Node top = n;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        return top == scene.getRoot();
    }

    /**
     * After every layout pulse for ten seconds, while the reloads a change starts land (a pane is often
     * drawn again a moment later), as long as the focus is still where JavaFX put it and the user has not
     * moved it.
     */
    private static void restore(Scene scene, Node old, Node picked) {
        long until = System.nanoTime() + 10_000_000_000L; // a reload on a busy machine took over 5 s
        Node[] placed = {picked};
        boolean[] first = {true};
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            Node owner = scene.getFocusOwner();
            if (first[0] || placed[0] == null) {
                // no user input comes between the loss and these first moments: what holds the focus
                // now is where JavaFX put it (the first control of the window, often)
                placed[0] = owner;
                first[0] = false;
            }
            boolean untouched = owner == null || owner == placed[0] || owner == scene.getRoot()
                    || lostByItself(owner, scene);
            Node target = untouched ? target(scene, old) : null;
            if (target != null) {
                target.requestFocus();
            }
            if (!untouched || target != null || System.nanoTime() > until) {
                scene.removePostLayoutPulseListener(self[0]);
            }
        };
        scene.addPostLayoutPulseListener(self[0]);
        javafx.application.Platform.requestNextPulse();
    }

    private static Node target(Scene scene, Node old) {
        if (old.getId() != null) {
            Node same = scene.lookup("#" + old.getId());
            if (same != null && canTake(same, scene)) {
                return same;
            }
        }
        for (Parent p = old.getParent(); p != null; p = p.getParent()) {
            if (!inTree(p, scene)) {
                continue;
            }
            Node first = firstFocusable(p, scene);
            if (first != null) {
                return first;
            }
        }
        return null;
    }

    private static Node firstFocusable(Parent parent, Scene scene) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (canTake(child, scene)) {
                return child;
            }
            if (child instanceof Parent p && child.isVisible() && !child.isDisabled()) {
                Node inner = firstFocusable(p, scene);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static boolean canTake(Node n, Scene scene) {
        return n.isFocusTraversable() && !n.isDisabled() && n.isVisible() && inTree(n, scene);
    }
}
