package org.sillage.importing.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sillage.domain.ContractType;
import org.sillage.domain.Evidence;
import org.sillage.domain.Field;
import org.sillage.domain.PostingFields;

/** schema.org JobPosting, in JSON-LD or microdata, mapped straight to fields with evidence. */
class JobPostingJsonLdTest {

    private static String page(String head, String body) {
        return "<html><head>" + head + "</head><body><nav><a href=/>Accueil</a></nav><main>" + body + "</main></body></html>";
    }

    private static String ld(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    @Test
    void every_stated_field_is_mapped_with_evidence_into_the_text() {
        String json = """
                {"@context": "https://schema.org", "@type": "JobPosting",
                 "title": "Coordinatrice de projets",
                 "hiringOrganization": {"@type": "Organization", "name": "Le Partenariat"},
                 "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Lille",
                                 "addressCountry": "FR"}},
                 "datePosted": "2025-11-14",
                 "validThrough": "2025-12-15T23:59:00+01:00",
                 "employmentType": ["FULL_TIME"],
                 "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
                                "value": {"@type": "QuantitativeValue", "minValue": 28000, "maxValue": 32000, "unitText": "YEAR"}},
                 "applicationContact": {"@type": "ContactPoint", "email": "mailto:RH@lepartenariat.example.org",
                                        "url": "https://lepartenariat.example.org/postuler"},
                 "description": "<p>Coordonner les projets.</p>"}
                """;
        HtmlReader.Result r = HtmlReader.readString(page(ld(json),
                "<h1>Coordinatrice de projets</h1><p>Le Partenariat recrute à Lille.</p>"), "p.html");
        PostingFields f = r.structured();
        assertThat(f.title()).isEqualTo("Coordinatrice de projets");
        assertThat(f.organization()).isEqualTo("Le Partenariat");
        assertThat(f.location()).isEqualTo("Lille, FR");
        assertThat(f.postedDate()).isEqualTo(LocalDate.of(2025, 11, 14));
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(f.deadlineTime()).isEqualTo(LocalTime.of(23, 59));
        assertThat(f.deadlineZone()).isEqualTo("+01:00");
        assertThat(f.contractType()).isEqualTo(ContractType.CDI);
        assertThat(f.salaryText()).isEqualTo("28000–32000 EUR / YEAR");
        assertThat(f.applicationEmails()).containsExactly("rh@lepartenariat.example.org");
        assertThat(f.applicationUrl()).isEqualTo("https://lepartenariat.example.org/postuler");
        Evidence title = f.evidenceFor(Field.TITLE).get(0);
        assertThat(r.text().substring(title.start(), title.end())).isEqualTo("Coordinatrice de projets");
        assertThat(title.rule()).isEqualTo("jsonld.title");
        assertThat(f.evidenceFor(Field.DEADLINE)).containsExactly(new Evidence(0, 0, "jsonld.validThrough"));
        assertThat(r.text()).doesNotContain("Accueil", "JobPosting");
    }

    @Test
    void a_posting_is_found_in_a_graph_or_an_array_among_other_things() {
        String graph = """
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebPage", "name": "Offres"},
                  {"@type": ["Thing", "JobPosting"], "title": "Juriste", "validThrough": "2026-01-31",
                   "hiringOrganization": "ONG Example", "employmentType": "INTERN",
                   "jobLocation": [{"address": {"addressLocality": "Paris"}}, {"address": {"addressLocality": "Lyon"}}],
                   "url": "https://example.org/offre/1", "directApply": true}]}
                """;
        PostingFields f = HtmlReader.readString(page(ld("not json at all") + ld("[" + graph + "]"), "<p>Juriste</p>"),
                "p.html").structured();
        assertThat(f.title()).isEqualTo("Juriste");
        assertThat(f.organization()).isEqualTo("ONG Example");
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(f.deadlineTime()).isNull();
        assertThat(f.deadlineZone()).isNull();
        assertThat(f.contractType()).isEqualTo(ContractType.STAGE);
        assertThat(f.location()).isEqualTo("Paris; Lyon");
        assertThat(f.applicationUrl()).isEqualTo("https://example.org/offre/1");
        assertThat(f.evidenceFor(Field.APPLICATION_URL)).extracting(Evidence::rule).containsExactly("jsonld.directApply");
    }

    @Test
    void microdata_is_mapped_like_json_ld() {
        String body = """
                <div itemscope itemtype="https://schema.org/JobPosting">
                  <h1 itemprop="title">Chargé de plaidoyer</h1>
                  <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization">
                    <span itemprop="name">Action Example</span></div>
                  <p>Date limite : <time itemprop="validThrough" datetime="2026-03-01T12:00">1er mars 2026 à midi</time></p>
                  <meta itemprop="employmentType" content="TEMPORARY">
                  <p>Candidature : <a itemprop="url" href="https://action.example.org/jobs/7">en ligne</a></p>
                </div>""";
        HtmlReader.Result r = HtmlReader.readString(page("", body), "m.html");
        PostingFields f = r.structured();
        assertThat(f.title()).isEqualTo("Chargé de plaidoyer");
        assertThat(f.organization()).isEqualTo("Action Example");
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(f.deadlineTime()).isEqualTo(LocalTime.NOON);
        assertThat(f.deadlineZone()).isNull();
        assertThat(f.contractType()).isEqualTo(ContractType.CDD);
        assertThat(f.evidenceFor(Field.TITLE)).extracting(Evidence::rule).containsExactly("microdata.title");
        assertThat(r.text()).contains("Chargé de plaidoyer", "1er mars 2026 à midi");
    }

    @Test
    void a_page_built_by_scripts_takes_its_text_from_the_posting_description() {
        String json = "{\"@type\":\"JobPosting\",\"title\":\"Comptable\",\"description\":\"<p>Tenir les comptes.</p>"
                + "<p>Écrire à <a href='mailto:jobs@example.org'>nous</a>.</p>\"}";
        HtmlReader.Result r = HtmlReader.readString(page(ld(json), "<div id=app></div><script>render()</script>"), "s.html");
        assertThat(r.text()).isEqualTo("Tenir les comptes.\n\nÉcrire à nous (jobs@example.org).");
    }

    @Test
    void a_page_without_a_posting_has_no_structured_fields() {
        assertThat(HtmlReader.readString(page("", "<p>Bonjour</p>"), "x.html").structured()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"FULL_TIME,CDI", "PERMANENT,CDI", "TEMPORARY,CDD", "CONTRACTOR,FREELANCE", "INTERN,STAGE",
            "VOLUNTEER,VOLUNTEER", "CDD,CDD", "full-time,CDI", "APPRENTICESHIP,ALTERNANCE"})
    void employment_types_map_to_contract_types(String value, ContractType expected) {
        assertThat(JobPostingJsonLd.contractType(value)).isEqualTo(expected);
    }

    @Test
    void part_time_says_nothing_about_the_contract() {
        assertThat(JobPostingJsonLd.contractType("PART_TIME")).isNull();
    }
}
