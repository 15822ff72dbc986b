package org.sillage.ui.shell;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sillage.i18n.Messages;
import org.sillage.service.AppServices;
import org.sillage.ui.applications.ApplicationsView;
import org.sillage.ui.applications.ApplicationsViewModel;
import org.sillage.ui.common.Formats;
import org.sillage.ui.common.TaskBar;
import org.sillage.ui.postings.PostingsView;
import org.sillage.ui.postings.PostingsViewModel;
import org.sillage.ui.settings.SettingsDialog;

/**
 * The main window's content: the {@link TopBar}, the reminders, the {@link NavigationMenu} of screens, the
 * current screen, and the task bar; it builds each screen the first time it is shown and says what changed to the
 * screens built. Files dropped anywhere on it are imported.
 */
public final class MainWindow extends BorderPane implements UiContext.Navigator {
    private final UiContext ctx;
    private final PostingsViewModel postingsVm;
    private final ApplicationsViewModel applicationsVm;
    private final PostingsView postings;
    /** Screens other than the postings are built the first time they are shown: a shorter start. */
    private ApplicationsView applications;
    private final ImportActions imports;
    /** The menu of screens down the left. */
    private final NavigationMenu menu;
    /** The applications table, built the first time it is shown. */
    private org.sillage.ui.table.ApplicationTableView table;
    /** The current seeker's sessions (ADR 0024), built the first time they are shown. */
    private org.sillage.ui.sessions.SessionsView sessions;
    private org.sillage.ui.board.BoardView board;
    private org.sillage.ui.agenda.AgendaView agenda;
    private org.sillage.ui.library.LibraryView library;
    private org.sillage.ui.dashboard.DashboardView dashboard;
    private final ReminderBar reminders;
    /** The top bar's field, whose words filter the postings and applications lists. */
    private final TextField search;
    /** The one search over every screen (Ctrl+F), built the first time it is asked for. */
    private org.sillage.ui.search.SearchView globalSearch;
    private final org.sillage.ui.sheet.SheetActions sheets;
    /** The job seeker worked on, the caseload and its screen (issue 9, ADR 0023). */
    private final org.sillage.ui.caseload.SeekerSwitcher seekers;
    /** A job seeker's record out and in (hand-over archive), and the GDPR export and erasure (ADR 0025). */
    private final org.sillage.ui.handover.HandoverActions handover;
    private org.sillage.ui.caseload.CaseloadView caseload;
    private final String baseTitle;
    private final StartWork start;

    public MainWindow(AppServices services, Messages messages, ExecutorService executor, Supplier<Window> window,
                      java.util.function.Consumer<java.util.Locale> onLanguageChanged, Dividers dividers,
                      org.sillage.ui.common.FolderActions folderActions) {
        TaskBar taskBar = new TaskBar(messages);
        this.ctx = new UiContext(services, messages, new Formats(messages), executor, taskBar, this, window,
                new org.sillage.ui.common.SystemOpener(executor), dividers);
        this.imports = new ImportActions(ctx);
        this.postingsVm = new PostingsViewModel(services.postings(), services.applications(), services.labels());
        this.applicationsVm = new ApplicationsViewModel(services);
        this.postings = new PostingsView(ctx, postingsVm, imports);
        // the first list is read while the rest of the window is built, so that its rows are there for the
        // window's first pulse rather than the one after (ADR 0012, addendum 4)
        postings.reload(null);
        this.reminders = new ReminderBar(ctx);
        this.sheets = new org.sillage.ui.sheet.SheetActions(ctx);
        setId("mainWindow");
        getStyleClass().add("main-window");

        this.handover = new org.sillage.ui.handover.HandoverActions(ctx);
        this.seekers = new org.sillage.ui.caseload.SeekerSwitcher(ctx, this::showCaseload, this::seekerSwitched,
                this::seekerChanged);
        TopBar top = new TopBar(messages, seekers.menu(), imports, sheets, handover, this::showSearch,
                () -> new SettingsDialog(ctx, onLanguageChanged, folderActions).show());
        this.search = top.search();
        postingsVm.query().bind(search.textProperty());
        applicationsVm.query().bind(search.textProperty());
        menu = new NavigationMenu(messages, seekers.caseload());
        // Enter in the bar opens the one search where the bar filters nothing (the agenda, the documents: Enter did
        // nothing there)
        search.setOnAction(e -> {
            if (!menu.postings.isSelected() && !menu.applications.isSelected() && !search.getText().isBlank()) {
                showSearch(search.getText());
            }
        });
        menu.postings.setOnAction(e -> showPostings(null));
        menu.applications.setOnAction(e -> showApplication(null));
        menu.board.setOnAction(e -> showBoard());
        menu.table.setOnAction(e -> showTable());
        menu.agenda.setOnAction(e -> showAgenda());
        menu.dashboard.setOnAction(e -> showDashboard());
        menu.documents.setOnAction(e -> showDocuments());
        menu.sessions.setOnAction(e -> showSessions());
        menu.caseload.setOnAction(e -> showCaseload());
        // on a narrow window the top bar and the menu keep their icons only, with their names as tooltips
        widthProperty().addListener((obs, old, w) -> {
            boolean compact = w.doubleValue() < COMPACT_BELOW;
            if (compact != getStyleClass().contains("compact")) {
                if (compact) {
                    getStyleClass().add("compact");
                } else {
                    getStyleClass().remove("compact");
                }
                top.compact(compact);
                menu.compact(compact);
            }
        });
        WindowKeys.shortcuts(this, this::showSearch, menu.screens(), search);
        setTop(new VBox(top, reminders));
        setLeft(menu);
        setBottom(taskBar);
        WindowKeys.dropAndPaste(this, postings, imports);
        start = new StartWork(ctx, this, postings.loaded(), this::dataChanged);
        baseTitle = window.get() instanceof javafx.stage.Stage stage ? stage.getTitle() : null;
        seekers.current().addListener((obs, old, now) -> showSeekerInTitle());
        seekers.caseload().addListener((obs, old, now) -> showSeekerInTitle());
        seekers.caseload().addListener((obs, old, now) -> start.warmCaseload(now));
        seekers.refresh();
        showPostings(null);
        afterStart(() -> {
            reminders.refresh();
            start.rereadOutdatedPostings();
            start.warmScreensLater();
        });
    }

