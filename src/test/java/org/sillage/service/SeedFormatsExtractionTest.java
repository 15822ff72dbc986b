package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sillage.domain.PostingFields;
import org.sillage.importing.Fixtures;

/**
 * The seeds written as txt, PDF, DOCX, ODT, RTF, HTML, an e-mail with the posting attached as a PDF,
 * Windows-1252 and UTF-16 give the same fields through {@code extract} as their text: the reader's path,
 * not the format, decides what is read.
 */
class SeedFormatsExtractionTest {
    @TempDir
    Path dir;

    static Stream<Path> seeds() {
        return Fixtures.seeds().stream();
    }

    /** The fields the issue asks to be the same in every format. */
    private static String facts(PostingFields f) {
        return String.join(" | ", String.valueOf(f.title()), String.valueOf(f.organization()), String.valueOf(f.deadline()),
                String.valueOf(f.deadlineTime()), String.valueOf(f.applicationEmails()),
                String.valueOf(f.requiredDocuments().stream().map(d -> d.kind()).toList()),
                String.valueOf(f.contractType()), String.valueOf(f.applicationSubject()), String.valueOf(f.location()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void every_format_of_a_seed_gives_the_fields_of_its_text(Path seed) throws IOException {
        String text = Fixtures.text(seed);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("offre.txt", text.getBytes(StandardCharsets.UTF_8));
        files.put("offre.pdf", Fixtures.pdf(text));
        files.put("offre.docx", Fixtures.docx(text));
        files.put("offre.odt", Fixtures.odt(text));
        files.put("offre.rtf", Fixtures.rtf(text));
        files.put("offre.html", Fixtures.html(text, "").getBytes(StandardCharsets.UTF_8));
        files.put("offre.eml", Fixtures.eml("Offre d'emploi", "Bonjour,\n\nvous trouverez l'offre en pièce jointe.\n",
                Map.of("offre.pdf", Fixtures.pdf(text))));
        files.put("offre-1252.txt", text.getBytes(Charset.forName("windows-1252")));
        files.put("offre-16.txt", text.getBytes(StandardCharsets.UTF_16));
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.write(p, e.getValue());
            paths.add(p.toString());
        }
        List<ExtractionService.FileResult> results = ExtractionService.standalone().extract(paths);
        assertThat(results).allMatch(ExtractionService.FileResult::ok);
        String expected = facts(results.get(0).fields());
        assertThat(expected).doesNotStartWith("null");
        for (ExtractionService.FileResult r : results) {
            assertThat(facts(r.fields())).as(Path.of(r.file()).getFileName().toString()).isEqualTo(expected);
        }
    }
}
