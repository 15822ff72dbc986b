package org.sillage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AgendaRulesTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Wednesday 17 February 2021, 10:00 in Paris. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2021, 2, 17, 10, 0, 0, 0, PARIS);

    private static AgendaItem item(String date, String time, boolean done) {
        return new AgendaItem(EventKind.INTERVIEW, 1L, 1, "t", "o", ApplicationStatus.APPLIED, LocalDate.parse(date),
                time == null ? null : LocalTime.parse(time), PARIS, null, done);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2021-02-16,      , OVERDUE
            2021-02-17, 09:00, OVERDUE
            2021-02-17,      , TODAY
            2021-02-17, 18:00, TODAY
            2021-02-19, 12:00, THIS_WEEK
            2021-02-21,      , THIS_WEEK
            2021-02-22,      , LATER
            """)
    void items_fall_in_their_section(String date, String time, Agenda.Bucket expected) {
        assertThat(Agenda.bucket(item(date, time, false), NOW)).isEqualTo(expected);
    }

    @Test
    void done_items_have_their_own_section() {
        assertThat(Agenda.bucket(item("2021-02-01", null, true), NOW)).isEqualTo(Agenda.Bucket.DONE);
    }

    @Test
    void only_saved_or_preparing_applications_expire() {
        AgendaItem deadline = new AgendaItem(EventKind.DEADLINE, null, 1, "t", "o", ApplicationStatus.SAVED,
                LocalDate.of(2021, 2, 16), null, PARIS, null, false);
        assertThat(Agenda.isExpired(ApplicationStatus.SAVED, deadline, NOW)).isTrue();
        assertThat(Agenda.isExpired(ApplicationStatus.PREPARING, deadline, NOW)).isTrue();
        assertThat(Agenda.isExpired(ApplicationStatus.APPLIED, deadline, NOW)).isFalse();
        assertThat(Agenda.isExpired(ApplicationStatus.SAVED, null, NOW)).isFalse();
    }

    @Test
    void a_noon_deadline_in_brussels_is_due_at_that_instant() {
        AgendaItem d = new AgendaItem(EventKind.DEADLINE, null, 1, "t", "o", ApplicationStatus.SAVED,
                LocalDate.of(2021, 2, 19), LocalTime.NOON, ZoneId.of("Europe/Brussels"), null, false);
        assertThat(d.due().toInstant()).hasToString("2021-02-19T11:00:00Z");
        assertThat(d.key()).isEqualTo("deadline-1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Kortrijk                          | Europe/Brussels
            Agence de Courtrai (Belgique)     | Europe/Brussels
            Safi (Maroc)                      | Africa/Casablanca
            Oujda, Maroc                      | Africa/Casablanca
            Lille, France                     | Europe/Paris
            Marcq-en-Barœul                   | Europe/Paris
            Saint-Louis (Sénégal)             | Africa/Dakar
            Montréal                          | America/Toronto
            Leeds                             | Europe/London
            Edinburgh, Scotland               | Europe/London
            Cambridge, UK                     | Europe/London
            Dublin, Ireland                   | Europe/Dublin
            """)
    void a_place_implies_its_time_zone(String place, String zone) {
        assertThat(TimeZones.forPlace(place)).isEqualTo(ZoneId.of(zone));
    }

    @Test
    void a_stated_zone_wins_over_the_place_and_nothing_means_paris() {
        PostingFields stated = PostingFields.builder().location("Kortrijk").deadlineZone("America/New_York").build();
        assertThat(TimeZones.forDeadline(stated)).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(TimeZones.forPlace(null)).isEqualTo(PARIS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Coordination Maroc – Nom + Prénom       | Coordination Maroc – Dupont Marie
            Candidature [NOM Prénom]                | Candidature Dupont Marie
            Réf. 2024-12 – Prénom Nom               | Réf. 2024-12 – Marie Dupont
            Application – First name Last name      | Application – Marie Dupont
            ESSOR – ALTERNANCE CHARGE.E DE MISSION  | ESSOR – ALTERNANCE CHARGE.E DE MISSION
            Sollicitatie - voornaam achternaam      | Sollicitatie - Marie Dupont
            Candidature – votre nom                 | Candidature – Marie Dupont
            """)
    void a_required_subject_gets_the_candidate_names(String template, String expected) {
        assertThat(SubjectTemplate.fill(template, "Marie", "Dupont")).isEqualTo(expected);
    }

    @Test
    void a_subject_keeps_its_placeholders_when_the_profile_has_no_names() {
        assertThat(SubjectTemplate.fill("Coordination Maroc – Nom + Prénom", null, " "))
                .isEqualTo("Coordination Maroc – Nom + Prénom");
        assertThat(SubjectTemplate.fill("Renommée – économie", "Marie", "Dupont")).isEqualTo("Renommée – économie");
    }

    @Test
    void versions_are_told_apart_by_text_similarity() {
        String a = "Animateur jeunesse pour le centre social, accueil des jeunes, projets et sorties, date limite 3 mai";
        assertThat(Similarity.of(a, a.replace("3 mai", "10 mai"))).isGreaterThan(0.6);
        assertThat(Similarity.of(a, "Comptable en cabinet, tenue des comptes et bilans annuels")).isLessThan(0.1);
    }
}
