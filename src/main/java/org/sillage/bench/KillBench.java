package org.sillage.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.sillage.Sillage;
import org.sillage.domain.ApplicationStatus;
import org.sillage.service.AppServices;
import org.sillage.service.ProgressListener;

/**
 * Kills Sillage's command line with {@code kill -9} at random points of an import, a status change or
 * an event, then opens the folder and checks that every write the command had acknowledged is there,
 * that no id was handed out twice, and that the database still opens.
 *
 * <pre>mvn -B -DskipTests package && java -cp target/sillage.jar org.sillage.bench.KillBench 200</pre>
 *
 * A short run (about 20 kills) is part of {@code mvn verify} ({@code KillTest}).
 */
public final class KillBench {
    private KillBench() {
    }

    /** What a run found. {@code lost} must be empty. */
    public record Result(int kills, int acknowledged, List<String> lost) {
    }

    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Path dir = Files.createTempDirectory("sillage-kill-");
        Result r = run(dir, kills, seed, line -> System.out.println(line));
        System.out.printf("%d kills, %d acknowledged writes, %d lost (seed %d)%n", r.kills(), r.acknowledged(),
                r.lost().size(), seed);
        r.lost().forEach(l -> System.out.println("LOST " + l));
        System.exit(r.lost().isEmpty() ? 0 : 1);
    }

    /** Runs {@code kills} commands in {@code dir}, each killed at a random moment around its acknowledgement. */
    public static Result run(Path dir, int kills, long seed, java.util.function.Consumer<String> log) throws Exception {
        Random random = new Random(seed);
        Path data = dir.resolve("data");
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        long applicationId;
        try (AppServices services = AppServices.open(data)) {
            services.imports().importSamples(ProgressListener.NONE, () -> false);
            applicationId = services.applications().track(services.postings().list().get(0).id()).applicationId();
        }
        int acknowledged = 0;
        List<String> lost = new ArrayList<>();
        ApplicationStatus[] cycle = {ApplicationStatus.PREPARING, ApplicationStatus.APPLIED, ApplicationStatus.INTERVIEW,
                ApplicationStatus.SAVED};
        int statusStep = 0;
        for (int i = 0; i < kills; i++) {
            int kind = random.nextInt(3);
            List<String> command = new ArrayList<>();
            String marker = "kill-" + i + "-" + Long.toHexString(random.nextLong());
            String ackPrefix;
            switch (kind) {
                case 0 -> {
                    Path file = inbox.resolve(marker + ".txt");
                    Files.writeString(file, "Chargé de mission " + marker + "\nAssociation " + marker
                            + "\nCandidature avant le 3 mai 2030 à rh@example.org.\n" + "Texte de l’offre. ".repeat(50));
                    command.addAll(List.of("import", file.toString()));
                    ackPrefix = "imported";
                }
                case 1 -> {
                    ApplicationStatus to = cycle[statusStep % cycle.length];
                    command.addAll(List.of("status", Long.toString(applicationId), to.name().toLowerCase(), "--note", marker));
                    ackPrefix = "";
                }
                default -> {
                    command.addAll(List.of("event", Long.toString(applicationId), "interview", "2030-01-02", "--note", marker));
                    ackPrefix = "";
                }
            }
            // kill right at the acknowledgement (most runs), or a little after, or before it came
            int mode = random.nextInt(10);
            long delayMs = mode < 6 ? 0 : mode < 9 ? random.nextInt(50) : -1 - random.nextInt(400);
            boolean acked = runAndKill(data, command, ackPrefix, delayMs);
            if (kind == 1 && acked) {
                statusStep++;
            }
            boolean present;
            try (AppServices services = AppServices.open(data)) {
                present = switch (kind) {
                    case 0 -> services.postings().list().stream().anyMatch(p -> p.title() != null && p.title().contains(marker));
                    case 1 -> services.applications().get(applicationId).history().stream()
                            .anyMatch(c -> marker.equals(c.note()));
                    default -> services.agenda().events(applicationId).stream().anyMatch(e -> marker.equals(e.note()));
                };
                if (kind == 1 && present && !acked) {
                    statusStep++; // written, but killed before it could say so
                }
            }
            if (acked) {
                acknowledged++;
                if (!present) {
                    lost.add(String.join(" ", command));
                }
            }
            log.accept(String.format("%3d %-7s delay %4d ms acknowledged %-5s stored %s", i, command.get(0), delayMs,
                    acked, present));
        }
        return new Result(kills, acknowledged, lost);
    }

    /**
     * Starts the command, and kills it {@code delayMs} after its first line of output starting with
     * {@code ackPrefix} (negative: that many ms after the start, acknowledged or not). True when the
     * acknowledgement was read before the kill.
     */
    private static boolean runAndKill(Path data, List<String> args, String ackPrefix, long delayMs)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Duser.language=en", "-cp",
                System.getProperty("java.class.path"), Sillage.class.getName()));
        cmd.addAll(args);
        cmd.addAll(List.of("--data-dir", data.toString()));
        Path errors = Files.createTempFile("sillage-kill-stderr", ".txt");
        Process p = new ProcessBuilder(cmd).redirectError(errors.toFile()).start();
        // the output is read on its own thread, so that the kill can come at any moment
        var lines = new java.util.concurrent.LinkedBlockingQueue<String>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process was killed
            }
            lines.add(EOF);
        }, "kill-bench-reader");
        reader.setDaemon(true);
        reader.start();
        boolean acked = false;
        if (delayMs < 0) {
            Thread.sleep(-delayMs);
        } else {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!acked && System.nanoTime() < until) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line == EOF) {
                    break;
                }
                acked = line != null && !line.isBlank() && line.startsWith(ackPrefix);
            }
            if (!acked && p.isAlive() && !p.waitFor(5, TimeUnit.SECONDS)) {
                String stack = stackOf(p.pid());
                p.destroyForcibly();
                throw new IllegalStateException("no acknowledgement within 60 s from " + String.join(" ", args)
                        + "\n" + stack);
            }
            if (!acked && !p.isAlive()) {
                // the command ended without saying it was done (its output closed a moment before the JVM
                // ended): not acknowledged, so nothing is owed; what it said goes to the error stream
                System.err.println("kill bench: " + String.join(" ", args) + " ended (exit " + p.exitValue()
                        + ") without acknowledging: " + Files.readString(errors, StandardCharsets.UTF_8).strip());
            }
            if (acked && delayMs > 0) {
                Thread.sleep(delayMs);
            }
        }
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
        Files.deleteIfExists(errors);
        reader.join(10_000);
        // a line read before the kill was printed before it: it counts as acknowledged
        for (String line : lines) {
            if (line != EOF && !line.isBlank() && line.startsWith(ackPrefix)) {
                acked = true;
            }
        }
        return acked;
    }

    private static String stackOf(long pid) {
        try {
            Process j = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstack").toString(),
                    Long.toString(pid)).redirectErrorStream(true).start();
            return new String(j.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no stack: " + e.getMessage() + ")";
        }
    }

    private static final String EOF = new String("<eof>");
}
