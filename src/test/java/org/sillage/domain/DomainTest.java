package org.sillage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DomainTest {
    @ParameterizedTest
    @CsvSource({"applied,APPLIED", "Applied,APPLIED", " INTERVIEW ,INTERVIEW", "withdrawn,WITHDRAWN"})
    void status_names_parse_case_insensitively(String name, ApplicationStatus expected) {
        assertThat(ApplicationStatus.parse(name)).contains(expected);
    }

    @Test
    void unknown_status_names_do_not_parse() {
        assertThat(ApplicationStatus.parse("envoyée")).isEmpty();
        assertThat(ApplicationStatus.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Éducation,education", "ÉLÈVE Ça,eleve ca", "ﬂeur,fleur"})
    void folding_removes_case_and_accents(String text, String folded) {
        assertThat(Texts.fold(text)).isEqualTo(folded);
    }

    @Test
    void identity_ignores_spacing_line_endings_and_ligatures() {
        assertThat(Texts.normalizeForIdentity("a\u00A0ﬁn\r\n\r\n  b "))
                .isEqualTo(Texts.normalizeForIdentity("a fin\nb"));
        assertThat(Texts.normalizeForIdentity("a b")).isNotEqualTo(Texts.normalizeForIdentity("a c"));
    }

    @Test
    void search_needs_every_word() {
        String folded = Texts.fold("Chargé de coopération à Oujda");
        assertThat(Texts.matchesAllWords(folded, "cooperation OUJDA")).isTrue();
        assertThat(Texts.matchesAllWords(folded, "cooperation lille")).isFalse();
        assertThat(Texts.matchesAllWords(folded, "   ")).isTrue();
    }

    @Test
    void corrections_are_laid_over_extracted_fields() {
        PostingFields extracted = PostingFields.builder().title("Old").deadline(LocalDate.of(2024, 1, 1))
                .addRequiredDocument(new DocumentRequirement("cv", Necessity.REQUIRED, "PDF", null, null)).build();
        PostingFields effective = extracted.withCorrections(Map.of("title", "New", "deadline", "",
                "required_documents", "cv, cover_letter", "languages_required", "FR, nl"));
        assertThat(effective.title()).isEqualTo("New");
        assertThat(effective.deadline()).isNull();
        assertThat(effective.requiredDocumentKinds()).containsExactly("cv", "cover_letter");
        assertThat(effective.requiredDocuments().get(0).format()).isEqualTo("PDF");
        assertThat(effective.languagesRequired()).containsExactly("fr", "nl");
    }

    @Test
    void a_correction_that_does_not_parse_is_rejected_by_with_and_skipped_by_withCorrections() {
        PostingFields f = PostingFields.builder().deadline(LocalDate.of(2024, 1, 1)).build();
        assertThatThrownBy(() -> f.with(Field.DEADLINE, "demain")).isInstanceOf(RuntimeException.class);
        assertThat(f.withCorrections(Map.of("deadline", "demain")).deadline()).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void every_field_formats_what_with_parses() {
        PostingFields f = PostingFields.builder().title("T").contractType(ContractType.SERVICE_CIVIQUE)
                .deadline(LocalDate.of(2021, 2, 19)).deadlineTime(java.time.LocalTime.NOON).deadlineZone("Europe/Brussels")
                .deadlineOpenUntilFilled(true).experienceYears(3).drivingLicence(true)
                .applicationEmails(List.of("a@b.fr", "c@d.fr")).build();
        for (Field field : Field.values()) {
            String formatted = f.format(field);
            assertThat(f.with(field, formatted).format(field)).as(field.key()).isEqualTo(formatted);
        }
    }

    @Test
    void optional_and_waived_documents_are_not_required() {
        PostingFields f = PostingFields.builder()
                .addRequiredDocument(DocumentRequirement.required("cv"))
                .addRequiredDocument(new DocumentRequirement("portfolio", Necessity.OPTIONAL, null, null, null))
                .addRequiredDocument(new DocumentRequirement("cover_letter", Necessity.WAIVED, null, null, null)).build();
        assertThat(f.requiredDocumentKinds()).containsExactly("cv");
    }
}
