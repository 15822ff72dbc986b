package org.sillage.service;

import java.nio.file.Path;
import java.time.Clock;

import org.sillage.domain.UserException;
import org.sillage.importing.PostingExtractor;
import org.sillage.importing.extract.RuleExtractor;
import org.sillage.store.FileStore;
import org.sillage.store.InstanceLock;
import org.sillage.store.Protection;
import org.sillage.store.Store;

/**
 * The composition root of the services for one data folder. Opening it takes the folder's lock, so
 * that a second window or a command line run on the same folder gets a clear refusal, and migrates
 * the database. Closing it releases both.
 */
public final class AppServices implements AutoCloseable {
    private final Path dataFolder;
    private final InstanceLock lock;
    private final Store store;
    private final PostingService postings;
    private final ApplicationService applications;
    private final ImportService imports;
    private final SettingsService settings;
    private final AgendaService agenda;
    private final BoardService board;
    private final ReminderService reminders;
    private final DocumentService documents;
    private final CalendarService calendar;
    private final EmailService email;
    private final BackupService backups;
    private final FileCheckService fileCheck;
    private final DashboardService dashboard;
    private final FolderKey key;
    private final ApplicationTableService table;
    private final SearchService search;
    private final SpreadsheetService spreadsheets;
    private final SeekerService seekers;
    private final CaseloadService caseload;
    private final ContactService contacts;
    private final NoteService notes;
    private final LabelService labels;
    private final HandoverService handover;
    private final GdprService gdpr;
    private final SessionService sessions;
    private final ReportService reports;

    private AppServices(Path dataFolder, InstanceLock lock, Store store, Clock clock, FolderKey key) {
        this.dataFolder = dataFolder;
        this.lock = lock;
        this.store = store;
        this.key = key;
        PostingExtractor extractor = new LazyExtractor();
        FileStore files = new FileStore(dataFolder, key.keys);
        this.settings = new SettingsService(store);
        this.postings = new PostingService(store, extractor, files, clock);
        settings.words(); // read once here, outside any transaction
        this.applications = new ApplicationService(store, clock, settings::followUpDays, word -> settings.words().get(word));
        this.imports = new ImportService(store, extractor, () -> ImportService.limitsOf(settings), files, clock);
        this.agenda = new AgendaService(store, clock, settings::noAnswerDays);
        this.board = new BoardService(store, clock, settings::noAnswerDays);
        this.reminders = new ReminderService(store, agenda, settings);
        this.documents = new DocumentService(store, files, clock);
        this.calendar = new CalendarService(agenda, settings::installationId);
        this.email = new EmailService(store, files, dataFolder);
        this.backups = new BackupService(store, clock);
        this.table = new ApplicationTableService(store, clock);
        this.contacts = new ContactService(store, clock);
        this.notes = new NoteService(store, clock);
        this.labels = new LabelService(store);
        this.fileCheck = new FileCheckService(store, files, dataFolder, java.time.Instant.now());
        this.dashboard = new DashboardService(store, agenda, clock);
        this.search = new SearchService(store);
        this.spreadsheets = new SpreadsheetService(store, clock, extractor::version);
        this.seekers = new SeekerService(store, clock);
        this.handover = new HandoverService(store, files, clock, settings::installationId);
        this.gdpr = new GdprService(store, files, clock, backups);
        this.sessions = new SessionService(store, clock);
        this.reports = new ReportService(store, clock, settings::effectiveLocale);
        this.caseload = new CaseloadService(store, clock);
    }

    /**
     * What each start does once the folder is open: today's backup if there is none yet (it also reads
     * every page of the database, so damage shows early), and a sweep of files nothing refers to. The
     * window runs both in the background at every start; the command line runs them before its command,
     * the sweep only on the first start of the day, so that a quick command stays quick. Never fails.
     */
    public void startupMaintenance(boolean everyStart) {
        boolean firstToday = backups.dailyQuietly().isPresent();
        if (!firstToday && !everyStart) {
            return;
        }
        try {
            fileCheck.sweep();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(AppServices.class).warn("Sweep failed", e);
        }
    }

    /**
     * The rules, built at their first use rather than while the folder opens: they load Jackson and
     * their lexicons, which the first screen does not need.
     */
    private static final class LazyExtractor implements PostingExtractor {
        private volatile PostingExtractor rules;

        private PostingExtractor rules() {
            PostingExtractor r = rules;
            if (r == null) {
                synchronized (this) {
                    r = rules;
                    if (r == null) {
                        r = defaultExtractor();
                        rules = r;
                    }
                }
            }
            return r;
        }

        @Override
        public org.sillage.domain.PostingFields extract(String text) {
            return rules().extract(text);
        }

        @Override
        public org.sillage.domain.PostingFields extract(String text, org.sillage.importing.TextStructure structure) {
            return rules().extract(text, structure);
        }

        @Override
        public int version() {
            return RuleExtractor.VERSION; // a constant: asks nothing of the rules
        }
    }

    /** The extraction rules Sillage uses, also outside any data folder ({@code extract}). */
    public static PostingExtractor defaultExtractor() {
        return new RuleExtractor();
    }

    /**
     * Opens the data folder.
     *
     * @throws UserException {@code error.folder.in_use} when another Sillage holds it, or a database error
     */
    /**
     * {@code r} runs, on the thread that opens the folder, when the folder's database was made by an older version
     * and is about to be backed up and upgraded (once, and it can take a while on a large folder).
     */
    public static void onUpgrade(Runnable r) {
        org.sillage.store.Database.onUpgrade(r);
    }

