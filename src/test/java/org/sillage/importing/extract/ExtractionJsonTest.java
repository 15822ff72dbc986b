package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;

class ExtractionJsonTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void writesEverySchemaFieldWithItsSchemaName() {
        ObjectNode o = ExtractionJson.toJson("a.txt", PostingFields.EMPTY);
        assertThat(o.fieldNames()).toIterable().contains("file", "title", "organization", "location", "contract_type",
                "deadline", "deadline_time", "deadline_open_until_filled", "start_date", "start_text", "posted_date",
                "required_documents", "application_emails", "application_url", "application_subject", "salary_text",
                "remote_text", "experience_years", "languages_required", "evidence");
        assertThat(o.get("title").isNull()).isTrue();
        assertThat(o.get("required_documents").isArray()).isTrue();
        assertThat(o.get("deadline_open_until_filled").asBoolean()).isFalse();
    }

    @Test
    void writesDatesTimesAndRequiredDocumentKinds() {
        PostingFields f = extractor.extract("""
                Candidature : CV et lettre de motivation (optionnelle) à envoyer jusqu'au 19 février 2021 à 12h00
                à rh@org.fr
                """);
        ObjectNode o = ExtractionJson.toJson("offre.txt", f);
        assertThat(o.get("file").asText()).isEqualTo("offre.txt");
        assertThat(o.get("deadline").asText()).isEqualTo("2021-02-19");
        assertThat(o.get("deadline_time").asText()).isEqualTo("12:00");
        assertThat(o.get("application_emails").get(0).asText()).isEqualTo("rh@org.fr");
        assertThat(o.get("evidence").get("deadline").get(0).get("rule").asText()).startsWith("deadline");
        assertThat(o.get("documents").size()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void writesAnArrayForSeveralPostings() {
        Map<String, PostingFields> m = new LinkedHashMap<>();
        m.put("a.txt", PostingFields.EMPTY);
        m.put("b.txt", extractor.extract("Posted on 11-14-2025"));
        var a = ExtractionJson.toJsonArray(m);
        assertThat(a).hasSize(2);
        assertThat(a.get(1).get("posted_date").asText()).isEqualTo("2025-11-14");
        assertThat(ExtractionJson.write(a)).contains("\"file\" : \"b.txt\"");
    }
}
