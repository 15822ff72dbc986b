package org.sillage.ui.shell;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.scene.control.SplitPane;

/**
 * The positions of the window's dividers, by name, kept while the window is open (a change of language
 * rebuilds the screens and keeps them) and saved with the window's layout when it closes.
 */
public final class Dividers {
    private final Map<String, Double> positions = new LinkedHashMap<>();

    public Dividers(Map<String, Double> saved) {
        positions.putAll(saved);
    }

    /** Places the (first) divider of {@code pane} where it was last, else at {@code dflt}, and follows it. */
    public void remember(String name, SplitPane pane, double dflt) {
        pane.setDividerPositions(positions.getOrDefault(name, dflt));
        pane.getDividers().get(0).positionProperty().addListener((obs, old, now) -> {
            double v = now.doubleValue();
            if (v > 0.05 && v < 0.95) {
                positions.put(name, v);
            }
        });
    }

    public Map<String, Double> positions() {
        return Map.copyOf(positions);
    }
}
