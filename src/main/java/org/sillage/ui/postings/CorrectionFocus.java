package org.sillage.ui.postings;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * After a correction the posting is shown again, once at once and once more when the list has reloaded; both
 * times the keyboard goes back to the button of the field that was corrected, unless the user has put it somewhere
 * JavaFX would not have (FocusKeeper alone lost that race on a busy machine).
 */
final class CorrectionFocus {
    private static final long TEN_SECONDS = 10_000_000_000L;

    /** The field button to focus again when the posting is shown after a correction, and until when. */
    private String buttonId;
    private long postingId;
    private long until;
    private int left;

    /** A correction of {@code postingId} starts from the button {@code buttonId}. */
    void expect(long postingId, String buttonId) {
        this.buttonId = buttonId;
        this.postingId = postingId;
        this.until = System.nanoTime() + TEN_SECONDS;
        this.left = 2;
    }

    /**
     * {@code postingId} is shown again in {@code fields}: puts the keyboard back on the corrected field's button
     * if it has fallen where JavaFX puts it when a focused button goes away, or inside {@code screen}.
     */
    void restore(long postingId, Parent fields, Parent screen) {
        if (buttonId == null || this.postingId != postingId || System.nanoTime() > until || left <= 0) {
            buttonId = null;
            return;
        }
        left--;
        String id = buttonId;
        Platform.runLater(() -> {
            Scene scene = fields.getScene();
            Node owner = scene == null ? null : scene.getFocusOwner();
            // where JavaFX puts the keyboard when a focused button goes away: nowhere, the window, or its
            // first control (the seeker menu, the search field); anywhere else in the window was the user's choice
            boolean fallenBack = owner == null || owner == scene.getRoot() || isInside(owner, screen)
                    || owner == firstTraversable(scene.getRoot());
            Node target = fields.lookup("#" + id);
            if (target != null && fallenBack) {
                target.requestFocus();
            }
        });
    }

    /** The first control that can take the keyboard, depth first: where JavaFX puts it when it is lost. */
    private static Node firstTraversable(Parent parent) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (!n.isVisible() || n.isDisabled()) {
                continue;
            }
            if (n.isFocusTraversable()) {
                return n;
            }
            if (n instanceof Parent p) {
                Node found = firstTraversable(p);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean isInside(Node n, Parent parent) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == parent) {
                return true;
            }
        }
        return false;
    }
}
