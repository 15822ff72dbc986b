package org.sillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.NextAction;
import org.sillage.domain.Seeker;
import org.sillage.service.AppServices;

/** {@code handover export|import|conflicts|resolve} and {@code gdpr export|erase} on the command line. */
class HandoverCommandTest {
    @TempDir
    Path advisor;
    @TempDir
    Path own;
    @TempDir
    Path work;
    private final Map<String, String> env = new HashMap<>();
    private Locale before;
    private long application;

    @BeforeEach
    void setUp() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        CliContext.environment = env::get;
        env.put("SILLAGE_PASSPHRASE", "une phrase assez longue");
        try (AppServices s = AppServices.open(advisor)) {
            long zoe = s.seekers().add(new Seeker.Details("Zoé Martin", null, null, "zoe@example.org", null, null, null,
                    null, null, null)).id();
            s.seekers().switchTo(zoe);
            long posting = s.imports().importText("Comptable fournisseurs\nOxybulle SARL\n\nCandidature avant le 20 mars 2031.").postingId();
            application = s.applications().track(posting).applicationId();
        }
    }

    @AfterEach
    void tearDown() {
        Locale.setDefault(before);
        CliContext.environment = System::getenv;
    }

    @Test
    void a_record_goes_out_and_comes_in_once() {
        Path archive = work.resolve("zoe.sillage");
        CliRun out = CliRun.in(advisor, "handover", "export", "zoé martin", "--out", archive.toString());
        assertThat(out.code()).as(out.err()).isZero();
        assertThat(out.out()).contains("Exported Zoé Martin").contains("encrypted");
        assertThat(archive).exists();

        CliRun in = CliRun.in(own, "handover", "import", archive.toString());
        assertThat(in.code()).as(in.err()).isZero();
        assertThat(in.out()).contains("Imported Zoé Martin").contains("rows added");
        CliRun again = CliRun.in(own, "handover", "import", archive.toString());
        assertThat(again.out()).contains("nothing new");
        assertThat(CliRun.in(own, "handover", "conflicts").out()).contains("No conflict waits");
    }

    @Test
    void a_bad_passphrase_or_seeker_is_told_in_words_with_exit_code_1() {
        Path archive = work.resolve("zoe.sillage");
        assertThat(CliRun.in(advisor, "handover", "export", "Zoé Martin", "--out", archive.toString()).code()).isZero();
        env.put("SILLAGE_PASSPHRASE", "not the right phrase");
        CliRun wrong = CliRun.in(own, "handover", "import", archive.toString());
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("does not open the archive").contains("Nothing was imported").doesNotContain("Exception");

        CliRun unknown = CliRun.in(advisor, "handover", "export", "Nobody", "--out", work.resolve("x.sillage").toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("There is no job seeker “Nobody”");

        env.clear(); // no variable and no terminal (tests have none)
        CliRun noPassphrase = CliRun.in(own, "handover", "import", archive.toString());
        assertThat(noPassphrase.code()).isEqualTo(1);
        assertThat(noPassphrase.err()).contains("SILLAGE_PASSPHRASE");
    }

    @Test
    void a_conflict_is_listed_and_resolved_by_its_number() {
        Path x1 = work.resolve("x1.sillage");
        Path y1 = work.resolve("y1.sillage");
        assertThat(CliRun.in(advisor, "handover", "export", "Zoé Martin", "--out", x1.toString()).code()).isZero();
        assertThat(CliRun.in(own, "handover", "import", x1.toString()).code()).isZero();
        try (AppServices s = AppServices.open(advisor)) {
            s.seekers().switchTo(s.handover().seeker("Zoé Martin").id());
            s.applications().setNextAction(application, new NextAction("Appeler la DRH", LocalDate.of(2031, 3, 3)));
        }
        try (AppServices s = AppServices.open(own)) {
            long zoe = s.handover().seeker("Zoé Martin").id();
            s.seekers().switchTo(zoe);
            long app = s.applications().list().get(0).application().id();
            s.applications().setNextAction(app, new NextAction("Envoyer la lettre", LocalDate.of(2031, 3, 2)));
        }
        assertThat(CliRun.in(own, "handover", "export", "Zoé Martin", "--out", y1.toString()).code()).isZero();
        CliRun in = CliRun.in(advisor, "handover", "import", y1.toString());
        assertThat(in.out()).contains("1 fields were changed on both sides");

        CliRun list = CliRun.in(advisor, "handover", "conflicts", "Zoé Martin");
        assertThat(list.out()).contains("application “Comptable fournisseurs”, next_action: here “Appeler la DRH”, "
                + "in the archive “Envoyer la lettre”");
        String id = list.out().strip().split("\\s+")[0];
        CliRun resolved = CliRun.in(advisor, "handover", "resolve", id, "--keep", "theirs");
        assertThat(resolved.code()).as(resolved.err()).isZero();
        assertThat(resolved.out()).contains("the archive’s value taken");
        assertThat(CliRun.in(advisor, "handover", "conflicts").out()).contains("No conflict waits");
        CliRun twice = CliRun.in(advisor, "handover", "resolve", id, "--keep", "mine");
        assertThat(twice.code()).isEqualTo(1);
        assertThat(twice.err()).contains("There is no conflict number " + id);
    }

    @Test
    void gdpr_export_writes_the_person_and_erase_asks_to_confirm() throws Exception {
        Path dir = work.resolve("zoe-data");
        CliRun exported = CliRun.in(advisor, "gdpr", "export", "Zoé Martin", "--out", dir.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(Files.readString(dir.resolve("personal-data.json"))).contains("zoe@example.org");

        CliRun unconfirmed = CliRun.in(advisor, "gdpr", "erase", "Zoé Martin");
        assertThat(unconfirmed.code()).isEqualTo(1);
        assertThat(unconfirmed.err()).contains("cannot be undone").contains("--yes");
        CliRun erased = CliRun.in(advisor, "gdpr", "erase", "Zoé Martin", "--yes");
        assertThat(erased.code()).as(erased.err()).isZero();
        assertThat(erased.out()).contains("Erased everything about Zoé Martin");
        assertThat(CliRun.in(advisor, "gdpr", "export", "Zoé Martin", "--out", dir.toString()).code()).isEqualTo(1);
        CliRun me = CliRun.in(advisor, "gdpr", "erase", "me", "--yes");
        assertThat(me.code()).isEqualTo(1);
        assertThat(me.err()).contains("cannot be erased on its own");
    }
}
