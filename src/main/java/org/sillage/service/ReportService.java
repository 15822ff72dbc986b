package org.sillage.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.sillage.domain.SessionReport;
import org.sillage.domain.Seeker;
import org.sillage.domain.SupportSession;
import org.sillage.domain.UserException;
import org.sillage.export.SessionReportPdf;
import org.sillage.i18n.Messages;
import org.sillage.store.Store;

/**
 * The session report ("compte rendu d'entretien", ADR 0024) of the current job seeker, as a PDF in the
 * person's language (their report language, else the interface's).
 */
public final class ReportService {
    /** With no earlier session, the changes of this many days before the report are shown. */
    public static final int FIRST_REPORT_DAYS = 30;
    /** The deadlines of this many days after the report's day are shown. */
    public static final int DEADLINE_DAYS = 30;
    static final int MAX_CHANGES = 200;
    static final int MAX_APPLICATIONS = 200;
    static final int MAX_DEADLINES = 100;
    static final int MAX_OTHER_ACTIONS = 50;

    private final Store store;
    private final Clock clock;
    private final Supplier<Locale> interfaceLocale;

    public ReportService(Store store, Clock clock, Supplier<Locale> interfaceLocale) {
        this.store = store;
        this.clock = clock;
        this.interfaceLocale = interfaceLocale;
    }

    /**
     * What the report of session {@code sessionId} shows; null for the latest session, or for today when
     * the person has none yet.
     */
    public SessionReport read(Long sessionId) {
        ZoneId zone = clock.getZone();
        return store.transaction(r -> {
            Seeker seeker = r.candidate().current();
            SupportSession session;
            if (sessionId != null) {
                session = r.sessions().find(sessionId)
                        .orElseThrow(() -> new UserException("error.session.not_found", sessionId));
            } else {
                session = r.sessions().page(0, 1).stream().findFirst().orElse(null);
            }
            LocalDate day = session == null ? LocalDate.now(clock) : session.heldOn();
            LocalDate previous = (session == null ? r.sessions().page(0, 1).stream().findFirst()
                    : r.sessions().previous(session.heldOn(), session.id())).map(SupportSession::heldOn).orElse(null);
            LocalDate since = previous == null ? day.minusDays(FIRST_REPORT_DAYS)
                    : previous.plusDays(1).isAfter(day) ? day : previous.plusDays(1);
            var reports = r.reports();
            return new SessionReport(seeker, session, day, since, previous, day.plusDays(DEADLINE_DAYS),
                    reports.changes(since.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant(),
                            MAX_CHANGES),
                    reports.inProgress(MAX_APPLICATIONS),
                    reports.deadlines(day, day.plusDays(DEADLINE_DAYS), MAX_DEADLINES),
                    session == null ? List.of() : r.actions().forSession(session.id()),
                    r.actions().open(session == null ? null : session.id(), MAX_OTHER_ACTIONS));
        });
    }

    /** The language of {@code seeker}'s reports: theirs when set, else the interface's. */
    public Locale languageOf(Seeker seeker) {
        String lang = seeker.reportLanguage();
        return lang == null ? interfaceLocale.get() : Locale.forLanguageTag(lang);
    }

    /**
     * Writes the report to {@code file} whole (through a temporary file beside it), or not at all.
     *
     * @throws UserException {@code error.report.write} when the file cannot be written
     */
    public SessionReport export(Long sessionId, Path file) {
        Path target = file.toAbsolutePath();
        SessionReport report = read(sessionId);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".sillage-", ".pdf.part");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    SessionReportPdf.write(report, Messages.forLocale(languageOf(report.seeker())), clock, out);
                }
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UserException(e, "error.report.write", target);
        }
        return report;
    }
}
