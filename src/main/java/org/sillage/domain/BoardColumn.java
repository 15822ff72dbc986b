package org.sillage.domain;

import java.util.List;

/**
 * One status's column of the board: the first cards, by next action or deadline (soonest first), and how
 * many cards the status holds in all.
 */
public record BoardColumn(ApplicationStatus status, List<BoardCard> cards, int total) {
    public BoardColumn {
        cards = List.copyOf(cards);
    }

    /** How many cards are not read yet. */
    public int more() {
        return Math.max(0, total - cards.size());
    }
}
