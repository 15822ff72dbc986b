package org.sillage.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sillage.domain.AgendaItem;
import org.sillage.domain.Dashboard;
import org.sillage.store.StatsRepository;
import org.sillage.store.Store;

/** The dashboard's figures: a few aggregate queries, whatever the number of applications. */
public final class DashboardService {
    /** Weeks of sent applications shown, this week included. */
    public static final int WEEKS = 12;
    /** Days ahead of the dated items shown, and how many at most. */
    public static final int UPCOMING_DAYS = 30;
    public static final int UPCOMING_MAX = 8;
    private final Store store;
    private final AgendaService agenda;
    private final Clock clock;

    public DashboardService(Store store, AgendaService agenda, Clock clock) {
        this.store = store;
        this.agenda = agenda;
        this.clock = clock;
    }

    public Dashboard read() {
        LocalDate today = LocalDate.now(clock);
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1L);
        List<AgendaItem> upcoming = agenda.nextOpen(today, today.plusDays(UPCOMING_DAYS), UPCOMING_MAX);
        boolean[] fold = new boolean[1];
        Dashboard d = store.transaction(r -> {
            StatsRepository stats = r.stats();
            fold[0] = stats.tallyRows() > StatsRepository.FOLD_AT;
            Map<LocalDate, Integer> perDay = stats.sentPerDay(firstMonday, today);
            List<Dashboard.WeekCount> weeks = new ArrayList<>(WEEKS);
            for (int w = 0; w < WEEKS; w++) {
                LocalDate monday = firstMonday.plusWeeks(w);
                int n = perDay.entrySet().stream()
                        .filter(e -> !e.getKey().isBefore(monday) && e.getKey().isBefore(monday.plusWeeks(1)))
                        .mapToInt(Map.Entry::getValue).sum();
                weeks.add(new Dashboard.WeekCount(monday, n));
            }
            StatsRepository.Answers answers = stats.answers();
            return new Dashboard(stats.funnel(), weeks, answers.sent(), answers.answered(),
                    median(answers.daysToAnswer()), upcoming, stats.byContract());
        });
        if (fold[0]) {
            foldTally();
        }
        return d;
    }

    /**
     * The postings' tally folded into one row per pair in a transaction of its own, once it has grown (an import,
     * a re-reading): the next reads sum a few rows again. A failure (a full disk) leaves it as it was, still right.
     */
    private void foldTally() {
        try {
            store.transaction(r -> {
                r.stats().foldTally();
                return null;
            });
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(DashboardService.class).warn("The postings' tally could not be folded", e);
        }
    }

    /** The median of values given as counts per value (sorted keys); null when there are none. */
    static Double median(Map<Integer, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return null;
        }
        int lower = (total - 1) / 2;
        int upper = total / 2;
        Integer low = null;
        Integer high = null;
        int seen = 0;
        for (var e : new java.util.TreeMap<>(counts).entrySet()) {
            int next = seen + e.getValue();
            if (low == null && lower < next) {
                low = e.getKey();
            }
            if (upper < next) {
                high = e.getKey();
                break;
            }
            seen = next;
        }
        return (low + high) / 2.0;
    }
}
