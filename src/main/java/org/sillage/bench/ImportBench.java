package org.sillage.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.sillage.importing.SampleSeeds;
import org.sillage.service.AppServices;
import org.sillage.service.ImportOutcome;
import org.sillage.service.ImportReport;
import org.sillage.service.ProgressListener;

/**
 * Measures a bulk import: generates N mixed postings (60 % text, 25 % PDF, 15 % DOCX) from the sample
 * postings, each with its own title so that none is a duplicate, imports them into a fresh data folder
 * and prints the time, the rate and the heap used.
 *
 * <pre>mvn -B -DskipTests package && java -cp target/sillage.jar org.sillage.bench.ImportBench 100 1000 5000</pre>
 */
public final class ImportBench {
    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a));
        }
        if (sizes.isEmpty()) {
            sizes.add(1000);
        }
        System.out.printf("%8s %10s %10s %12s %12s %10s%n", "files", "generate s", "import s", "files/s", "heap MB", "imported");
        for (int n : sizes) {
            run(n);
        }
    }

    private static void run(int n) throws Exception {
        Path root = Files.createTempDirectory("sillage-bench-");
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        long t0 = System.nanoTime();
        generate(inbox, n);
        long t1 = System.nanoTime();
        System.gc();
        ImportReport report;
        long peak;
        try (AppServices services = AppServices.open(root.resolve("data"))) {
            long start = System.nanoTime();
            report = services.imports().importPaths(List.of(inbox), ProgressListener.NONE, () -> false);
            t1 = start;
            peak = usedHeapMb();
        }
        long t2 = System.nanoTime();
        double importSeconds = (t2 - t1) / 1e9;
        System.out.printf("%8d %10.1f %10.1f %12.1f %12d %10d%n", n, (t1 - t0) / 1e9, importSeconds, n / importSeconds, peak,
                report.outcomes().stream().filter(ImportOutcome::isNew).count());
        long failed = report.count(ImportOutcome.Kind.FAILED);
        if (failed > 0) {
            System.out.println("  failed: " + failed + ", e.g. " + report.outcomes().stream()
                    .filter(o -> o.kind() == ImportOutcome.Kind.FAILED).findFirst().map(ImportOutcome::error).orElse(null));
        }
        deleteAll(root);
    }

    private static long usedHeapMb() {
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed() / (1024 * 1024);
    }

    /** Writes n postings: the samples in turn, each with a unique reference line in its title. */
    static void generate(Path dir, int n) throws IOException {
        generate(dir, n, false);
    }

    /** {@link #generate(Path, int)} with every posting a text file. */
    static void generateText(Path dir, int n) throws IOException {
        generate(dir, n, true);
    }

    private static void generate(Path dir, int n, boolean textOnly) throws IOException {
        List<String> samples = SampleSeeds.load().stream().map(s -> new String(s.bytes(), StandardCharsets.UTF_8)).toList();
        for (int i = 0; i < n; i++) {
            String text = "Offre n°" + (100000 + i) + " — " + samples.get(i % samples.size()).strip();
            int kind = textOnly ? 0 : i % 20;
            if (kind < 12) {
                Files.writeString(dir.resolve(String.format("offre-%05d.txt", i)), text, StandardCharsets.UTF_8);
            } else if (kind < 17) {
                Files.write(dir.resolve(String.format("offre-%05d.pdf", i)), pdf(text));
            } else {
                Files.write(dir.resolve(String.format("offre-%05d.docx", i)), docx(text));
            }
        }
    }

    private static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> lines = new ArrayList<>();
            for (String line : text.split("\n")) {
                String clean = line.replaceAll("[^\\x20-\\x7E\\u00A0-\\u00FF’–—«»…œŒ€]", " ");
                while (clean.length() > 95) {
                    lines.add(clean.substring(0, 95));
                    clean = clean.substring(95);
                }
                lines.add(clean);
            }
            int perPage = 60;
            for (int p = 0; p < lines.size(); p += perPage) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 9);
                    cs.setLeading(11);
                    cs.newLineAtOffset(40, 750);
                    for (String line : lines.subList(p, Math.min(lines.size(), p + perPage))) {
                        try {
                            cs.showText(line);
                        } catch (IllegalArgumentException notInFont) {
                            cs.showText(line.replaceAll("[^\\x20-\\x7E]", " "));
                        }
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    static void deleteAll(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
