package org.sillage.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.sillage.domain.ApplicationColumn;
import org.sillage.domain.ApplicationFilter;
import org.sillage.domain.ApplicationRow;
import org.sillage.domain.ApplicationSort;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ContractType;
import org.sillage.domain.PostingFilter;
import org.sillage.domain.PostingSummary;
import org.sillage.service.AppServices;

/**
 * What the applications table, the applications screen and the postings list read when they open, when
 * the order changes and when a filter changes, on a folder made by {@link DataGenerator} (ADR 0018). Each
 * read is what the screen asks for: a page of 100 rows (200 for the postings) and the count. Each line:
 * the first run (cold), then the median and the largest of {@value #RUNS} more.
 *
 * <pre>
 * java -cp target/sillage.jar org.sillage.bench.DataGenerator /tmp/s20k 20000 5000
 * java -cp target/sillage.jar org.sillage.bench.TableBench /tmp/s20k
 * </pre>
 */
public final class TableBench {
    private static final int RUNS = 7;
    private static final int PAGE = 100;

    private TableBench() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: TableBench FOLDER");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        List<String> lines = new ArrayList<>();
        try (AppServices s = AppServices.open(folder)) {
            var table = s.table();
            LocalDate today = table.today();
            lines.add(measure("table: first page + count", () -> firstPage(s, ApplicationFilter.NONE, ApplicationSort.NEWEST)));
            for (ApplicationColumn c : ApplicationColumn.values()) {
                for (boolean asc : new boolean[] {true, false}) {
                    var sort = new ApplicationSort(c, asc);
                    lines.add(measure("table: sort " + c.name().toLowerCase(Locale.ROOT) + (asc ? " asc" : " desc"),
                            () -> firstPage(s, ApplicationFilter.NONE, sort)));
                }
            }
            var filters = new java.util.LinkedHashMap<String, ApplicationFilter>();
            filters.put("status applied+interview", ApplicationFilter.NONE.withStatuses(
                    EnumSet.of(ApplicationStatus.APPLIED, ApplicationStatus.INTERVIEW)));
            filters.put("deadline next 30 days", ApplicationFilter.NONE.withDeadline(today, today.plusDays(30)));
            filters.put("expired only", ApplicationFilter.NONE.withExpiredOnly(true));
            filters.put("contract CDI", ApplicationFilter.NONE.withContractTypes(Set.of(ContractType.CDI)));
            filters.put("organisation 'croix'", ApplicationFilter.NONE.withOrganization("croix"));
            filters.put("all of these but expired", ApplicationFilter.NONE.withStatuses(EnumSet.of(ApplicationStatus.SAVED,
                            ApplicationStatus.APPLIED)).withDeadline(today.minusDays(365), today.plusDays(365))
                    .withContractTypes(Set.of(ContractType.CDI, ContractType.CDD)).withOrganization("e"));
            for (var f : filters.entrySet()) {
                lines.add(measure("table: filter " + f.getKey(), () -> firstPage(s, f.getValue(), ApplicationSort.NEWEST)));
            }
            var byDeadline = new ApplicationSort(ApplicationColumn.DEADLINE, true);
            lines.add(measure("table: filter 30 days, by deadline", () -> firstPage(s, filters.get("deadline next 30 days"), byDeadline)));
            int total = table.count(ApplicationFilter.NONE);
            lines.add(measure("table: last page (offset " + Math.max(0, total - PAGE) + ")",
                    () -> table.page(ApplicationFilter.NONE, new ApplicationSort(ApplicationColumn.TITLE, true),
                            Math.max(0, total - PAGE), PAGE).size() + " rows"));
            lines.add(measure("applications screen: first page", () -> {
                List<ApplicationRow> rows = table.page(ApplicationFilter.NONE, ApplicationSort.NEWEST, 0, PAGE);
                s.agenda().flagsOf(rows.stream().map(ApplicationRow::applicationId).toList());
                return rows.size() + " rows of " + table.count(ApplicationFilter.NONE);
            }));
            lines.add(measure("applications screen: search 'comptable'", () -> {
                var f = ApplicationFilter.NONE.withWords("comptable");
                List<ApplicationRow> rows = table.page(f, ApplicationSort.NEWEST, 0, PAGE);
                s.agenda().flagsOf(rows.stream().map(ApplicationRow::applicationId).toList());
                return rows.size() + " rows of " + table.count(f);
            }));
            for (PostingFilter.Order o : PostingFilter.Order.values()) {
                for (PostingFilter f : List.of(PostingFilter.NONE.withOrder(o), PostingFilter.NONE.withOrder(o).withNotTracked(true),
                        PostingFilter.NONE.withOrder(o).withDeadline(PostingFilter.DeadlineState.OPEN),
                        PostingFilter.NONE.withOrder(o).withDeadline(PostingFilter.DeadlineState.CLOSED))) {
                    String name = "postings: " + o.name().toLowerCase(Locale.ROOT) + (f.notTracked() ? ", not tracked" : "")
                            + (f.deadline() == PostingFilter.DeadlineState.ANY ? "" : ", " + f.deadline().name().toLowerCase(Locale.ROOT));
                    lines.add(measure(name, () -> {
                        List<PostingSummary> page = s.postings().page(f, null, 200);
                        return page.size() + " rows of " + s.postings().count(f);
                    }));
                }
                lines.add(measure("postings: " + o.name().toLowerCase(Locale.ROOT) + ", 50th page", () -> {
                    PostingSummary after = null;
                    List<PostingSummary> page = List.of();
                    for (int i = 0; i < 50; i++) {
                        page = s.postings().page(PostingFilter.NONE.withOrder(o), after, 200);
                        if (page.isEmpty()) {
                            break;
                        }
                        after = page.get(page.size() - 1);
                    }
                    return "50 pages read, the last " + page.size() + " rows (time / 50 for one)";
                }));
            }
        }
        System.out.println("Sillage table bench — " + folder);
        lines.forEach(System.out::println);
    }

    private static String firstPage(AppServices s, ApplicationFilter f, ApplicationSort sort) {
        List<ApplicationRow> rows = s.table().page(f, sort, 0, PAGE);
        return rows.size() + " rows of " + s.table().count(f);
    }

    private static String measure(String what, Supplier<String> work) {
        String[] note = new String[1];
        double first = time(() -> note[0] = work.get());
        List<Double> again = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            again.add(time(work::get));
        }
        Collections.sort(again);
        return String.format(Locale.ROOT, "%-44s %8.1f ms first, %7.1f ms median, %7.1f ms max   %s", what, first,
                again.get(RUNS / 2), again.get(RUNS - 1), note[0]);
    }

    private static double time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1e6;
    }
}
