package org.sillage.ui.shell;

import java.util.List;

import javafx.geometry.Rectangle2D;
import org.sillage.domain.WindowLayout;

/**
 * Where the window opens: where it was, if that still lies on a screen, shrunk to fit that screen's
 * visible area (without task bars and docks); else centred on the main screen at 1280×800 or less.
 */
public final class WindowPlacement {
    static final double PREFERRED_WIDTH = 1280;
    static final double PREFERRED_HEIGHT = 800;
    /** The smallest window the screens are laid out for. */
    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 480;

    private WindowPlacement() {
    }

    public static Rectangle2D fit(WindowLayout saved, List<Rectangle2D> screens, Rectangle2D primary) {
        if (saved.hasBounds()) {
            for (Rectangle2D screen : screens) {
                if (screen.intersects(saved.x(), saved.y(), saved.width(), saved.height())) {
                    return within(screen, saved.x(), saved.y(), saved.width(), saved.height());
                }
            }
        }
        double w = Math.min(PREFERRED_WIDTH, primary.getWidth());
        double h = Math.min(PREFERRED_HEIGHT, primary.getHeight());
        return within(primary, primary.getMinX() + (primary.getWidth() - w) / 2,
                primary.getMinY() + (primary.getHeight() - h) / 2, w, h);
    }

    private static Rectangle2D within(Rectangle2D screen, double x, double y, double w, double h) {
        double width = Math.min(w, screen.getWidth());
        double height = Math.min(h, screen.getHeight());
        double left = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width));
        double top = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height));
        return new Rectangle2D(left, top, width, height);
    }
}
