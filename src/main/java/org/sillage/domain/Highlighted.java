package org.sillage.domain;

import java.util.List;

/** A text with the spans a search matched in it, to show them marked. */
public record Highlighted(String text, List<Mark> marks) {
    public Highlighted {
        text = text == null ? "" : text;
        marks = marks == null ? List.of() : List.copyOf(marks);
    }

    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of the text matched a word of the query. */
    public record Mark(int start, int end) {
    }

    /** The text with each match wrapped in {@code open} and {@code close}: "[Éducation] nationale". */
    public String marked(String open, String close) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Mark m : marks) {
            b.append(text, at, m.start()).append(open).append(text, m.start(), m.end()).append(close);
            at = m.end();
        }
        return b.append(text.substring(at)).toString();
    }
}
