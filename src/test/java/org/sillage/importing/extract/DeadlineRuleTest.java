package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sillage.domain.Field;
import org.sillage.domain.PostingFields;

class DeadlineRuleTest {
    private final RuleExtractor extractor = new RuleExtractor();

    static Stream<Arguments> statedDeadlines() {
        return Stream.of(
                Arguments.of("""
                        Dépôt des candidatures
                        Vous pouvez poser votre candidature jusqu’au 19 février 2021 à 12h00.
                        """, "2021-02-19", "12:00", null),
                Arguments.of("Merci d'envoyer votre CV et votre lettre avant le 31 mai 2024.", "2024-05-31", null, null),
                Arguments.of("Candidatures au plus tard le vendredi 3 mai 2019 à minuit.", "2019-05-03", "23:59", null),
                Arguments.of("Date limite de candidature : 15/03/2024", "2024-03-15", null, null),
                Arguments.of("Deadline: April, 14 2026", "2026-04-14", null, null),
                Arguments.of("""
                        ---
                        role: Chef·fe de projet
                        poste_ferme: 2026-09-30T15:57:53.574Z
                        ---

                        Rejoignez l'équipe.
                        """, "2026-09-30", null, null),
                Arguments.of("**Date limite de candidature : 25 juin 2021**", "2021-06-25", null, null),
                Arguments.of("Please apply by March 15th, 2024, 5pm ET.", "2024-03-15", "17:00", "America/New_York"),
                Arguments.of("The closing date for applications is 04/05/2024.", "2024-04-05", null, null),
                Arguments.of("Deadline for applications: Jan 30th 2016.", "2016-01-30", null, null),
                Arguments.of("Send your application before Friday, March 1, 2024 at 11:59 p.m.", "2024-03-01", "23:59", null),
                Arguments.of("Solliciteren kan uiterlijk op 12 april 2024 om 17.00 uur.", "2024-04-12", "17:00", null),
                Arguments.of("Reageer vóór 1 maart 2024 via het sollicitatieformulier.", "2024-03-01", null, null),
                Arguments.of("Date limite : 15 mars 2024 à 17h (heure de Paris)", "2024-03-15", "17:00", "Europe/Paris"),
                Arguments.of("Deadline: 30 January 2024, 23:59 CET", "2024-01-30", "23:59", "Europe/Paris"),
                Arguments.of("Les candidatures sont à envoyer d'ici le 2 octobre 2023 à midi.", "2023-10-02", "12:00", null),
                Arguments.of("Clôture des candidatures le 12.09.2022", "2022-09-12", null, null),
                Arguments.of("Reageren kan tot en met 15 maart 2024.", "2024-03-15", null, null),
                // a volunteer's signing up, the verb after the date
                Arguments.of("Wat stuur je in? Een foto.\n\nVóór 30 mei 2026 insturen", "2026-05-30", null, null),
                Arguments.of("Aanmelden kan tot 30 mei 2026.", "2026-05-30", null, null),
                Arguments.of("Applications due March 1, 2024 at 5:00 p.m. ET", "2024-03-01", "17:00", "America/New_York"),
                Arguments.of("Send a CV to jobs@example.org by noon on Friday 14 March 2025.", "2025-03-14", "12:00", null),
                Arguments.of("Please apply before 5 pm on March 3, 2025.", "2025-03-03", "17:00", null),
                Arguments.of("Envoyez votre candidature avant midi le 3 mars 2025.", "2025-03-03", "12:00", null),
                Arguments.of("Date limite : à 12h le vendredi 14 mars 2025", "2025-03-14", "12:00", null),
                Arguments.of("Candidatures au plus tard à 17h30 le 2 avril 2025.", "2025-04-02", "17:30", null),
                Arguments.of("The closing date for applications is Monday 30th June 2025 at 12 noon.", "2025-06-30", "12:00", null),
                Arguments.of("The closing date is 30 June 2025, 12 midday.", "2025-06-30", "12:00", null),
                Arguments.of("Applications received after 5 p.m. on 30/06/2025 will not be considered.", "2025-06-30", "17:00", null));
    }

    @ParameterizedTest
    @MethodSource("statedDeadlines")
    void readsTheStatedDeadline(String text, String date, String time, String zone) {
        PostingFields f = extractor.extract(text);
        assertThat(f.deadline()).isEqualTo(LocalDate.parse(date));
        assertThat(f.deadlineTime()).isEqualTo(time == null ? null : LocalTime.parse(time));
        assertThat(f.deadlineZone()).isEqualTo(zone);
        assertThat(f.evidenceFor(Field.DEADLINE)).isNotEmpty();
    }

