package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;

/**
 * Runs the extractor over the seeds and the dev corpus, writes {@code target/pred-seeds.json} and
 * {@code target/pred-dev.json} (for the python scorer) and checks the quality bars field by field, scoring
 * the way the scorer does.
 */
class CorpusQualityTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Scores seeds;
    private static Scores dev;

    @BeforeAll
    static void extractAll() throws IOException {
        seeds = run(Path.of("seeds"), Path.of("src/test/resources/corpus/seeds-labels.json"), "target/pred-seeds.json");
        dev = run(Path.of("src/test/resources/corpus/dev"), Path.of("src/test/resources/corpus/dev-labels.json"),
                "target/pred-dev.json");
    }

    private static Scores run(Path dir, Path labels, String out) throws IOException {
        RuleExtractor extractor = new RuleExtractor();
        Map<String, PostingFields> fields = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path p : files) {
            fields.put(p.getFileName().toString(), extractor.extract(Files.readString(p, StandardCharsets.UTF_8)));
        }
        ArrayNode preds = ExtractionJson.toJsonArray(fields);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of(out), ExtractionJson.write(preds), StandardCharsets.UTF_8);
        return new Scores(MAPPER.readTree(labels.toFile()), preds);
    }

    @Test
    void seedsScalarAndListFieldsAreExact() {
        for (String f : Scores.SCALARS) {
            assertThat(seeds.scalar(f)).as(f).isEqualTo(1.0);
        }
        for (String f : Scores.LISTS) {
            assertThat(seeds.listF1(f)).as(f).isEqualTo(1.0);
        }
    }

    @Test
    void seedsTextFieldsAreAtLeastLenient() {
        for (String f : Scores.TEXTS) {
            assertThat(seeds.lenient(f)).as(f).isEqualTo(1.0);
        }
    }

    @Test
    void devDeadlinesAreAllRightAndNeverInvented() {
        assertThat(dev.scalar("deadline")).isEqualTo(1.0);
        assertThat(dev.scalar("deadline_time")).isEqualTo(1.0);
        assertThat(dev.scalar("deadline_open_until_filled")).isEqualTo(1.0);
        assertThat(dev.invented("deadline")).isZero();
    }

    @Test
    void devFieldsMeetTheBars() {
        assertThat(dev.scalar("posted_date")).as("posted_date").isGreaterThanOrEqualTo(0.93);
        assertThat(dev.scalar("experience_years")).as("experience_years").isGreaterThanOrEqualTo(0.93);
        assertThat(dev.listF1("application_emails")).as("application_emails").isGreaterThanOrEqualTo(0.97);
        assertThat(dev.listF1("required_documents")).as("required_documents").isGreaterThanOrEqualTo(0.9);
        assertThat(dev.scalar("contract_type")).as("contract_type").isGreaterThanOrEqualTo(0.87);
        assertThat(dev.lenient("title")).as("title").isGreaterThanOrEqualTo(0.87);
    }

    /** The scorer's rules, simply: exact scalars, normalised and lenient texts, micro-F1 lists. */
    static final class Scores {
        static final String[] SCALARS = {"contract_type", "deadline", "deadline_time", "deadline_open_until_filled",
            "start_date", "posted_date", "experience_years", "application_url"};
        static final String[] TEXTS = {"title", "organization", "location", "start_text", "salary_text", "remote_text",
            "application_subject"};
        static final String[] LISTS = {"required_documents", "application_emails", "languages_required"};

        private final JsonNode labels;
        private final Map<String, JsonNode> preds = new LinkedHashMap<>();

        Scores(JsonNode labels, ArrayNode predictions) {
            this.labels = labels;
            for (JsonNode p : predictions) {
                preds.put(p.path("file").asText(), p);
            }
        }

        private Iterable<Map.Entry<String, JsonNode>> entries() {
            List<Map.Entry<String, JsonNode>> l = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> it = labels.fields();
            while (it.hasNext()) {
                var e = it.next();
                if (!e.getKey().startsWith("_")) {
                    l.add(e);
                }
            }
            return l;
        }

        private JsonNode pred(String file, String field) {
            JsonNode p = preds.getOrDefault(file, MAPPER.createObjectNode()).path(field);
            return p.isMissingNode() ? MAPPER.nullNode() : p;
        }

        private static String scalar(String field, JsonNode v) {
            if (v == null || v.isNull() || v.isMissingNode() || v.asText().isEmpty()) {
                return field.equals("deadline_open_until_filled") ? "false" : null;
            }
            if (field.equals("application_url")) {
                return v.asText().strip().toLowerCase().replaceFirst("^https?://", "").replaceFirst("^www\\.", "").replaceAll("/+$", "");
            }
            if (field.equals("experience_years")) {
                return String.valueOf(v.asDouble());
            }
            return v.asText().strip();
        }

        double scalar(String field) {
            int ok = 0;
            int n = 0;
            for (var e : entries()) {
                n++;
                JsonNode g = e.getValue().path(field);
                String p = scalar(field, pred(e.getKey(), field));
                List<String> alts = new ArrayList<>();
                if (g.isArray()) {
                    g.forEach(a -> alts.add(scalar(field, a)));
                } else {
                    alts.add(scalar(field, g));
                }
                if (alts.contains(p)) {
                    ok++;
                }
            }
            return (double) ok / n;
        }

        int invented(String field) {
            int bad = 0;
            for (var e : entries()) {
                if (scalar(field, e.getValue().path(field)) == null && scalar(field, pred(e.getKey(), field)) != null) {
                    bad++;
                }
            }
            return bad;
        }

        static String norm(String s) {
            String v = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).toLowerCase();
            v = v.replaceAll("<[^>]+>", " ").replaceAll("[*_`#>\\[\\]]", " ").replaceAll("[«»\"“”‘’']", " ");
            v = v.replace('‐', '-').replace('–', '-').replace('—', '-');
            return String.join(" ", v.trim().split("\\s+"));
        }

        private static List<String> tokens(String s) {
            List<String> t = new ArrayList<>();
            var m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}_]+").matcher(norm(s));
            while (m.find()) {
                t.add(m.group());
            }
            return t;
        }

        private static double tokenF1(String a, String b) {
            List<String> ta = tokens(a);
            List<String> pool = new ArrayList<>(tokens(b));
            if (ta.isEmpty() || pool.isEmpty()) {
                return 0;
            }
            int tbSize = pool.size();
            int common = 0;
            for (String x : ta) {
                if (pool.remove(x)) {
                    common++;
                }
            }
            if (common == 0) {
                return 0;
            }
            double p = (double) common / ta.size();
            double r = (double) common / tbSize;
            return 2 * p * r / (p + r);
        }

        double lenient(String field) {
            int ok = 0;
            int n = 0;
            for (var e : entries()) {
                n++;
                JsonNode g = e.getValue().path(field);
                JsonNode pn = pred(e.getKey(), field);
                String p = pn.isNull() || pn.asText().isEmpty() ? null : pn.asText();
                if (g.isNull()) {
                    ok += p == null ? 1 : 0;
                    continue;
                }
                if (p == null) {
                    continue;
                }
                List<String> alts = new ArrayList<>();
                if (g.isArray()) {
                    g.forEach(a -> alts.add(a.asText()));
                } else {
                    alts.add(g.asText());
                }
                boolean hit = alts.stream().anyMatch(a -> norm(a).equals(norm(p)) || norm(p).contains(norm(a))
                        || norm(a).contains(norm(p)) || tokenF1(a, p) >= 0.8);
                ok += hit ? 1 : 0;
            }
            return (double) ok / n;
        }

        double listF1(String field) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (var e : entries()) {
                java.util.Set<String> g = new java.util.HashSet<>();
                e.getValue().path(field).forEach(x -> g.add(item(x.asText())));
                java.util.Set<String> p = new java.util.HashSet<>();
                pred(e.getKey(), field).forEach(x -> p.add(item(x.asText())));
                for (String x : p) {
                    if (g.contains(x)) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
                for (String x : g) {
                    if (!p.contains(x)) {
                        fn++;
                    }
                }
            }
            double prec = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
            double rec = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
            return prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
        }

        private static String item(String s) {
            return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).strip().toLowerCase().replace('‐', '-');
        }
    }
}
