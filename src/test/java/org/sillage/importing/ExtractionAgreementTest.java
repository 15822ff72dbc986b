package org.sillage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sillage.domain.PostingFields;
import org.sillage.importing.extract.RuleExtractor;

/**
 * The same posting received as PDF, DOCX or a web page must give the same deadline, e-mails and documents
 * as its text file.
 */
class ExtractionAgreementTest {
    private final PostingReader reader = new PostingReader(ReadLimits.DEFAULT);
    private final RuleExtractor rules = new RuleExtractor();

    static Stream<Arguments> seedsAndFormats() {
        return Fixtures.seeds().stream().flatMap(seed -> Stream.of("pdf", "docx", "html").map(f -> Arguments.of(seed, f)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("seedsAndFormats")
    void a_seed_in_another_format_yields_the_same_deadline_emails_and_documents(Path seed, String format) {
        String text = reader.read(seed).text();
        byte[] bytes = switch (format) {
            case "pdf" -> Fixtures.pdf(text);
            case "docx" -> Fixtures.docx(text);
            default -> Fixtures.html(text, "").getBytes(StandardCharsets.UTF_8);
        };
        PostingFields fromText = rules.extract(text);
        PostingFields converted = rules.extract(reader.readBytes(bytes, "offre." + format).text());

        assertThat(converted.deadline()).isEqualTo(fromText.deadline());
        assertThat(converted.deadlineTime()).isEqualTo(fromText.deadlineTime());
        assertThat(converted.deadlineOpenUntilFilled()).isEqualTo(fromText.deadlineOpenUntilFilled());
        assertThat(converted.applicationEmails()).isEqualTo(fromText.applicationEmails());
        assertThat(converted.requiredDocumentKinds()).isEqualTo(fromText.requiredDocumentKinds());
    }
}
