package org.sillage.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.CaseloadRow;
import org.sillage.domain.Seeker;
import org.sillage.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sillage seeker add|list|show|end|resume}: the job seekers of a caseload (issue 9, ADR 0023). */
@Command(name = "seeker", description = "The job seekers followed in this folder: add, list, show, end or resume support.",
        subcommands = {SeekerCommand.Add.class, SeekerCommand.ListSeekers.class, SeekerCommand.Show.class,
                SeekerCommand.End.class, SeekerCommand.Resume.class})
final class SeekerCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code seeker add NAME [...]}: prints the new person's number. */
    @Command(name = "add", description = "Add a job seeker; prints their number.")
    static final class Add implements Callable<Integer> {
        @Mixin
        CliContext ctx;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME", description = "The name people know them by.")
        String name;
        @Option(names = "--first-name")
        String firstName;
        @Option(names = "--last-name")
        String lastName;
        @Option(names = "--email")
        String email;
        @Option(names = "--phone")
        String phone;
        @Option(names = "--target-jobs", paramLabel = "TEXT")
        String targetJobs;
        @Option(names = "--notes", paramLabel = "TEXT")
        String notes;
        @Option(names = "--language", paramLabel = "fr|en", description = "The language of their session reports.")
        String language;
        @Option(names = "--consent-on", paramLabel = "DATE", description = "The day they gave their consent.")
        String consentOn;
        @Option(names = "--consent-scope", paramLabel = "TEXT", description = "What they agreed may be kept and shared.")
        String consentScope;

        @Override
        public Integer call() {
            var err = spec.commandLine().getErr();
            LocalDate consent;
            try {
                consent = consentOn == null ? null : org.sillage.domain.DateTimeInput.parseDate(consentOn, ctx.messages.locale());
            } catch (org.sillage.domain.UserException e) {
                err.println(ctx.messages.translate(e));
                return 2;
            }
            return ctx.withServices(err, services -> {
                Seeker s = services.seekers().add(new Seeker.Details(name, firstName, lastName, email, phone,
                        targetJobs, notes, language, consent, consentScope));
                err.println(ctx.messages.get("cli.seeker.added", s.id(), Names.printable(s.displayName())));
                spec.commandLine().getOut().println(s.id());
                return 0;
            });
        }
    }

    /** {@code seeker list [--json]}: every person with their open applications, next deadline and alerts. */
    @Command(name = "list", description = "List the job seekers: number, name, open applications, next deadline, alerts.")
    static final class ListSeekers implements Callable<Integer> {
        @Mixin
        CliContext ctx;
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            return ctx.withServices(spec.commandLine().getErr(), services -> {
                List<CaseloadRow> rows = services.caseload().rows();
                if (json) {
                    out.println(Json.write(rows.stream().map(SeekerCommand::toJson).toList()));
                    return 0;
                }
                Messages m = ctx.messages;
                out.printf("%5s  %-28s  %6s  %-10s  %s%n", m.get("cli.seeker.col.id"), m.get("cli.seeker.col.name"),
                        m.get("cli.seeker.col.open"), m.get("cli.seeker.col.deadline"), m.get("cli.seeker.col.alerts"));
                for (CaseloadRow r : rows) {
                    String alerts = String.join(", ", r.alerts().stream().map(a -> m.get(a.messageKey())).toList());
                    if (r.ended()) {
                        alerts = m.get("cli.seeker.ended", day(r.closedAt()));
                    }
                    out.printf("%5d  %-28s  %6d  %-10s  %s%n", r.seekerId(), Names.printable(r.name()), r.activeCount(),
                            r.nextDeadline() == null ? "-" : r.nextDeadline().toString(), alerts);
                }
                return 0;
            });
        }
    }

    /** {@code seeker show ID|NAME [--json]}: a person's profile and figures. */
    @Command(name = "show", description = "Show a job seeker's profile, consent and figures.")
    static final class Show implements Callable<Integer> {
        @Mixin
        CliContext ctx;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID|NAME")
        String who;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            return ctx.withServices(spec.commandLine().getErr(), services -> {
                Seeker s = services.seekers().resolve(who);
                CaseloadRow row = services.caseload().rows().stream().filter(r -> r.seekerId() == s.id())
                        .findFirst().orElseThrow();
                if (json) {
                    Map<String, Object> j = toJson(row);
                    j.put("uuid", s.uuid());
                    j.put("first_name", s.firstName());
                    j.put("last_name", s.lastName());
                    j.put("email", s.email());
                    j.put("phone", s.phone());
                    j.put("target_jobs", s.targetJobs());
                    j.put("notes", s.notes());
                    j.put("report_language", s.reportLanguage());
                    j.put("consent_on", s.consentOn() == null ? null : s.consentOn().toString());
                    j.put("consent_scope", s.consentScope());
                    out.println(Json.write(j));
                    return 0;
                }
                Messages m = ctx.messages;
                line(out, m.get("cli.seeker.show.id"), Long.toString(s.id()));
                line(out, m.get("seeker.field.display_name"), s.displayName());
                line(out, m.get("seeker.field.first_name"), s.firstName());
                line(out, m.get("seeker.field.last_name"), s.lastName());
                line(out, m.get("seeker.field.email"), s.email());
                line(out, m.get("seeker.field.phone"), s.phone());
                line(out, m.get("seeker.field.target_jobs"), s.targetJobs());
                line(out, m.get("seeker.field.notes"), s.notes());
                line(out, m.get("seeker.field.report_language"), s.reportLanguage());
                line(out, m.get("seeker.field.consent_on"), s.consentOn() == null ? null : s.consentOn().toString());
                line(out, m.get("seeker.field.consent_scope"), s.consentScope());
                line(out, m.get("cli.seeker.show.state"), s.active() ? m.get("cli.seeker.show.active")
                        : m.get("cli.seeker.ended", day(s.closedAt())));
                StringBuilder byStatus = new StringBuilder(Integer.toString(row.activeCount()));
                for (ApplicationStatus st : ApplicationStatus.values()) {
                    if (row.count(st) > 0) {
                        byStatus.append(" · ").append(m.get(st.messageKey())).append(' ').append(row.count(st));
                    }
                }
                line(out, m.get("caseload.column.by_status"), byStatus.toString());
                line(out, m.get("caseload.column.deadline"), row.nextDeadline() == null ? null : row.nextDeadline().toString());
                line(out, m.get("caseload.column.overdue"), Integer.toString(row.overdueActions()));
                line(out, m.get("caseload.column.session"), row.lastSession() == null ? null : row.lastSession().toString());
                line(out, m.get("caseload.column.activity"), row.lastActivity() == null ? null : day(row.lastActivity()));
                for (CaseloadRow.Alert a : row.alerts()) {
                    line(out, m.get("caseload.column.alerts"), m.get(a.messageKey()));
                }
                return 0;
            });
        }

        private static void line(java.io.PrintWriter out, String label, String value) {
            if (value != null && !value.isBlank()) {
                out.printf("%-30s %s%n", label, Names.printable(value));
            }
        }
    }

    /** {@code seeker end ID|NAME}: ends a person's support; everything stays. */
    @Command(name = "end", description = "End a job seeker's support; their record stays.")
    static final class End implements Callable<Integer> {
        @Mixin
        CliContext ctx;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID|NAME")
        String who;

        @Override
        public Integer call() {
            return ctx.withServices(spec.commandLine().getErr(), services -> {
                Seeker s = services.seekers().endSupport(services.seekers().resolve(who).id());
                spec.commandLine().getOut().println(ctx.messages.get("cli.seeker.ended_now", Names.printable(s.displayName())));
                return 0;
            });
        }
    }

    /** {@code seeker resume ID|NAME}: resumes a person's support. */
    @Command(name = "resume", description = "Resume a job seeker's support.")
    static final class Resume implements Callable<Integer> {
        @Mixin
        CliContext ctx;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID|NAME")
        String who;

        @Override
        public Integer call() {
            return ctx.withServices(spec.commandLine().getErr(), services -> {
                Seeker s = services.seekers().resumeSupport(services.seekers().resolve(who).id());
                spec.commandLine().getOut().println(ctx.messages.get("cli.seeker.resumed", Names.printable(s.displayName())));
                return 0;
            });
        }
    }

    private static String day(java.time.Instant at) {
        return at == null ? "" : LocalDate.ofInstant(at, ZoneId.systemDefault()).toString();
    }

    private static Map<String, Object> toJson(CaseloadRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.seekerId());
        m.put("name", r.name());
        m.put("default", r.isDefault());
        m.put("ended_at", r.closedAt() == null ? null : r.closedAt().toString());
        Map<String, Integer> open = new LinkedHashMap<>();
        for (ApplicationStatus s : ApplicationStatus.values()) {
            if (r.count(s) > 0) {
                open.put(s.name().toLowerCase(Locale.ROOT), r.count(s));
            }
        }
        m.put("open_applications", open);
        m.put("next_deadline", r.nextDeadline() == null ? null : r.nextDeadline().toString());
        m.put("overdue_actions", r.overdueActions());
        m.put("last_session", r.lastSession() == null ? null : r.lastSession().toString());
        m.put("last_activity", r.lastActivity() == null ? null : r.lastActivity().toString());
        m.put("alerts", r.alerts().stream().map(a -> a.name().toLowerCase(Locale.ROOT)).toList());
        return m;
    }
}
