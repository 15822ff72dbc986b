package org.sillage.domain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where the window was when it last closed: its position and size (NaN when never saved), whether it
 * was maximised, and the position of each divider by name ("postings", "posting.text"...). Stored as one
 * line of text in the settings.
 */
public record WindowLayout(double x, double y, double width, double height, boolean maximized,
                           Map<String, Double> dividers) {
    public static final WindowLayout NONE = new WindowLayout(Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, Map.of());

    public WindowLayout {
        dividers = Map.copyOf(dividers);
    }

    public boolean hasBounds() {
        return !Double.isNaN(x) && !Double.isNaN(y) && width > 0 && height > 0;
    }

    /** "x,y,width,height,maximized;name=position;..." */
    public String write() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", x, y, width, height, maximized));
        new java.util.TreeMap<>(dividers).forEach((k, v) -> s.append(';').append(k).append('=')
                .append(String.format(Locale.ROOT, "%.4f", v)));
        return s.toString();
    }

    /** Reads what {@link #write} wrote; anything unreadable gives {@link #NONE}. */
    public static WindowLayout read(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        try {
            String[] parts = text.strip().split(";");
            String[] b = parts[0].split(",");
            Map<String, Double> dividers = new LinkedHashMap<>();
            for (int i = 1; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                double v = Double.parseDouble(parts[i].substring(eq + 1));
                if (v > 0 && v < 1) {
                    dividers.put(parts[i].substring(0, eq), v);
                }
            }
            return new WindowLayout(Double.parseDouble(b[0]), Double.parseDouble(b[1]), Double.parseDouble(b[2]),
                    Double.parseDouble(b[3]), Boolean.parseBoolean(b[4]), dividers);
        } catch (RuntimeException e) {
            return NONE;
        }
    }
}
