package org.sillage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sillage.domain.UserException;

/**
 * Hostile bytes: valid fixtures with bytes flipped, cut or duplicated, seeded so that a failure replays.
 * Reading must end within the time limit with a document or a {@link UserException}, never anything else.
 */
class MutationTest {
    private static final long SEED = 20251124L;
    private static final int MUTANTS_PER_FIXTURE = 50;
    private static final Duration LIMIT = Duration.ofSeconds(5);
    private final PostingReader reader = new PostingReader(new ReadLimits(ReadLimits.DEFAULT.maxBytes(), LIMIT));

    private static Map<String, byte[]> fixtures() throws IOException {
        String text = Fixtures.text(Fixtures.seeds().get(0));
        Map<String, byte[]> f = new LinkedHashMap<>();
        f.put("pdf", Fixtures.pdf(text));
        f.put("docx", Fixtures.docx(text));
        f.put("html", Fixtures.html(text, "<script type=\"application/ld+json\">{\"@type\":\"JobPosting\",\"title\":\"T\","
                + "\"validThrough\":\"2026-01-01T10:00:00Z\"}</script>").getBytes(StandardCharsets.UTF_8));
        f.put("eml", Fixtures.eml("Offre", text, Map.of("offre.pdf", Fixtures.pdf("Offre courte"))));
        f.put("txt", text.getBytes(StandardCharsets.UTF_8));
        f.put("odt", Fixtures.odt(text));
        f.put("rtf", Fixtures.rtf(text));
        try (InputStream in = MutationTest.class.getResourceAsStream("/fixtures/offre.doc")) {
            f.put("doc", in.readAllBytes());
        }
        return f;
    }

    static byte[] mutate(byte[] original, Random random) {
        byte[] b = original.clone();
        switch (random.nextInt(4)) {
            case 0 -> { // flip a few bytes
                int flips = 1 + random.nextInt(16);
                for (int i = 0; i < flips; i++) {
                    b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
                }
                return b;
            }
            case 1 -> { // cut the end
                return java.util.Arrays.copyOf(b, random.nextInt(b.length));
            }
            case 2 -> { // cut a slice out of the middle
                int from = random.nextInt(b.length);
                int to = Math.min(b.length, from + 1 + random.nextInt(Math.max(1, b.length / 4)));
                byte[] out = new byte[b.length - (to - from)];
                System.arraycopy(b, 0, out, 0, from);
                System.arraycopy(b, to, out, from, b.length - to);
                return out;
            }
            default -> { // duplicate a slice in place
                int from = random.nextInt(b.length);
                int len = 1 + random.nextInt(Math.min(b.length - from, 4096));
                byte[] out = new byte[b.length + len];
                System.arraycopy(b, 0, out, 0, from + len);
                System.arraycopy(b, from, out, from + len, b.length - from);
                return out;
            }
        }
    }

    @Test
    void mutated_files_yield_a_document_or_a_user_exception_within_the_time_limit() throws IOException {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> outcomes = new java.util.TreeMap<>();
        int cases = 0;
        for (Map.Entry<String, byte[]> fixture : fixtures().entrySet()) {
            for (int i = 0; i < MUTANTS_PER_FIXTURE; i++) {
                byte[] mutant = mutate(fixture.getValue(), random);
                String label = fixture.getKey() + " #" + i;
                long started = System.nanoTime();
                String outcome;
                try {
                    SourceDocument doc = reader.readBytes(mutant, "mutant." + fixture.getKey());
                    assertThat(doc.text()).as(label).isNotNull();
                    outcome = "document";
                } catch (UserException e) {
                    outcome = e.key();
                } catch (Throwable e) { // NOPMD: that is what this test is looking for
                    failures.add(label + ": " + e);
                    outcome = "other";
                }
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                if (took.compareTo(LIMIT.plusSeconds(2)) > 0) {
                    failures.add(label + ": took " + took);
                }
                outcomes.merge(outcome, 1, Integer::sum);
                cases++;
            }
        }
        System.out.println("Mutation test: " + cases + " cases, outcomes " + outcomes);
        assertThat(cases).isGreaterThanOrEqualTo(400);
        assertThat(failures).isEmpty();
    }
}
