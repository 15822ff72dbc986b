package org.sillage.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.BoardCard;
import org.sillage.domain.BoardColumn;
import org.sillage.service.AppServices;
import org.sillage.service.BoardService;

/**
 * What the board costs on a large folder (ADR 0017), through the services in one process: the board's
 * reads (the counts by one group-by, the first page of each status's column with its badges), the next
 * page of the largest column, a move and what is read again after it, and its undo. Each is timed the
 * first time (cold) and as the median of five more. The board screen's own layout is not measured here:
 * its lists are virtualised, so it lays out the cards on screen, not the page read.
 *
 * <pre>
 * java -cp target/sillage.jar org.sillage.bench.DataGenerator /tmp/s20k 20000 5000
 * java -cp target/sillage.jar org.sillage.bench.BoardBench /tmp/s20k
 * </pre>
 */
public final class BoardBench {
    private static final int AGAIN = 5;

    private BoardBench() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: BoardBench FOLDER");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        List<String> rows = new ArrayList<>();
        try (AppServices services = AppServices.open(folder)) {
            List<BoardColumn> board = new ArrayList<>();
            rows.add(timed("board (counts + first pages)", () -> {
                board.clear();
                board.addAll(services.board().board(BoardService.PAGE));
                int cards = board.stream().mapToInt(c -> c.cards().size()).sum();
                int total = board.stream().mapToInt(BoardColumn::total).sum();
                return cards + " cards of " + total;
            }));
            rows.add(timed("counts by status (group-by)", () -> services.board().counts().size() + " statuses"));
            BoardColumn largest = board.stream().max(java.util.Comparator.comparingInt(BoardColumn::total)).orElseThrow();
            rows.add(timed("next page of " + largest.status().name().toLowerCase(Locale.ROOT),
                    () -> services.board().cards(largest.status(), BoardService.PAGE, BoardService.PAGE).size() + " cards"));
            rows.add(timed("last page of " + largest.status().name().toLowerCase(Locale.ROOT),
                    () -> services.board().cards(largest.status(), Math.max(0, largest.total() - BoardService.PAGE),
                            BoardService.PAGE).size() + " cards"));
            BoardCard card = board.stream().filter(c -> c.status() == ApplicationStatus.APPLIED)
                    .flatMap(c -> c.cards().stream()).findFirst().orElse(null);
            if (card != null) {
                List<Double> moves = new ArrayList<>();
                List<Double> undos = new ArrayList<>();
                for (int i = 0; i < AGAIN + 1; i++) {
                    long[] change = new long[1];
                    moves.add(time(() -> {
                        var after = services.applications().changeStatus(card.applicationId(), ApplicationStatus.INTERVIEW,
                                null, null, null);
                        change[0] = after.history().get(after.history().size() - 1).id();
                        services.board().board(BoardService.PAGE);
                    }));
                    undos.add(time(() -> {
                        services.applications().undo(change[0]);
                        services.board().board(BoardService.PAGE);
                    }));
                }
                rows.add(row("move + board read again", moves.get(0), "then " + median(moves.subList(1, moves.size()))));
                rows.add(row("undo + board read again", undos.get(0), "then " + median(undos.subList(1, undos.size()))));
            }
            System.gc();
            rows.add(String.format(Locale.ROOT, "%-32s %12d bytes", "heap used after GC",
                    Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()));
        }
        System.out.println("Sillage board bench — " + folder);
        rows.forEach(System.out::println);
    }

    private static String timed(String what, java.util.function.Supplier<String> work) {
        String[] note = new String[1];
        double first = time(() -> note[0] = work.get());
        List<Double> again = new ArrayList<>();
        for (int i = 0; i < AGAIN; i++) {
            again.add(time(work::get));
        }
        return row(what, first, "then " + median(again) + "  " + note[0]);
    }

    private static String median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%.1f ms", sorted.get(sorted.size() / 2));
    }

    private static double time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1e6;
    }

    private static String row(String what, double ms, String note) {
        return String.format(Locale.ROOT, "%-32s %10.1f ms  %s", what, ms, note);
    }
}