    /** True once the board's, the dashboard's and the agenda's first reads have run in the background. */
    public boolean screensWarmed() {
        return start.screensWarmed();
    }

    /** Runs {@code action} once, when the first list is on screen (see {@link StartWork#afterStart}). */
    public void afterStart(Runnable action) {
        start.afterStart(action);
    }

    /** Runs {@code action} once the first list has been laid out with its rows (see {@link StartWork#whenListShown}). */
    public void whenListShown(Runnable action) {
        start.whenListShown(action);
    }

    /** Shows the one search over postings, applications and dates (ADR 0020). */
    public void showSearch() {
        showSearch(null);
    }

    /** The one search, with {@code words} in its field when given. */
    public void showSearch(String words) {
        if (globalSearch == null) {
            globalSearch = new org.sillage.ui.search.SearchView(ctx, seekers::switchTo);
        }
        globalSearch.show(words);
    }

    /** Spreadsheets in and out, as the menu runs them once a file is chosen. */
    public org.sillage.ui.sheet.SheetActions sheets() {
        return sheets;
    }

    /** Below this width the top bar and the menu show icons only. */
    static final double COMPACT_BELOW = 1000;

    @Override
    public void showPostings(Long postingId) {
        menu.postings.setSelected(true);
        setCenter(postings);
        if (postingId != null) {
            postings.reload(postingId);
        }
    }

    @Override
    public void showApplication(Long applicationId) {
        menu.applications.setSelected(true);
        setCenter(applications());
        applications.reload(applicationId);
    }

    @Override
    public void showPostingsThen(Long postingId, Runnable then) {
        menu.postings.setSelected(true);
        setCenter(postings);
        postings.reload(postingId, then);
    }

    @Override
    public void showApplicationDates(Long applicationId) {
        showApplication(applicationId);
        applications.showTab("tabEvents");
    }

    private ApplicationsView applications() {
        if (applications == null) {
            applications = new ApplicationsView(ctx, applicationsVm);
        }
        return applications;
    }

    private org.sillage.ui.agenda.AgendaView agenda() {
        if (agenda == null) {
            agenda = new org.sillage.ui.agenda.AgendaView(ctx,
                    new org.sillage.ui.agenda.AgendaViewModel(ctx.services().agenda()), applications().calendarExport()::export);
        }
        return agenda;
    }

    @Override
    public void showAgenda() {
        menu.agenda.setSelected(true);
        setCenter(agenda());
        agenda.reload();
    }

    private void showDashboard() {
        menu.dashboard.setSelected(true);
        if (dashboard == null) {
            dashboard = new org.sillage.ui.dashboard.DashboardView(ctx,
                    new org.sillage.ui.dashboard.DashboardViewModel(ctx.services().dashboard(), ctx.messages()));
        }
        setCenter(dashboard);
        dashboard.reload();
    }

