package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sillage.domain.PostingFields;

/**
 * Short postings written for the rules (not real offers) under {@code extract-synthetic/}, each with the
 * fields it states in {@code expected.json}. Only the fields given are checked; text fields leniently (one
 * contains the other after folding); {@code required_documents_absent} lists kinds that must not be read.
 * Fields listed in {@code _known} are known misses, reported but not failed.
 */
class SyntheticPostingsTest {
    private static final Path DIR = Path.of("src/test/resources/extract-synthetic");
    private static final Set<String> TEXTS = Set.of("title", "organization", "location", "start_text", "salary_text",
            "remote_text", "application_subject");

    static Stream<Arguments> cases() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(DIR.resolve("expected.json").toFile());
        Set<String> known = new HashSet<>();
        expected.path("_known").forEach(k -> known.add(k.asText()));
        List<Arguments> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = expected.fields();
        while (it.hasNext()) {
            var e = it.next();
            if (!e.getKey().startsWith("_")) {
                out.add(Arguments.of(e.getKey(), e.getValue(), known));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheStatedFields(String file, JsonNode expected, Set<String> known) throws IOException {
        String text = Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
        Map<String, PostingFields> one = new LinkedHashMap<>();
        one.put(file, new RuleExtractor().extract(text));
        JsonNode pred = ExtractionJson.toJsonArray(one).get(0);
        List<String> wrong = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = expected.fields();
        while (it.hasNext()) {
            var e = it.next();
            String field = e.getKey();
            if (known.contains(file + "/" + field)) {
                continue;
            }
            JsonNode want = e.getValue();
            if (field.equals("required_documents_absent")) {
                Set<String> got = strings(pred.path("required_documents"));
                for (JsonNode k : want) {
                    if (got.contains(k.asText())) {
                        wrong.add(field + ": " + k.asText() + " read");
                    }
                }
                continue;
            }
            JsonNode got = pred.path(field);
            if (!same(field, want, got)) {
                wrong.add(field + ": expected " + want + " but was " + got);
            }
        }
        assertThat(wrong).as(file).isEmpty();
    }

    private static boolean same(String field, JsonNode want, JsonNode got) {
        boolean wantNull = want.isNull() || want.isMissingNode();
        boolean gotNull = got.isNull() || got.isMissingNode() || got.isTextual() && got.asText().isEmpty();
        if (field.equals("deadline_open_until_filled")) {
            return want.asBoolean(false) == got.asBoolean(false);
        }
        if (want.isArray()) {
            return strings(want).equals(strings(got));
        }
        if (wantNull || gotNull) {
            return wantNull == gotNull;
        }
        if (field.equals("experience_years")) {
            return want.asDouble() == got.asDouble();
        }
        if (TEXTS.contains(field)) {
            String w = fold(want.asText());
            String g = fold(got.asText());
            return w.contains(g) || g.contains(w);
        }
        return want.asText().equals(got.asText());
    }

    private static Set<String> strings(JsonNode list) {
        Set<String> s = new TreeSet<>();
        list.forEach(n -> s.add(n.asText()));
        return s;
    }

    private static String fold(String s) {
        String v = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        return String.join(" ", v.replaceAll("[\"«»*_]", " ").trim().split("\\s+"));
    }
}
