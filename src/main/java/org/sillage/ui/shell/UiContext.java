package org.sillage.ui.shell;

import java.util.concurrent.ExecutorService;

import javafx.stage.Window;
import org.sillage.i18n.Messages;
import org.sillage.service.AppServices;
import org.sillage.ui.common.Formats;
import org.sillage.ui.common.TaskBar;

/** What every screen is given: the services, the words, the worker threads, the task bar and navigation. */
public record UiContext(AppServices services, Messages messages, Formats formats, ExecutorService executor,
                        TaskBar taskBar, Navigator navigator, java.util.function.Supplier<Window> window,
                        org.sillage.ui.common.SystemOpener opener, Dividers dividers) {

    /** Moving between screens. */
    public interface Navigator {
        void showPostings(Long postingId);

        /** Shows the postings, reloaded, then runs {@code then}: "5 imported" is said when the five are there. */
        void showPostingsThen(Long postingId, Runnable then);

        void showApplication(Long applicationId);

        /** Shows an application on its Dates tab (from the agenda's month). */
        void showApplicationDates(Long applicationId);

        /** Something changed the data: screens reload what they show. */
        void dataChanged();

        /**
         * One application changed (its status, a change undone): its row in each list is read again, with
         * the agenda and the reminders; nothing else is reloaded.
         */
        void applicationChanged(long applicationId, long postingId);

        void showAgenda();

        /** Shows the current seeker's sessions and actions (ADR 0024). */
        default void showSessions() {
        }

        /** Opens what an agenda item is about: its application, or the sessions for a session's action. */
        default void open(org.sillage.domain.AgendaItem item) {
            if (item.isAction()) {
                showSessions();
            } else {
                showApplication(item.applicationId());
            }
        }
    }
}