    public static AppServices open(Path dataFolder, Clock clock) {
        return open(dataFolder, clock, FolderKey.NONE);
    }

    /**
     * Opens the data folder with the key its password gave ({@link #unlock}); an interrupted change of
     * protection is finished first.
     *
     * @throws UserException {@code error.password.required} when the folder is protected and no key is given
     */
    public static AppServices open(Path dataFolder, Clock clock, FolderKey key) {
        return open(dataFolder, clock, key, () -> { });
    }

    /**
     * Same, with {@code afterLock} run once the folder's lock is held and before the database opens: the
     * window waits there for its first frame, so that a folder in use or locked by a password is known at
     * once and the database does not take the processor from the first frame.
     */
    public static AppServices open(Path dataFolder, FolderKey key, Runnable afterLock) {
        return open(dataFolder, Clock.systemDefaultZone(), key, afterLock);
    }

    private static AppServices open(Path dataFolder, Clock clock, FolderKey key, Runnable afterLock) {
        InstanceLock lock = InstanceLock.tryAcquire(dataFolder)
                .orElseThrow(() -> new UserException("error.folder.in_use", dataFolder));
        try {
            FolderKey effective = key;
            boolean protectedData = org.sillage.store.KeyFile.isPresent(dataFolder);
            if (protectedData && !key.isProtected()) {
                throw new UserException("error.password.required", dataFolder); // at once: the window asks for it
            }
            afterLock.run();
            if (protectedData) {
                effective = FolderKey.of(Protection.finishPending(dataFolder, key.keys));
            } else if (key.isProtected()) {
                effective = FolderKey.NONE; // protection was turned off meanwhile
            }
            Store store = Store.open(dataFolder, effective.keys);
            StartupTrace.mark("database open");
            AppServices services = new AppServices(dataFolder, lock, store, clock, effective);
            StartupTrace.mark("services");
            return services;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public static AppServices open(Path dataFolder) {
        return open(dataFolder, Clock.systemDefaultZone());
    }

    public static AppServices open(Path dataFolder, FolderKey key) {
        return open(dataFolder, Clock.systemDefaultZone(), key);
    }

    /** Whether the folder's data is protected by a password, which {@link #unlock} then needs. */
    public static boolean isProtected(Path dataFolder) {
        return org.sillage.store.KeyFile.isPresent(dataFolder);
    }

    /**
     * The key of a protected folder, from its password (which this does not keep).
     *
     * @throws UserException {@code error.password.wrong}
     */
    public static FolderKey unlock(Path dataFolder, char[] password) {
        if (!org.sillage.store.KeyFile.isPresent(dataFolder)) {
            return FolderKey.NONE;
        }
        return FolderKey.of(Protection.unlock(dataFolder, password));
    }

    /** The key this folder was opened with ({@link FolderKey#NONE} when it is not protected). */
    public FolderKey key() {
        return key;
    }

    /** Asks the Sillage window that holds {@code dataFolder} to come to the front; true if one answered. */
    public static boolean requestActivation(Path dataFolder) {
        return InstanceLock.requestActivation(dataFolder);
    }

    /** Lets later launches on the same folder bring this window forward; runs on a background thread. */
    public void onActivationRequest(Runnable action) {
        lock.listenForActivation(action);
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public PostingService postings() {
        return postings;
    }

    public ApplicationService applications() {
        return applications;
    }

    /** The applications table: pages sorted and filtered in SQL, saved filters, visible columns. */
    public ApplicationTableService table() {
        return table;
    }

    public ImportService imports() {
        return imports;
    }

    public SettingsService settings() {
        return settings;
    }

    public AgendaService agenda() {
        return agenda;
    }

    public BoardService board() {
        return board;
    }

    public ReminderService reminders() {
        return reminders;
    }

    public DocumentService documents() {
        return documents;
    }

    public CalendarService calendar() {
        return calendar;
    }

    public EmailService email() {
        return email;
    }

    public BackupService backups() {
        return backups;
    }

    public DashboardService dashboard() {
        return dashboard;
    }

    /** Contacts on applications. */
    public ContactService contacts() {
        return contacts;
    }

    /** Notes on applications. */
    public NoteService notes() {
        return notes;
    }

    /** Priority and tags on postings and applications. */
    public LabelService labels() {
        return labels;
    }

    /** Hand-over archives of a seeker's record (ADR 0025). */
    public HandoverService handover() {
        return handover;
    }

    /** One person's data: exported, or erased (ADR 0025). */
    public GdprService gdpr() {
        return gdpr;
    }

    public FileCheckService fileCheck() {
        return fileCheck;
    }

    /** The one search over postings, applications and events. */
    public SearchService search() {
        return search;
    }

    /** Applications out to a CSV or JSON file, and in from a CSV file. */
    /** The job seekers of a caseload and the current one (ADR 0022). */
    public SeekerService seekers() {
        return seekers;
    }

    /** The current seeker's one-on-one sessions and their actions (ADR 0024). */
    public SessionService sessions() {
        return sessions;
    }

    /** Session reports as PDF (ADR 0024). */
    public ReportService reports() {
        return reports;
    }

    /** Every job seeker's figures and alerts (ADR 0023). */
    public CaseloadService caseload() {
        return caseload;
    }

    public SpreadsheetService spreadsheets() {
        return spreadsheets;
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            lock.close();
        }
    }
}
