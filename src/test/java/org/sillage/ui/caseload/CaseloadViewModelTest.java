package org.sillage.ui.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.CaseloadRow;
import org.sillage.domain.Seeker;
import org.sillage.i18n.Messages;
import org.sillage.service.AppServices;

/** The caseload's lines as the screen shows them: the name filter, "with alerts only", "show ended support". */
class CaseloadViewModelTest {
    private static final Instant START = LocalDate.of(2030, 3, 1).atTime(9, 0).toInstant(ZoneOffset.UTC);

    @TempDir
    Path folder;

    /** A clock the test moves forward. */
    private static final class MovingClock extends Clock {
        Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static Seeker.Details named(String name) {
        return new Seeker.Details(name, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void the_filter_alerts_and_ended_support_choose_the_lines_shown() {
        MovingClock clock = new MovingClock();
        try (AppServices s = AppServices.open(folder, clock)) {
            Seeker amina = s.seekers().add(named("Amina Koné"));
            Seeker brahim = s.seekers().add(named("Brahim"));
            Seeker emile = s.seekers().add(named("Émile"));
            s.seekers().endSupport(emile.id());
            long posting = s.imports().importText("Comptable\nCandidatures jusqu'au 30/04/2030.").postingId();
            s.applications().proposeTo(posting, java.util.List.of(amina.id(), brahim.id()));
            clock.now = START.plus(20, ChronoUnit.DAYS);
            s.seekers().switchTo(amina.id());
            long app = s.applications().list().get(0).application().id();
            s.applications().changeStatus(app, ApplicationStatus.PREPARING, null); // Amina is active, Brahim not

            CaseloadViewModel vm = new CaseloadViewModel(s.caseload(), Messages.forLocale(Locale.ENGLISH));
            vm.apply(vm.load());
            assertThat(vm.rows()).hasSize(4);
            assertThat(vm.shown()).extracting(CaseloadRow::name).containsExactly("Amina Koné", "Brahim", "me");
            assertThat(vm.count()).isEqualTo("3 of 4 people");

            vm.showEnded().set(true);
            assertThat(vm.shown()).extracting(CaseloadRow::name).contains("Émile");
            vm.filter().set("emile");
            assertThat(vm.shown()).extracting(CaseloadRow::name).containsExactly("Émile");
            vm.filter().set("KON");
            assertThat(vm.shown()).extracting(CaseloadRow::name).containsExactly("Amina Koné");
            vm.filter().set("");

            vm.alertsOnly().set(true);
            assertThat(vm.shown()).extracting(CaseloadRow::name).containsExactlyInAnyOrder("Brahim", "me");
            CaseloadRow b = vm.shown().stream().filter(r -> r.name().equals("Brahim")).findFirst().orElseThrow();
            assertThat(vm.alerts(b)).isEqualTo("No activity for 14 days");
            CaseloadRow a = vm.rows().stream().filter(r -> r.name().equals("Amina Koné")).findFirst().orElseThrow();
            assertThat(vm.byStatus(a)).isEqualTo("Preparing 1");
            assertThat(vm.byStatus(b)).isEqualTo("Saved 1");
            CaseloadRow me = vm.rows().stream().filter(CaseloadRow::isDefault).findFirst().orElseThrow();
            assertThat(vm.name(me)).isEqualTo("Me");
        }
    }
}
