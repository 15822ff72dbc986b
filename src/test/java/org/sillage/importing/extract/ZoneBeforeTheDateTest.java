package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/**
 * A deadline's time written before its date with the time zone between them ("by midnight UK time on the 22nd of
 * May"): the time and the zone are read, as when the zone follows the date (rules 37). Texts written for the test.
 */
class ZoneBeforeTheDateTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private org.sillage.domain.PostingFields read(String sentence) {
        return extractor.extract("Research Associate\n\nWe are looking for a research associate.\n\n" + sentence + "\n");
    }

    @Test
    void zoneWordsBetweenTheTimeAndTheDate() {
        var f = read("Applications must be submitted by midnight UK time on the 22nd of May 2022.");
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2022, 5, 22));
        assertThat(f.deadlineTime()).isEqualTo(LocalTime.of(23, 59));
        assertThat(f.deadlineZone()).isEqualTo("Europe/London");
    }

    @Test
    void aZoneInBracketsBetweenTheTimeAndTheDate() {
        var f = read("Applications must be received by 23:59 (UK time) on 22 May 2022.");
        assertThat(f.deadlineTime()).isEqualTo(LocalTime.of(23, 59));
        assertThat(f.deadlineZone()).isEqualTo("Europe/London");
    }

    @Test
    void frenchZoneBetweenTheTimeAndTheDate() {
        var f = extractor.extract("Chargé de mission\n\nNous recrutons un chargé de mission.\n\n"
                + "Candidatures à envoyer avant 12h00 (heure de Paris) le 3 mars 2023.\n");
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2023, 3, 3));
        assertThat(f.deadlineTime()).isEqualTo(LocalTime.of(12, 0));
        assertThat(f.deadlineZone()).isEqualTo("Europe/Paris");
    }

    @Test
    void otherWordsBetweenStillKeepTheTimeOut() {
        // a time and a date that other words part are not one deadline
        var f = read("The interviews start at 10:00 and the closing date is 22 May 2022.");
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2022, 5, 22));
        assertThat(f.deadlineTime()).isNull();
    }
}
