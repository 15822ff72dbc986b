package org.sillage.ui.board;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ApplicationView;
import org.sillage.domain.BoardCard;
import org.sillage.domain.BoardColumn;
import org.sillage.domain.StatusChange;
import org.sillage.service.AppServices;
import org.sillage.service.BoardService;

/**
 * State of the board: one list of cards per status, the count each status holds, and the last move (which
 * the notification bar offers to undo). Worker-thread calls return fresh data; the properties and
 * {@code apply*} belong to the JavaFX thread.
 */
public final class BoardViewModel {
    private final AppServices services;
    private final Map<ApplicationStatus, ObservableList<BoardCard>> cards = new EnumMap<>(ApplicationStatus.class);
    private final Map<ApplicationStatus, IntegerProperty> totals = new EnumMap<>(ApplicationStatus.class);
    private final ObjectProperty<Move> lastMove = new SimpleObjectProperty<>();

    /** A card moved from one status to another by the change {@code changeId}, which an undo takes back. */
    public record Move(long applicationId, long postingId, String title, ApplicationStatus from, ApplicationStatus to,
                       long changeId) {
    }

    public BoardViewModel(AppServices services) {
        this.services = services;
        for (ApplicationStatus s : ApplicationStatus.values()) {
            cards.put(s, FXCollections.observableArrayList());
            totals.put(s, new SimpleIntegerProperty());
        }
    }

    /** Worker thread: every column's count and first page. */
    public List<BoardColumn> load() {
        return services.board().board(BoardService.PAGE);
    }

    /** JavaFX thread. */
    public void apply(List<BoardColumn> columns) {
        for (BoardColumn c : columns) {
            cards.get(c.status()).setAll(c.cards());
            totals.get(c.status()).set(c.total());
        }
    }

    /** Worker thread: the next page of a column, after the {@code shown} cards it already shows. */
    public List<BoardCard> loadMore(ApplicationStatus status, int shown) {
        return services.board().cards(status, shown, BoardService.PAGE);
    }

    /** JavaFX thread. */
    public void applyMore(ApplicationStatus status, List<BoardCard> more) {
        cards.get(status).addAll(more);
    }

    /** How many cards of a status are not shown yet. */
    public int more(ApplicationStatus status) {
        return Math.max(0, totals.get(status).get() - cards.get(status).size());
    }

    /** The status a card goes to when moved one column right ({@code step} 1) or left (-1); none past the ends. */
    public static Optional<ApplicationStatus> neighbour(ApplicationStatus from, int step) {
        int i = from.ordinal() + step;
        ApplicationStatus[] all = ApplicationStatus.values();
        return i < 0 || i >= all.length ? Optional.empty() : Optional.of(all[i]);
    }

    /**
     * Worker thread: moves a card to {@code to} as a status change (with the next action that status
     * proposes), recorded in the timeline so that it can be undone.
     */
    public Move move(BoardCard card, ApplicationStatus to) {
        ApplicationView after = services.applications().changeStatus(card.applicationId(), to, null, null, null);
        StatusChange change = latest(after.history());
        return new Move(card.applicationId(), card.postingId(), card.title(), card.status(), to, change.id());
    }

    private static StatusChange latest(List<StatusChange> history) {
        StatusChange latest = null;
        for (StatusChange c : history) {
            if (!c.isUndone()) {
                latest = c;
            }
        }
        return latest;
    }

    /** Worker thread: takes the move back (the change stays in the timeline, marked undone). */
    public ApplicationView undo(Move move) {
        return services.applications().undo(move.changeId());
    }

    /** Worker thread. */
    public ApplicationView archive(BoardCard card) {
        return services.applications().archive(card.applicationId());
    }

    /** Worker thread: an application with no answer gets a follow-up as its next action, today. */
    public ApplicationView followUp(BoardCard card) {
        return services.applications().followUpNoAnswer(card.applicationId());
    }

    /** Worker thread: an application with no answer is closed (Rejected, noted "no answer"). */
    public Move close(BoardCard card) {
        ApplicationView after = services.applications().closeNoAnswer(card.applicationId());
        return new Move(card.applicationId(), card.postingId(), card.title(), card.status(),
                after.application().status(), latest(after.history()).id());
    }

    /** Where a card is now listed, if shown. */
    public Optional<BoardCard> find(long applicationId) {
        return cards.values().stream().flatMap(List::stream).filter(c -> c.applicationId() == applicationId).findFirst();
    }

    public ObservableList<BoardCard> cards(ApplicationStatus status) {
        return cards.get(status);
    }

    public IntegerProperty total(ApplicationStatus status) {
        return totals.get(status);
    }

    public ObjectProperty<Move> lastMove() {
        return lastMove;
    }
}
