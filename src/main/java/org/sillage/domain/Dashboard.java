package org.sillage.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The job search at a glance, counted over every application of the job seeker.
 *
 * @param funnel          how many applications reached each stage of the usual path (saved, applied,
 *                        interview, offer), whatever came after: a rejection after an interview still
 *                        counts at the interview
 * @param appliedPerWeek  applications sent per week (the Monday of each week), oldest first, weeks
 *                        without any included
 * @param applied         applications sent (the response rate's denominator)
 * @param answered        of those, how many got an answer from the employer (an interview, an offer, an
 *                        acceptance or a rejection; a withdrawal is the job seeker's, not an answer)
 * @param medianDaysToAnswer the median number of days from sending to the first answer; null when none
 * @param upcoming        the next dated items of open applications (deadlines, interviews, follow-ups)
 * @param byContract      postings by contract type (null key: not stated), each by the posting's source
 *                        format ("pdf", "docx", "email", ...)
 */
public record Dashboard(Map<Stage, Integer> funnel, List<WeekCount> appliedPerWeek, int applied, int answered,
                        Double medianDaysToAnswer, List<AgendaItem> upcoming,
                        Map<ContractType, Map<String, Integer>> byContract) {

    /** The stages of the funnel, in order. */
    public enum Stage {
        SAVED, APPLIED, INTERVIEW, OFFER;

        public String messageKey() {
            return "dashboard.stage." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Applications sent in the week starting on {@code monday}. */
    public record WeekCount(LocalDate monday, int count) {
    }

    /** The share of sent applications that got an answer, 0 to 1; null before any was sent. */
    public Double responseRate() {
        return applied == 0 ? null : (double) answered / applied;
    }
}
