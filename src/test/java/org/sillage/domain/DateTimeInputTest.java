package org.sillage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateTimeInputTest {
    @ParameterizedTest
    @CsvSource({"9:00,09:00", "09:00,09:00", "9h,09:00", "9h30,09:30", "9 h 30,09:30", "14:30,14:30", "14.30,14:30",
            "14h,14:00", "2 pm,14:00", "2:30pm,14:30", "12 am,00:00", "9H30,09:30", "9u30,09:30"})
    void times_as_people_type_them(String typed, String expected) {
        assertThat(DateTimeInput.parseTime(typed)).isEqualTo(LocalTime.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"25:00", "9:75", "nine", "14", "13 pm"})
    void what_is_not_a_time_is_refused_with_the_text(String typed) {
        assertThatThrownBy(() -> DateTimeInput.parseTime(typed)).isInstanceOfSatisfying(UserException.class,
                e -> assertThat(e.key()).isEqualTo("error.input.time"));
    }

    @ParameterizedTest
    @CsvSource({"fr,2026-12-15", "fr,15/12/2026", "fr,15/12/26", "fr,15.12.2026", "nl,15-12-2026", "en,12/15/2026",
            "en,2026-12-15", "en,15/12/2026", "fr,15 déc. 2026", "en,'Dec 15, 2026'"})
    void dates_in_iso_and_in_the_language(String lang, String typed) {
        assertThat(DateTimeInput.parseDate(typed, Locale.forLanguageTag(lang))).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void an_ambiguous_date_follows_the_language_and_a_wrong_one_names_the_expected_format() {
        assertThat(DateTimeInput.parseDate("01/02/2027", Locale.FRENCH)).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(DateTimeInput.parseDate("01/02/2027", Locale.ENGLISH)).isEqualTo(LocalDate.of(2027, 1, 2));
        assertThat(DateTimeInput.parseDate(" ", Locale.FRENCH)).isNull();
        assertThatThrownBy(() -> DateTimeInput.parseDate("31/02/2027", Locale.FRENCH)).isInstanceOfSatisfying(
                UserException.class, e -> assertThat(e.args()).containsExactly("31/02/2027", "15/12/2026"));
        assertThat(DateTimeInput.example(Locale.ENGLISH)).isEqualTo("12/15/2026");
    }
}
