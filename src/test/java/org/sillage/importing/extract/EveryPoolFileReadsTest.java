package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sillage.domain.UserException;
import org.sillage.importing.PostingReader;
import org.sillage.importing.ReadLimits;

/**
 * Every posting of every pool that is not a PDF (pages, markdown, front matter, templates, Word and e-mail files)
 * imports as the application reads it, and no rule fails on it. A real file the reader turned down (« empty: there
 * is no text to import ») once went unseen because no test read it; the PDFs are read by {@link CorpusQualityTest}'s
 * pools and take most of the time.
 */
class EveryPoolFileReadsTest {

    @Test
    void everyPostingReadsAndNoRuleFails() throws IOException {
        PostingReader reader = new PostingReader(ReadLimits.DEFAULT);
        RuleExtractor extractor = new RuleExtractor();
        long failuresBefore = RuleExtractor.failures();
        List<String> refused = new ArrayList<>();
        int read = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)
                    .filter(p -> p.getParent().getFileName().toString().startsWith("pool-"))::iterator) {
                String name = p.getFileName().toString();
                if (name.equals("labels.json") || name.equals("SOURCES.tsv") || name.toLowerCase().endsWith(".pdf")) {
                    continue;
                }
                try {
                    extractor.extract(reader.readBytes(Files.readAllBytes(p), name).text());
                    read++;
                } catch (UserException e) {
                    refused.add(p + ": " + e.key());
                }
            }
        }
        assertThat(refused).as("postings the reader turned down").isEmpty();
        assertThat(read).isGreaterThan(300);
        assertThat(RuleExtractor.failures() - failuresBefore).as("rule failures (see the log)").isZero();
    }
}
