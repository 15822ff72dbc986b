package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.Sillage;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.Contact;
import org.sillage.domain.EventKind;
import org.sillage.domain.Seeker;

/**
 * {@code kill -9} during {@code handover import}: the command is killed at random moments of the merge
 * (after it said the archive was checked, before or after it said it was done), then the folder is opened
 * again. It holds either exactly what it held before, or the whole archive merged, never a part of it, and
 * an import the command acknowledged is always there.
 */
class HandoverKillTest {
    private static final String PASS = "correct horse battery staple";
    private static final int APPLICATIONS = 60;
    private static final int KILLS = 6;
    /** Kills early in the merge added when none of the first ones came before its commit. */
    private static final int EARLY_KILLS = 4;
    @TempDir
    Path dir;

    @Test
    void a_killed_hand_over_import_leaves_the_folder_as_it_was_or_wholly_merged() throws Exception {
        Path archive = dir.resolve("zoe.sillage");
        try (AppServices advisor = AppServices.open(dir.resolve("advisor"))) {
            Seeker zoe = advisor.seekers().add(new Seeker.Details("Zoé Vandermeulen", "Zoé", "Vandermeulen",
                    "zoe.vdm@example.org", null, "Comptabilité", null, "fr", LocalDate.of(2026, 11, 2), "CV, suivi"));
            advisor.seekers().switchTo(zoe.id());
            for (int i = 0; i < APPLICATIONS; i++) {
                long posting = advisor.imports().importText("Comptable " + i + "\nAssociation Numéro " + i
                        + "\n\nCDI à Lille. Candidature avant le " + (1 + i % 28) + " mars 2031 à rh" + i + "@example.org").postingId();
                long app = advisor.applications().track(posting).applicationId();
                advisor.applications().changeStatus(app, ApplicationStatus.APPLIED, "envoyée " + i);
                advisor.agenda().addEvent(app, EventKind.INTERVIEW, LocalDate.of(2031, 4, 1 + i % 28), null, null, "Lille", "entretien " + i);
                advisor.contacts().addTo(app, new Contact(0, "Contact " + i, "DRH", "c" + i + "@example.org", null, null));
                advisor.notes().add(app, LocalDate.of(2031, 2, 1 + i % 28), "Relancer " + i);
            }
            advisor.handover().export(zoe.id(), archive, PASS.toCharArray());
        }
        Path pristine = dir.resolve("own");
        try (AppServices own = AppServices.open(pristine)) {
            own.applications().track(own.imports().importText("Chargé de mission\nVille de Roubaix\n\nCandidature à rh@roubaix.fr").postingId());
        }
        String before = fingerprint(pristine);

        Path reference = copy(pristine, "reference");
        Run whole = run(reference, archive, Long.MAX_VALUE);
        assertThat(whole.acknowledged()).as("the import runs to its end when not killed").isTrue();
        String after = fingerprint(reference);
        assertThat(after).isNotEqualTo(before);
        long mergeMs = Math.max(50, whole.mergeMs());

        Random random = new Random(20261203L);
        int unchanged = 0;
        int merged = 0;
        // most kills inside the merge, the last ones a little after it said it was done; when none of those inside
        // came before the commit (the reference run, the first, merged slower than the later ones), a few more kills
        // early in the merge, so that a kill before the commit is always tried
        for (int k = 0; k < KILLS || unchanged == 0 && k < KILLS + EARLY_KILLS; k++) {
            Path folder = copy(pristine, "kill-" + k);
            long delay = k >= KILLS ? random.nextLong(Math.max(1, mergeMs / 4))
                    : k < KILLS - 2 ? random.nextLong(mergeMs) : mergeMs + random.nextLong(100);
            Run killed = run(folder, archive, delay);
            String now = fingerprint(folder);
            assertThat(now).as("kill %d, %d ms into the merge: the folder holds what it held, or all of the archive", k, delay)
                    .isIn(before, after);
            if (killed.acknowledged()) {
                assertThat(now).as("kill %d came after the import said it was done", k).isEqualTo(after);
            }
            if (now.equals(before)) {
                unchanged++;
            } else {
                merged++;
            }
        }
        System.out.printf("hand-over kill: merge %d ms; %d kills left the folder as it was, %d found it merged%n",
                mergeMs, unchanged, merged);
        assertThat(unchanged).as("some kills came before the merge committed").isPositive();
    }

    /** Every row of every seeker, by table and stable key, and the postings: what a partial merge would change. */
    private static String fingerprint(Path folder) {
        try (AppServices s = AppServices.open(folder)) {
            return s.seekers().all().stream()
                    .map(seeker -> seeker.displayName() + ":" + s.handover().rows(seeker.id()).stream()
                            .map(r -> r.table() + "/" + r.key()).sorted().collect(Collectors.joining(",")))
                    .sorted().collect(Collectors.joining("\n"));
        }
    }

    private Path copy(Path from, String name) throws IOException {
        Path to = dir.resolve(name);
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lock")) {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private record Run(boolean acknowledged, long mergeMs) {
    }

    /**
     * Runs {@code handover import} in its own JVM and kills it {@code delayMs} after it said the archive was
     * checked (never, for {@link Long#MAX_VALUE}).
     */
    private static Run run(Path folder, Path archive, long delayMs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Duser.language=en", "-cp", System.getProperty("java.class.path"),
                Sillage.class.getName(), "handover", "import", archive.toString(), "--data-dir", folder.toString());
        builder.environment().put("SILLAGE_PASSPHRASE", PASS);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = builder.start();
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // killed
            }
            lines.add("");
        });
        reader.setDaemon(true);
        reader.start();
        List<String> seen = new ArrayList<>();
        long mergingAt = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (mergingAt == 0 && System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line == null) {
                continue;
            }
            assertThat(line).as("the command's output before the merge: %s", seen).isNotEmpty();
            seen.add(line);
            if (line.startsWith("Archive checked")) {
                mergingAt = System.nanoTime();
            }
        }
        assertThat(mergingAt).as("the command said the archive was checked: %s", seen).isPositive();
        long mergeMs = 0;
        if (delayMs == Long.MAX_VALUE) {
            assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
            mergeMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - mergingAt);
        } else {
            Thread.sleep(delayMs);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        reader.join(10_000);
        seen.addAll(lines);
        return new Run(seen.stream().anyMatch(l -> l.startsWith("Imported")), mergeMs);
    }
}
