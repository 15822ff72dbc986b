package org.sillage.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javafx.collections.transformation.SortedList;
import org.sillage.domain.ApplicationEvent;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.CaseloadRow;
import org.sillage.domain.DocumentState;
import org.sillage.domain.EventKind;
import org.sillage.domain.NextAction;
import org.sillage.domain.PostingFields;
import org.sillage.domain.Seeker;
import org.sillage.i18n.Messages;
import org.sillage.service.AppServices;
import org.sillage.store.ChecklistRepository.NewItem;
import org.sillage.store.PostingRepository.NewPosting;
import org.sillage.store.Store;
import org.sillage.ui.caseload.CaseloadViewModel;

/**
 * The caseload at scale (issue 9, ADR 0023): a folder of N job seekers with M applications each (postings
 * shared from a pool, status changes, follow-ups, checklists, sessions and actions), then what the caseload
 * screen costs: its open (the aggregate queries and the view model) and its filter (a name typed letter by
 * letter, "with alerts only", "show ended support"), as p50/p95. Measured, not asserted.
 *
 * <pre>java -cp target/sillage.jar org.sillage.bench.CaseloadBench /tmp/caseload 300 30</pre>
 * A folder that already holds a caseload is measured as it is.
 */
public final class CaseloadBench {
    private static final String[] FIRST = {"Amina", "Brahim", "Chloé", "David", "Élodie", "Fatou", "Grégoire", "Hanna",
        "Ibrahim", "Julie", "Karim", "Léa", "Mehdi", "Nadia", "Olivier", "Pauline", "Quentin", "Rania", "Samir", "Théo",
        "Ursule", "Victor", "Wassila", "Xavier", "Yasmine", "Zoé"};
    private static final String[] LAST = {"Koné", "Benali", "Martin", "Dubois", "Nguyen", "Diallo", "Lefebvre", "Moreau",
        "Haddad", "Fontaine", "Rousseau", "Vincent", "Girard", "Bonnet", "Dupont", "Lambert", "Mercier", "Blanc"};
    private static final int ROUNDS = 30;

