package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;
import org.sillage.importing.read.HtmlReader;

/**
 * A job board's page: its JSON-LD gives the listing's expiry ({@code validThrough}) and the day it was posted,
 * its text the closing date without a year. The text's closing date wins, its year from the posting day.
 */
class ListingExpiryTest {
    private static String page(String validThrough, String body) {
        return "<html><head><script type=\"application/ld+json\">{\"@context\": \"https://schema.org\","
                + " \"@type\": \"JobPosting\", \"title\": \"Data Analyst\", \"datePosted\": \"2025-11-22T04:56:07.989Z\","
                + " \"validThrough\": \"" + validThrough + "\", \"hiringOrganization\": {\"name\": \"Students' Union\"}}"
                + "</script></head><body><main><h1>Data Analyst</h1>" + body + "</main></body></html>";
    }

    private static PostingFields read(String html) {
        HtmlReader.Result r = HtmlReader.readString(html, "job.html");
        return ImportService.withStructured(AppServices.defaultExtractor().extract(r.text(), r.structure()), r.structured());
    }

    @Test
    void the_closing_date_the_text_states_beats_the_listings_expiry_and_takes_the_posting_days_year() {
        PostingFields f = read(page("2026-04-03T11:21:33.000Z",
                "<p>We are looking for a data analyst to join our team.</p><p>Closing date: 12th December</p>"));
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2025, 12, 12));
        assertThat(f.deadlineTime()).isNull();
        assertThat(f.postedDate()).isEqualTo(LocalDate.of(2025, 11, 22));
    }

    @Test
    void without_a_closing_date_in_the_text_the_listings_expiry_stays() {
        PostingFields f = read(page("2026-04-03T11:21:33.000Z",
                "<p>We are looking for a data analyst to join our team in Reading.</p>"));
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2026, 4, 3));
    }
}