    @Test
    void theClosingDateThePageStatesBeatsItsJsonLdExpiry() {
        String jsonLd = "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org/\", \"@type\": "
                + "\"JobPosting\", \"title\": \"Elections assistant\", \"validThrough\": \"2021-01-10\"}</script>\n\n";
        PostingFields f = extractor.extract(jsonLd + "Elections assistant\n\n### Closing date\nmidnight 22nd November 2020"
                + "\n\nWe hope to hold interviews in early December.\n");
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2020, 11, 22));
        assertThat(f.deadlineTime()).isEqualTo(LocalTime.of(23, 59));
        PostingFields only = extractor.extract(jsonLd + "Elections assistant\n\nJoin our small team.\n");
        assertThat(only.deadline()).isEqualTo(LocalDate.of(2021, 1, 10));
    }

    @Test
    void aDeadlineWithoutItsYearTakesItFromTheSeasonTheJobStarts() {
        assertThat(extractor.extract("PhD Student in Experimental Fluid Dynamics\n\nThe position is available starting "
                + "Spring 2024. All applications received before Nov 30th will receive full consideration. Send your CV to "
                + "lab@uh.example.edu.\n").deadline()).isEqualTo(java.time.LocalDate.of(2023, 11, 30));
    }

    @Test
    void anEnglishPostingFromACountryThatWritesTheDayFirst() {
        String body = "Technology Trainers\n\nApplications should be sent by e-mail to ceit@upng.example.%s before COB on "
                + "11/12/2019.\n";
        assertThat(extractor.extract(body.formatted("ac.pg")).deadline()).isEqualTo(java.time.LocalDate.of(2019, 12, 11));
        // a US address: the month first, as before
        assertThat(extractor.extract(body.formatted("us")).deadline()).isEqualTo(java.time.LocalDate.of(2019, 11, 12));
    }

    @Test
    void theLastDateForSubmissionAndAnInterestExpressedByADate() {
        assertThat(extractor.extract("Finance Manager\n\nSend your CV to jobs@best.example.org.\n\n"
                + "The last Date for submission of application is 17th January, 2008.\n").deadline())
                .isEqualTo(java.time.LocalDate.of(2008, 1, 17));
        assertThat(extractor.extract("Postdoc in phylogenetics\n\nPlease e-mail e.allman@alaska.example and "
                + "j.rhodes@alaska.example to express interest by February 28, 2016. A full application will follow.\n")
                .deadline()).isEqualTo(java.time.LocalDate.of(2016, 2, 28));
    }

    @Test
    void interestedPeopleInvitedToGetInTouchBeforeADate() {
        PostingFields f = extractor.extract("""
                Offre d'emploi : développeuse ou développeur PHP

                Contrat de 4 mois, renouvelable.

                Les personnes intéressées sont invitées à [nous contacter](/contact) avant le 11 mai 2015.
                """);
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2015, 5, 11));
    }

    @Test
    void aFrontMatterDeadlineTakesTheTimeTheBodyWritesAfterTheSameDay() {
        PostingFields f = extractor.extract("""
                ---
                title: PhD Position in Logic
                deadline: 2020-07-20
                ---

                The group invites applications for a PhD position.

                The application <strong>deadline</strong> is <strong>July 20th, 2020</strong> at midnight local time.
                """);
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2020, 7, 20));
        assertThat(f.deadlineTime()).isEqualTo(LocalTime.of(23, 59));
    }

    @Test
    void takesAMissingYearFromTheStartDate() {
        PostingFields f = extractor.extract("""
                #### Date de début
                Le lundi 4 janvier 2021

                #### Comment envoyer une candidature
                Clique ici pour candidater jusqu'au 23 novembre 23h59 -> https://example.org/form
                """);
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2020, 11, 23));
        assertThat(f.deadlineTime()).isEqualTo(LocalTime.of(23, 59));
    }

    @Test
    void takesAMissingYearFromThePostedDate() {
        PostingFields f = extractor.extract("Publié le 20/11/2023\n\nEnvoyez votre candidature avant le 10 janvier.");
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2024, 1, 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Envoyez votre CV avant le 25 juin.",
        "La mission se déroulera du 1er mars au 31 août 2024.",
        "Les entretiens auront lieu le 12 mars 2024.",
        "Prise de poste avant le 1er septembre 2024.",
        "Created in 2015, we are hiring. Contract until 31 December 2025.",
        "Le poste est à pourvoir jusqu'au 30 juin 2024 (remplacement).",
        "For 1 year starting no later than September 2018.",
        "Nous avons été fondés le 3 mars 2010 à Lille.",
    })
    void inventsNoDeadline(String text) {
        assertThat(extractor.extract(text).deadline()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Date de validité : jusqu’à ce que le poste soit occupé",
        "Candidatures acceptées jusqu'à ce que le poste soit pourvu.",
        "Applications are reviewed on a rolling basis until the position is filled.",
        "Il n’y a pas de date de clôture officielle pour cette offre d'emploi.",
        "There is no official closing date for this job posting.",
        "Solliciteren kan tot de vacature is ingevuld.",
        "We accept applications on a rolling basis.",
        "Sollicitaties worden doorlopend behandeld.",
        "Les candidatures sont examinées au fur et à mesure de leur réception.",
    })
    void readsOpenUntilFilled(String text) {
        PostingFields f = extractor.extract(text);
        assertThat(f.deadlineOpenUntilFilled()).isTrue();
        assertThat(f.deadline()).isNull();
    }

    @Test
    void applicationsReadAsTheyComeBesideADeadlineDoNotKeepTheJobOpen() {
        PostingFields rolling = extractor.extract("Send resume and cover letter to hr@example.org by February 14th, 2022. "
                + "Applications will be reviewed on a rolling basis.");
        assertThat(rolling.deadline()).isEqualTo(LocalDate.of(2022, 2, 14));
        assertThat(rolling.deadlineOpenUntilFilled()).isFalse();
        assertThat(extractor.extract("Date limite de candidature : 20 décembre 2023. Les candidatures seront examinées au "
                + "fil de l'eau.").deadlineOpenUntilFilled()).isFalse();
        // ... unless the job stays open until it is filled
        assertThat(extractor.extract("Apply by March 1, 2024. Applicants will be considered on a rolling basis until the "
                + "position is filled.").deadlineOpenUntilFilled()).isTrue();
        assertThat(extractor.extract("Please apply by July 31st, but the position will remain open until filled.")
                .deadlineOpenUntilFilled()).isTrue();
    }

    @Test
    void aLineOpeningWithAWeakPhraseContinuesTheLineAboutSendingAbove() {
        assertThat(extractor.extract("""
                Chargé de mission

                CV et lettre de motivation à envoyer à rh@exemple.org
                Avant le 15 mars 2024
                """).deadline()).isEqualTo(LocalDate.of(2024, 3, 15));
        // a blank line parts them, or the line above is about starting: no deadline
        assertThat(extractor.extract("""
                Chargé de mission

                CV et lettre de motivation à envoyer à rh@exemple.org

                Avant le 15 mars 2024, l'équipe déménage.
                """).deadline()).isNull();
        assertThat(extractor.extract("""
                Chargé de mission

                Prise de poste souhaitée, contrat envoyé par courrier
                Avant le 15 mars 2024
                """).deadline()).isNull();
    }

    @Test
    void evidencePointsIntoTheOriginalText() {
        String text = "Ofﬁce\u00A0: Lille\r\n\r\nDate\u00A0limite de candidature\u202F: 15/03/2024";
        PostingFields f = extractor.extract(text);
        var ev = f.evidenceFor(Field.DEADLINE).get(0);
        assertThat(text.substring(ev.start(), ev.end())).isEqualTo("15/03/2024");
    }

    @Test
    void acceptedThroughAndRemainingOpenUntilADate() {
        for (String line : new String[] {"Applications accepted through March 15, 2025.",
            "The posting will remain open until March 15, 2025."}) {
            assertThat(extractor.extract("Program Coordinator\n\nRiverside Community Alliance, Portland, OR.\n\n" + line
                    + "\n\nSend your resume and cover letter to jobs@riverside.example\n").deadline()).as(line)
                    .isEqualTo(LocalDate.of(2025, 3, 15));
        }
    }

    @Test
    void aDateBeforeOrUntilFilledIsTheDeadlineWithNoWordOfApplying() {
        for (String line : new String[] {"Open until March 15th, 2025 or until filled.",
            "Offre ouverte jusqu'au 15 mars 2025 ou jusqu'à ce que le poste soit pourvu.",
            "Open tot 15 maart 2025 of tot de vacature is ingevuld."}) {
            PostingFields f = extractor.extract("Program Coordinator\n\nWe are hiring.\n\n" + line + "\n");
            assertThat(f.deadline()).as(line).isEqualTo(LocalDate.of(2025, 3, 15));
            assertThat(f.deadlineOpenUntilFilled()).as(line).isTrue();
        }
        // an office's hours are no deadline
        assertThat(extractor.extract("Program Coordinator\n\nThe office is open until 15 March 2025.\n").deadline())
                .isNull();
    }

    @Test
    void totEnMetWrittenShortBoundsTheApplications() {
        for (String line : new String[] {"Je kan solliciteren t.e.m. 14 maart 2025.", "Solliciteren kan t/m 14 maart 2025."}) {
            assertThat(extractor.extract("Coördinator\n\nHorizons zoekt een coördinator.\n\n" + line
                    + "\n\nStuur je cv naar jobs@horizons.nl.\n").deadline()).as(line).isEqualTo(LocalDate.of(2025, 3, 14));
        }
    }
}