    private CaseloadBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: CaseloadBench FOLDER [SEEKERS] [APPLICATIONS_PER_SEEKER]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int seekers = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int per = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        if (!Files.exists(folder.resolve("sillage.mv.db"))) {
            long t = System.nanoTime();
            generate(folder, seekers, per, 23);
            System.out.printf(Locale.ROOT, "generated %d seekers x %d applications in %.1f s%n", seekers, per,
                    (System.nanoTime() - t) / 1e9);
        }
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        try (AppServices services = AppServices.open(folder)) {
            services.postings().awaitSearchIndex(); // a rebuild at opening would take the processor meanwhile
            List<Double> queries = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                queries.add(time(() -> services.caseload().rows()));
            }
            List<Double> open = new ArrayList<>();
            CaseloadViewModel[] vm = new CaseloadViewModel[1];
            int[] shown = new int[1];
            for (int i = 0; i < ROUNDS; i++) {
                open.add(time(() -> {
                    vm[0] = new CaseloadViewModel(services.caseload(), messages);
                    vm[0].apply(vm[0].load());
                    SortedList<CaseloadRow> sorted = new SortedList<>(vm[0].shown(),
                            java.util.Comparator.comparing(CaseloadRow::name));
                    shown[0] = sorted.size();
                }));
            }
            CaseloadViewModel model = vm[0];
            SortedList<CaseloadRow> sorted = new SortedList<>(model.shown(), java.util.Comparator.comparing(CaseloadRow::name));
            List<Double> filter = new ArrayList<>();
            Random random = new Random(5);
            int alerts = (int) model.rows().stream().filter(r -> !r.alerts().isEmpty()).count();
            for (int i = 0; i < ROUNDS; i++) {
                String name = model.rows().get(random.nextInt(model.rows().size())).name();
                for (int n = 1; n <= Math.min(6, name.length()); n++) {
                    String typed = name.substring(0, n);
                    filter.add(time(() -> {
                        model.filter().set(typed);
                        sorted.size();
                    }));
                }
                filter.add(time(() -> model.filter().set("")));
                filter.add(time(() -> model.alertsOnly().set(!model.alertsOnly().get())));
                filter.add(time(() -> model.showEnded().set(!model.showEnded().get())));
            }
            System.out.println("Sillage caseload bench — " + folder);
            System.out.printf(Locale.ROOT, "%d seekers (%d shown, %d with alerts)%n", model.rows().size(), shown[0], alerts);
            System.out.printf(Locale.ROOT, "caseload queries alone: first %.1f ms, p50 %.1f ms, p95 %.1f ms (%d runs)%n",
                    queries.get(0), percentile(queries.subList(1, queries.size()), 50),
                    percentile(queries.subList(1, queries.size()), 95), ROUNDS);
            System.out.printf(Locale.ROOT, "caseload open (queries + view model): first %.1f ms, p50 %.1f ms, p95 %.1f ms (%d runs)%n",
                    open.get(0), percentile(open.subList(1, open.size()), 50), percentile(open.subList(1, open.size()), 95), ROUNDS);
            System.out.printf(Locale.ROOT, "filter (typed letters, alerts only, ended): p50 %.2f ms, p95 %.2f ms, max %.2f ms (%d changes)%n",
                    percentile(filter, 50), percentile(filter, 95), Collections.max(filter), filter.size());
        }
    }

    /** Fills a new folder: the seekers, a pool of postings, applications, then sessions and actions. */
    static void generate(Path folder, int seekers, int per, long seed) throws Exception {
        Random random = new Random(seed);
        LocalDate today = LocalDate.now();
        Instant now = Instant.now();
        int pool = Math.max(per * 2, seekers * per / 3);
        List<Long> ids = new ArrayList<>();
        try (Store store = Store.open(folder)) {
            List<Long> postings = new ArrayList<>();
            for (int from = 0; from < pool; from += 500) {
                int to = Math.min(pool, from + 500);
                int first = from;
                store.run(r -> {
                    for (int i = first; i < to; i++) {
                        LocalDate deadline = random.nextInt(8) == 0 ? null : today.plusDays(random.nextInt(120) - 40);
                        String title = DataGenerator.ROLES_FR[random.nextInt(DataGenerator.ROLES_FR.length)] + " (réf. " + i + ")";
                        String text = title + "\n" + DataGenerator.ORGS[random.nextInt(DataGenerator.ORGS.length)]
                                + "\nCV et lettre de motivation. Candidatures jusqu'au " + deadline + ".\n";
                        postings.add(r.postings().insert(new NewPosting(text, "caseload-" + i, "c" + i + ".txt", "TEXT", null,
                                now.minus(60, ChronoUnit.DAYS), PostingFields.builder().title(title).deadline(deadline).build(),
                                AppServices.defaultExtractor().version())));
                    }
                });
            }
            for (int s = 0; s < seekers; s++) {
                String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)] + " " + (s + 1);
                store.run(r -> {
                    Seeker seeker = r.candidate().add(new Seeker.Details(name, null, null, null, null, null, null, "fr",
                            today.minusDays(90), "CV, candidatures"), now.minus(120, ChronoUnit.DAYS));
                    ids.add(seeker.id());
                    if (random.nextInt(20) == 0) {
                        r.candidate().close(seeker.id(), now.minus(10, ChronoUnit.DAYS));
                    }
                    var theirs = r.forCandidate(seeker.id());
                    List<Long> chosen = new ArrayList<>(postings);
                    Collections.shuffle(chosen, random);
                    for (long posting : chosen.subList(0, per)) {
                        application(theirs, posting, random, now, today);
                    }
                });
            }
        }
        // sessions and actions: their repository belongs to the sessions work; plain SQL here
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("sillage").toAbsolutePath(), "sa", "");
             PreparedStatement session = c.prepareStatement("insert into support_session (candidate_id, held_on, "
                     + "duration_minutes, notes, created_at, changed_at) values (?, ?, 45, 'notes', ?, ?)");
             PreparedStatement action = c.prepareStatement("insert into support_action (candidate_id, what, owner, due_on, "
                     + "state, created_at, changed_at) values (?, 'Relancer', 'SEEKER', ?, ?, ?, ?)")) {
            for (long id : ids) {
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    LocalDate held = today.minusDays(random.nextInt(60));
                    var at = held.atStartOfDay().atOffset(ZoneOffset.UTC);
                    session.setLong(1, id);
                    session.setObject(2, held);
                    session.setObject(3, at);
                    session.setObject(4, at);
                    session.addBatch();
                }
                for (int k = 0; k < 2 + random.nextInt(5); k++) {
                    var at = now.minus(random.nextInt(40), ChronoUnit.DAYS).atOffset(ZoneOffset.UTC);
                    action.setLong(1, id);
                    action.setObject(2, today.plusDays(random.nextInt(30) - 15));
                    action.setString(3, random.nextInt(3) == 0 ? "DONE" : "TODO");
                    action.setObject(4, at);
                    action.setObject(5, at);
                    action.addBatch();
                }
            }
            session.executeBatch();
            action.executeBatch();
        }
    }

    private static void application(org.sillage.store.Repositories r, long posting, Random random, Instant now, LocalDate today) {
        Instant created = now.minus(5 + random.nextInt(90), ChronoUnit.DAYS);
        long id = r.applications().insert(posting, ApplicationStatus.SAVED, created);
        r.applications().insertChange(id, null, ApplicationStatus.SAVED, created, null);
        ApplicationStatus[] path = {ApplicationStatus.PREPARING, ApplicationStatus.APPLIED, ApplicationStatus.INTERVIEW,
            random.nextBoolean() ? ApplicationStatus.REJECTED : ApplicationStatus.OFFER};
        int steps = random.nextInt(path.length + 1);
        ApplicationStatus status = ApplicationStatus.SAVED;
        Instant at = created;
        for (int s = 0; s < steps; s++) {
            at = at.plus(1 + random.nextInt(5), ChronoUnit.DAYS);
            r.applications().insertChange(id, status, path[s], at, null);
            status = path[s];
            if (status == ApplicationStatus.APPLIED) {
                LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
                r.events().insert(new ApplicationEvent(0, id, EventKind.FOLLOW_UP, day.plusDays(14), null, null, null, null,
                        steps > s + 1));
                r.applications().setNextAction(id, new NextAction("Relancer", day.plusDays(10)));
            }
        }
        r.applications().updateStatus(id, status, null);
        if (status.isClosed() && random.nextBoolean()) {
            r.applications().setArchived(id, at);
        }
        for (String kind : new String[] {"cv", "cover_letter"}) {
            long item = r.checklists().insertItem(id, new NewItem(kind, null, null, null, null, true));
            if (random.nextInt(3) > 0) {
                r.checklists().setState(item, DocumentState.READY);
            }
        }
    }

    private static double time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1e6;
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