    /** Shows every application in the table, read again. */
    public void showTable() {
        menu.table.setSelected(true);
        if (table == null) {
            table = new org.sillage.ui.table.ApplicationTableView(ctx,
                    new org.sillage.ui.table.ApplicationTableViewModel(ctx.services().table()));
        }
        setCenter(table);
        table.reload();
    }

    /** The board: a column per status; read again each time it is shown. */
    public void showBoard() {
        menu.board.setSelected(true);
        if (board == null) {
            board = new org.sillage.ui.board.BoardView(ctx, new org.sillage.ui.board.BoardViewModel(ctx.services()));
            setCenter(board);
            board.opened();
            board.reload(null);
            return;
        }
        board.opened();
        // coming back: the cards are read before the board is put back, so that its nodes are styled once, with the
        // new cards (put back first, they were styled again with the old ones, then once more with the new)
        board.reload(null, () -> {
            if (menu.board.isSelected() && getCenter() != board) {
                setCenter(board);
            }
        });
    }

    private void showDocuments() {
        menu.documents.setSelected(true);
        if (library == null) {
            library = new org.sillage.ui.library.LibraryView(ctx);
        }
        setCenter(library);
        library.reload();
    }

    /** The current seeker's sessions, read again (ADR 0024). */
    @Override
    public void showSessions() {
        menu.sessions.setSelected(true);
        if (sessions == null) {
            sessions = new org.sillage.ui.sessions.SessionsView(ctx, new org.sillage.ui.sessions.SessionsViewModel(
                    ctx.services().sessions(), ctx.services().seekers(), ctx.services().reports()));
        }
        setCenter(sessions);
        sessions.reload();
    }

    @Override
    public void applicationChanged(long applicationId, long postingId) {
        postings.refreshRow(postingId);
        if (applications != null) {
            applications.refreshRow(applicationId);
        }
        if (table != null) {
            table.refreshRow(applicationId);
        }
        if (agenda != null && getCenter() == agenda) {
            agenda.reload();
        }
        if (dashboard != null && getCenter() == dashboard) {
            dashboard.reload();
        }
        reminders.refresh();
    }

    @Override
    public void dataChanged() {
        postings.reload(null);
        if (applications != null) {
            applications.reload(null);
        }
        if (table != null && getCenter() == table) {
            table.reload();
        }
        if (agenda != null && getCenter() == agenda) {
            agenda.reload();
        }
        if (dashboard != null && getCenter() == dashboard) {
            dashboard.reload();
        }
        if (board != null && getCenter() == board) {
            board.reload(null);
        }
        if (sessions != null && getCenter() == sessions) {
            sessions.reload();
        }
        reminders.refresh();
    }

    /** The caseload: one line per job seeker (ADR 0023); read again each time it is shown. */
    public void showCaseload() {
        menu.caseload.setSelected(true);
        if (caseload == null) {
            caseload = new org.sillage.ui.caseload.CaseloadView(ctx, new org.sillage.ui.caseload.CaseloadViewModel(
                    ctx.services().caseload(), ctx.messages()), seekers::switchTo, seekers::add, seekers::edit);
        }
        setCenter(caseload);
        caseload.reload();
    }

    /** The hand-over and GDPR actions, as the menu runs them once a file is chosen. */
    public org.sillage.ui.handover.HandoverActions handover() {
        return handover;
    }

    /** The job seeker switcher: who the window works on. */
    public org.sillage.ui.caseload.SeekerSwitcher seekers() {
        return seekers;
    }

    /** After a switch to another job seeker: their applications, every screen read again. */
    private void seekerSwitched() {
        if (globalSearch != null) {
            globalSearch.clear();
        }
        dataChanged();
        showApplication(null);
    }

    private void seekerChanged() {
        if (caseload != null && getCenter() == caseload) {
            caseload.reload();
        }
    }

    /** In a caseload the person's name leads the window's title, so that no one mixes files up. */
    private void showSeekerInTitle() {
        var person = seekers.current().get();
        if (baseTitle != null && ctx.window().get() instanceof javafx.stage.Stage stage) {
            stage.setTitle(seekers.caseload().get() && person != null ? ctx.messages().get("seeker.window_title",
                    org.sillage.ui.caseload.SeekerSwitcher.name(person, ctx.messages()), baseTitle) : baseTitle);
        }
    }

    /** Stops the reminder timer and the notifications. */
    public void stop() {
        reminders.stop();
    }

    /** True once the postings list has been loaded. */
    public javafx.beans.value.ObservableBooleanValue postingsLoaded() {
        return postings.loaded();
    }

    /** Imports as the window does them (chooser, drop, paste). */
    public ImportActions imports() {
        return imports;
    }

    public UiContext context() {
        return ctx;
    }

    public List<String> screens() {
        return List.of(postings.getId(), applications().getId());
    }
}
