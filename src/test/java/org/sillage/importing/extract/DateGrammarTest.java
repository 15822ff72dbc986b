package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateGrammarTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            19 février 2021          | DAY_FIRST   | 2021-02-19
            1er novembre 2018        | DAY_FIRST   | 2018-11-01
            3 mai 2019               | DAY_FIRST   | 2019-05-03
            15/03/2024               | DAY_FIRST   | 2024-03-15
            04/05/2024               | DAY_FIRST   | 2024-05-04
            04/05/2024               | MONTH_FIRST | 2024-04-05
            11-14-2025               | DAY_FIRST   | 2025-11-14
            2019/03/12               | DAY_FIRST   | 2019-03-12
            2014-01-09               | MONTH_FIRST | 2014-01-09
            March 15th, 2024         | MONTH_FIRST | 2024-03-15
            Jan 30th 2016            | MONTH_FIRST | 2016-01-30
            30th of January 2016     | DAY_FIRST   | 2016-01-30
            12 april 2024            | DAY_FIRST   | 2024-04-12
            1 maart 2024             | DAY_FIRST   | 2024-03-01
            12.09.2022               | DAY_FIRST   | 2022-09-12
            5 sept. 2023             | DAY_FIRST   | 2023-09-05
            April, 14 2023           | MONTH_FIRST | 2023-04-14
            """)
    void readsFullDates(String written, DateGrammar.Order order, String expected) {
        String fold = TextNormalizer.normalize(written).fold;
        DateGrammar.DateMatch d = DateGrammar.parseAt(fold, 0, order);
        assertThat(d).isNotNull();
        assertThat(d.toDate()).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            23 novembre      | 11
            25 juin          | 6
            March 1          | 3
            """)
    void readsDatesWithoutYear(String written, int month) {
        DateGrammar.DateMatch d = DateGrammar.parseAt(TextNormalizer.normalize(written).fold, 0, DateGrammar.Order.DAY_FIRST);
        assertThat(d.year()).isNull();
        assertThat(d.month()).isEqualTo(month);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            31 février 2021
            32 mars 2020
            3.5
            13/13/2020
            the 12 apostles
            "mars, 12 candidats"
            """)
    void rejectsWhatIsNotADate(String written) {
        DateGrammar.DateMatch d = DateGrammar.parseAt(TextNormalizer.normalize(written).fold, 0, DateGrammar.Order.DAY_FIRST);
        assertThat(d == null || d.toDate() == null).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ' à 12h00'        | 12:00
            ' à midi'         | 12:00
            ' à minuit'       | 23:59
            ' 23h59'          | 23:59
            ', 5pm'           | 17:00
            ' at 11:59 p.m.'  | 23:59
            ' om 17.00 uur'   | 17:00
            ' à 9h'           | 09:00
            ' at midnight'    | 23:59
            """)
    void readsTimes(String written, String expected) {
        DateGrammar.TimeMatch t = DateGrammar.timeAfter(TextNormalizer.normalize(written).fold, 0);
        assertThat(t).isNotNull();
        assertThat(t.time()).isEqualTo(LocalTime.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ' ET'               | America/New_York
            ' (heure de Paris)' | Europe/Paris
            ' CET'              | Europe/Paris
            ' Brussels time'    | Europe/Brussels
            ' UTC'              | UTC
            """)
    void readsStatedZones(String written, String zone) {
        NormalizedText n = TextNormalizer.normalize(written);
        assertThat(DateGrammar.zoneAfter(n.text, n.fold, 0).zoneId()).isEqualTo(zone);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ' et nous'
            ' (voir plus bas)'
            """)
    void readsNoZoneFromOrdinaryWords(String written) {
        NormalizedText n = TextNormalizer.normalize(written);
        assertThat(DateGrammar.zoneAfter(n.text, n.fold, 0)).isNull();
    }
}
