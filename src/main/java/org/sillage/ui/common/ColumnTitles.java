package org.sillage.ui.common;

import javafx.scene.control.TableColumnBase;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A table column too narrow for its whole title (an 800 × 600 window) shows a short one ("Sent", not
 * "Applied on" cut to "Appli…"), and the whole one again when widened. The column keeps a text, so the
 * table's column chooser still lists it.
 */
public final class ColumnTitles {
    /** Room the header takes beside its title: padding and the sort arrow. */
    private static final double HEADER_MARGIN = 30;

    private ColumnTitles() {
    }

    /**
     * Shows {@code whole} while it fits the column's width, else {@code brief}; the column is never made
     * narrower than {@code brief} (nor than {@code minimum}).
     */
    public static void fit(TableColumnBase<?, ?> column, String whole, String brief, double minimum) {
        double needed = width(whole);
        column.setMinWidth(Math.max(minimum, width(brief)));
        column.setText(whole);
        column.widthProperty().addListener((obs, old, width) ->
                column.setText(width.doubleValue() >= needed ? whole : brief));
    }

    private static double width(String title) {
        Text probe = new Text(title);
        probe.setFont(Font.font(Font.getDefault().getFamily(), javafx.scene.text.FontWeight.BOLD, Font.getDefault().getSize()));
        return Math.ceil(probe.getLayoutBounds().getWidth() + HEADER_MARGIN);
    }
}
