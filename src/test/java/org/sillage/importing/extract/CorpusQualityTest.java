package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;
import org.sillage.service.ExtractionService;

/**
 * Runs the extractor over the seeds (their text) and over the labelled real postings through the reader, as
 * {@code sillage extract} does: {@code dev/}, and the pools split by organisation into a tuning part and a
 * validation part (validation when the first byte of SHA-1(org_key) is below 77, see the corpus README).
 * Writes {@code target/pred-*.json} for the python scorer and checks the quality bars field by field,
 * scoring the way the scorer does. The validation part is never tuned on: only its aggregate bars are here.
 */
class CorpusQualityTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static Scores seeds;
    private static Scores dev;
    private static Scores tuning;
    private static Scores validation;

    @BeforeAll
    static void extractAll() throws IOException {
        RuleExtractor.resetFailures();
        seeds = run(Path.of("seeds"), CORPUS.resolve("seeds-labels.json"), "target/pred-seeds.json");
        dev = read(CORPUS.resolve("dev"), (ObjectNode) MAPPER.readTree(CORPUS.resolve("dev-labels.json").toFile()),
                "target/pred-dev.json");
        ObjectNode tune = MAPPER.createObjectNode();
        ObjectNode valid = MAPPER.createObjectNode();
        Map<String, Path> files = new LinkedHashMap<>();
        for (String pool : new String[] {"pool-fr", "pool-intl"}) {
            JsonNode labels = MAPPER.readTree(CORPUS.resolve(pool).resolve("labels.json").toFile());
            List<String> rows = Files.readAllLines(CORPUS.resolve(pool).resolve("SOURCES.tsv"), StandardCharsets.UTF_8);
            List<String> header = List.of(rows.get(0).split("\t"));
            int name = header.indexOf("filename");
            int org = header.indexOf("org_key");
            for (String row : rows.subList(1, rows.size())) {
                String[] cols = row.split("\t");
                if (cols.length <= Math.max(name, org) || !labels.has(cols[name])) {
                    continue;
                }
                (validation(cols[org]) ? valid : tune).set(cols[name], labels.get(cols[name]));
                files.put(cols[name], CORPUS.resolve(pool).resolve(cols[name]));
            }
        }
        tuning = read(files, tune, "target/pred-tuning.json");
        validation = read(files, valid, "target/pred-validation.json");
    }

    /** The corpus README's split: validation when the first byte of SHA-1(org_key) is below 77. */
    static boolean validation(String orgKey) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-1").digest(orgKey.getBytes(StandardCharsets.UTF_8));
            return (h[0] & 0xff) < 77;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Scores read(Path dir, ObjectNode labels, String out) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        labels.fieldNames().forEachRemaining(n -> {
            if (!n.startsWith("_")) {
                files.put(n, dir.resolve(n));
            }
        });
        return read(files, labels, out);
    }

    /** Reads each labelled file as {@code sillage extract} does (reader, rules, structured fields). */
    private static Scores read(Map<String, Path> all, ObjectNode labels, String out) throws IOException {
        List<String> paths = new ArrayList<>();
        labels.fieldNames().forEachRemaining(n -> {
            if (all.containsKey(n)) {
                paths.add(all.get(n).toString());
            }
        });
        ExtractionService service = ExtractionService.standalone();
        Map<String, PostingFields> fields = new LinkedHashMap<>();
        for (ExtractionService.FileResult r : service.extract(paths)) {
            if (r.ok()) {
                fields.put(Path.of(r.file()).getFileName().toString(), r.fields());
            }
        }
        ArrayNode preds = ExtractionJson.toJsonArray(fields);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of(out), ExtractionJson.write(preds), StandardCharsets.UTF_8);
        return new Scores(labels, preds);
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

    /** A rule that throws loses its fields silently (the extractor never throws): none may, on any posting. */
    @Test
    void noRuleFailsOnAnyPosting() {
        assertThat(RuleExtractor.failures()).as("rule failures while reading the corpus (see the log)").isZero();
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
    void deadlinesAreNeverInvented() {
        assertThat(dev.invented("deadline")).as("dev").isZero();
        assertThat(tuning.invented("deadline")).as("tuning").isZero();
        assertThat(validation.invented("deadline")).as("validation").isZero();
    }

    @Test
    void devFieldsMeetTheBars() {
        bars(dev, BARS_DEV);
    }

    @Test
    void tuningFieldsMeetTheBars() {
        bars(tuning, BARS_TUNING);
    }

    @Test
    void validationFieldsMeetTheBars() {
        bars(validation, BARS_VALIDATION);
    }

    // bars set just under what the extractor reaches (dev / tuning / validation), so that a loss shows
    // order: deadline, deadline_time, contract_type, title~, organization~, location~, documents F1, e-mails F1
    // reached on 2026-12-03: dev 1.00 1.00 0.80 0.90 0.80 0.82 0.96 0.97; tuning 0.97 0.97 0.73 0.85 0.68 0.47 0.82 0.88;
    // validation 1.00 1.00 0.52 0.48 0.19 0.57 0.64 0.78
    // after the readers' structure (issue 8, ADR 0026): tuning contract 0.80, title~ 0.85, e-mails 0.90;
    // validation title~ 0.52 (the other fields as before); then location~ dev 0.85, tuning 0.58, validation 0.71;
    // documents dev 0.97, tuning 0.83; e-mails dev 1.00, tuning 0.91
    // after ADR 0030 (title, organisation, location by kind): dev title~ 0.93, location~ 0.95; tuning location~ 0.76
    // after ADR 0031's addendum (fourth pass): contract_type dev 0.97, tuning 0.88, validation 0.62
    // after ADR 0032 (title and organisation chosen from candidate pools): title~ dev 0.95, tuning 0.88,
    // validation 0.60; organisation~ dev 0.86, tuning 0.80, validation 0.50
    // after ADR 0033 (places named in the text): location~ dev 0.97, tuning 0.81, validation 0.71
    private static final double[] BARS_DEV = {0.97, 0.97, 0.95, 0.95, 0.86, 0.95, 0.95, 0.97};
    private static final double[] BARS_TUNING = {0.95, 0.95, 0.86, 0.88, 0.80, 0.79, 0.81, 0.89};
    private static final double[] BARS_VALIDATION = {0.95, 0.95, 0.60, 0.60, 0.50, 0.66, 0.60, 0.74};

    @Test
    void readerFieldsMeetTheBars() {
        readerBars(dev, READER_BARS_DEV, "dev");
        readerBars(tuning, READER_BARS_TUNING, "tuning");
        readerBars(validation, READER_BARS_VALIDATION, "validation");
    }

    // the dates' roles and the other reader fields (ADR 0031), set just under what is reached:
    // order: posted_date, start_text (strict), salary_text (strict), languages_required F1
    // before ADR 0031: dev 0.88 0.68 0.55 0.70; tuning 0.97 0.63 0.73 0.59; validation 1.00 0.57 0.76 0.00
    // start_text after the fourth pass (a contract's range): dev 0.85, tuning 0.80
    private static final double[] READER_BARS_DEV = {0.97, 0.83, 0.77, 0.97};
    private static final double[] READER_BARS_TUNING = {0.97, 0.78, 0.73, 0.97};
    private static final double[] READER_BARS_VALIDATION = {0.97, 0.60, 0.69, 0.70};

    // the fourth pass (ADR 0031 addendum), set just under what is reached:
    // order: application_url, experience_years, start_date (scalar accuracy)
    // before: dev 0.82 0.93 0.95; tuning 0.83 0.97 0.92; validation 1.00 0.95 0.90
    // after: dev 0.97 0.95 1.00; tuning 1.00 0.98 0.97; validation 1.00 0.95 0.90
    private static final double[] PASS4_BARS_DEV = {0.95, 0.93, 0.97};
    private static final double[] PASS4_BARS_TUNING = {0.97, 0.96, 0.95};
    private static final double[] PASS4_BARS_VALIDATION = {0.95, 0.93, 0.88};

    @Test
    void fourthPassFieldsMeetTheBars() {
        pass4Bars(dev, PASS4_BARS_DEV, "dev");
        pass4Bars(tuning, PASS4_BARS_TUNING, "tuning");
        pass4Bars(validation, PASS4_BARS_VALIDATION, "validation");
    }

    private static void pass4Bars(Scores s, double[] b, String part) {
        String got = part + ": " + s.scalar("application_url") + " " + s.scalar("experience_years") + " " + s.scalar("start_date");
        assertThat(s.scalar("application_url")).as("application_url " + got).isGreaterThanOrEqualTo(b[0]);
        assertThat(s.scalar("experience_years")).as("experience_years " + got).isGreaterThanOrEqualTo(b[1]);
        assertThat(s.scalar("start_date")).as("start_date " + got).isGreaterThanOrEqualTo(b[2]);
    }

    private static void readerBars(Scores s, double[] b, String part) {
        String got = part + ": " + s.scalar("posted_date") + " " + s.strict("start_text") + " " + s.strict("salary_text")
                + " " + s.listF1("languages_required");
        assertThat(s.scalar("posted_date")).as("posted_date " + got).isGreaterThanOrEqualTo(b[0]);
        assertThat(s.strict("start_text")).as("start_text " + got).isGreaterThanOrEqualTo(b[1]);
        assertThat(s.strict("salary_text")).as("salary_text " + got).isGreaterThanOrEqualTo(b[2]);
        assertThat(s.listF1("languages_required")).as("languages_required " + got).isGreaterThanOrEqualTo(b[3]);
    }

    private static void bars(Scores s, double[] b) {
        assertThat(s.scalar("deadline")).as("deadline").isGreaterThanOrEqualTo(b[0]);
        assertThat(s.scalar("deadline_time")).as("deadline_time").isGreaterThanOrEqualTo(b[1]);
        assertThat(s.scalar("contract_type")).as("contract_type").isGreaterThanOrEqualTo(b[2]);
        assertThat(s.lenient("title")).as("title").isGreaterThanOrEqualTo(b[3]);
        assertThat(s.lenient("organization")).as("organization").isGreaterThanOrEqualTo(b[4]);
        assertThat(s.lenient("location")).as("location").isGreaterThanOrEqualTo(b[5]);
        assertThat(s.listF1("required_documents")).as("required_documents").isGreaterThanOrEqualTo(b[6]);
        assertThat(s.listF1("application_emails")).as("application_emails").isGreaterThanOrEqualTo(b[7]);
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

        /** Exact after normalisation, as the scorer's strict text score. */
        double strict(String field) {
            return textScore(field, (a, p) -> norm(a).equals(norm(p)));
        }

        /** Exact, contained either way, or token F1 of at least 0.8, as the scorer's lenient text score. */
        double lenient(String field) {
            return textScore(field, (a, p) -> norm(a).equals(norm(p)) || norm(p).contains(norm(a))
                    || norm(a).contains(norm(p)) || tokenF1(a, p) >= 0.8);
        }

        /** The share of postings whose text field is right: null for null, else {@code hit} by one gold alternative. */
        private double textScore(String field, java.util.function.BiPredicate<String, String> hit) {
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
                    g.forEach(x -> alts.add(x.asText()));
                } else {
                    alts.add(g.asText());
                }
                ok += alts.stream().anyMatch(x -> hit.test(x, p)) ? 1 : 0;
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
