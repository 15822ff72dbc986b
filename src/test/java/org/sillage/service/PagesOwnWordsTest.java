package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;
import org.sillage.importing.read.HtmlReader;

/**
 * A page's JSON-LD gives its salary as amounts and a unit ("2550 EUR / MONTH"), words its text does not hold; when the
 * text words the salary itself, its words are kept (rules 34), with their place in the text.
 */
class PagesOwnWordsTest {
    private static String page(String body) {
        return "<html><head><script type=\"application/ld+json\">{\"@context\": \"https://schema.org\","
                + " \"@type\": \"JobPosting\", \"title\": \"Operator\", \"hiringOrganization\": {\"name\": \"Quiosk\"},"
                + " \"baseSalary\": {\"@type\": \"MonetaryAmount\", \"currency\": \"EUR\", \"value\": {\"@type\":"
                + " \"QuantitativeValue\", \"value\": 2550, \"unitText\": \"MONTH\"}}}"
                + "</script></head><body><main><h1>Operator</h1>" + body + "</main></body></html>";
    }

    private static PostingFields read(String html) {
        HtmlReader.Result r = HtmlReader.readString(html, "job.html");
        return ImportService.withStructured(AppServices.defaultExtractor().extract(r.text(), r.structure()), r.structured());
    }

    @Test
    void the_texts_own_words_for_the_salary_are_kept() {
        PostingFields f = read(page("<p>Wij zoeken een operator voor onze automaten.</p>"
                + "<p>Salaris: € 2.550 bruto per maand op basis van 40 uur per week.</p>"));
        assertThat(f.salaryText()).startsWith("€ 2.550 bruto per maand");
        assertThat(f.evidenceFor(org.sillage.domain.Field.SALARY_TEXT)).allMatch(e -> e.end() > e.start());
    }

    @Test
    void without_a_salary_in_the_text_the_pages_data_stays() {
        PostingFields f = read(page("<p>Wij zoeken een operator voor onze automaten.</p>"));
        assertThat(f.salaryText()).isEqualTo("2550 EUR / MONTH");
    }
}
