package org.sillage.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;

import org.sillage.domain.Agenda;
import org.sillage.domain.AgendaItem;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.BoardCard;
import org.sillage.domain.BoardCard.Badge;
import org.sillage.domain.BoardColumn;
import org.sillage.domain.NextActions;
import org.sillage.store.Repositories;
import org.sillage.store.Store;

/**
 * The board (ADR 0017): one column per status with its count and its first cards, and the badges of each
 * card (expired, follow-up due, documents missing, no answer). A column is read a page at a time: the
 * board never reads every application. Moving a card is a status change ({@link ApplicationService}).
 */
public final class BoardService {
    /** How many cards a column shows before its "N more". */
    public static final int PAGE = 30;

    private final Store store;
    private final Clock clock;
    private final IntSupplier noAnswerDays;

    public BoardService(Store store, Clock clock, IntSupplier noAnswerDays) {
        this.store = store;
        this.clock = clock;
        this.noAnswerDays = noAnswerDays;
    }

    /** Every status's column with its first {@code perColumn} cards, in one transaction. */
    public List<BoardColumn> board(int perColumn) {
        int days = noAnswerDays.getAsInt();
        ZonedDateTime now = ZonedDateTime.now(clock);
        return store.transaction(r -> {
            Map<ApplicationStatus, Integer> counts = r.board().counts();
            List<BoardColumn> columns = new ArrayList<>();
            for (ApplicationStatus s : ApplicationStatus.values()) {
                int total = counts.getOrDefault(s, 0);
                List<BoardCard> cards = total == 0 ? List.of() : withBadges(r, s, r.board().cards(s, 0, perColumn), now, days);
                columns.add(new BoardColumn(s, cards, total));
            }
            return columns;
        });
    }

    /** The cards of one status from {@code offset}: the next page of a column ("N more"). */
    public List<BoardCard> cards(ApplicationStatus status, int offset, int limit) {
        int days = noAnswerDays.getAsInt();
        ZonedDateTime now = ZonedDateTime.now(clock);
        return store.transaction(r -> withBadges(r, status, r.board().cards(status, offset, limit), now, days));
    }

    /** How many applications each status holds (archived ones left out). */
    public Map<ApplicationStatus, Integer> counts() {
        return store.transaction(r -> r.board().counts());
    }

    private List<BoardCard> withBadges(Repositories r, ApplicationStatus status, List<BoardCard> cards,
                                       ZonedDateTime now, int noAnswerDays) {
        if (cards.isEmpty()) {
            return cards;
        }
        List<Long> ids = cards.stream().map(BoardCard::applicationId).toList();
        boolean beforeSending = status == ApplicationStatus.SAVED || status == ApplicationStatus.PREPARING;
        Set<Long> missing = beforeSending ? r.board().documentsMissing(ids) : Set.of();
        Set<Long> followUp = new java.util.HashSet<>();
        if (status == ApplicationStatus.APPLIED) {
            for (AgendaItem f : r.board().openFollowUps(ids, status, now.toLocalDate().plusDays(1), clock.getZone())) {
                if (Agenda.needsFollowUp(status, f, now)) {
                    followUp.add(f.applicationId());
                }
            }
        }
        LocalDate today = now.toLocalDate();
        List<BoardCard> out = new ArrayList<>(cards.size());
        for (BoardCard c : cards) {
            Set<Badge> badges = EnumSet.noneOf(Badge.class);
            if (beforeSending && c.deadlineDue() != null && c.deadlineDue().isBefore(now)) {
                badges.add(Badge.EXPIRED);
            }
            if (followUp.contains(c.applicationId())) {
                badges.add(Badge.FOLLOW_UP_DUE);
            }
            if (missing.contains(c.applicationId())) {
                badges.add(Badge.DOCUMENTS_MISSING);
            }
            if (NextActions.noAnswer(status, c.appliedOn(), today, noAnswerDays)) {
                badges.add(Badge.NO_ANSWER);
            }
            out.add(c.withBadges(badges));
        }
        return out;
    }
}
