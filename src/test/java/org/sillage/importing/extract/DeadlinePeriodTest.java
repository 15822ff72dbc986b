package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A period for applying written as a range of numeric dates, an offer "online until" a day, and numeric dates
 * read in the order the text writes its other dates.
 */
class DeadlinePeriodTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void thePeriodForApplyingEndsOnItsRangesSecondDate() {
        assertThat(extractor.extract("""
                Maître de conférences en chimie

                Candidatures sur la plateforme GALAXIE 12/02/2027-15/03/2027 (16 h, heure de Paris).
                """).deadline()).isEqualTo(LocalDate.of(2027, 3, 15));
    }

    @Test
    void aPeriodWhoseFirstDayHasNoMonthEndsOnItsSecondDate() {
        assertThat(extractor.extract("""
                Chargé de mission (H/F)

                Dépôt des candidatures : du 1er au 20 mars 2027
                """).deadline()).isEqualTo(LocalDate.of(2027, 3, 20));
        assertThat(extractor.extract("""
                Project officer

                Applications are accepted from 1 to 20 March 2027.
                """).deadline()).isEqualTo(LocalDate.of(2027, 3, 20));
    }

    @Test
    void suchAPeriodOfReadingOrOfWorkIsNoDeadline() {
        assertThat(extractor.extract("""
                Chargé de mission (H/F)

                Les candidatures seront examinées du 1er au 15 avril 2027.
                """).deadline()).isNull();
        assertThat(extractor.extract("""
                Stage en communication

                Le stage se déroulera du 1er au 30 juin 2027. Postulez en ligne.
                """).deadline()).isNull();
    }

    @Test
    void aPositionOpenUntilADayClosesThatDay() {
        assertThat(extractor.extract("""
                PhD position in machine learning

                Position open until March 15, 2027 or until filled.
                """).deadline()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(extractor.extract("""
                Chargé de mission (H/F)

                Offre ouverte jusqu'au 15 mars 2027.
                """).deadline()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(extractor.extract("""
                Medewerker onthaal

                Deze vacature staat open tot 15 maart 2027.
                """).deadline()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(extractor.extract("""
                Animateur (H/F)

                Le centre est ouvert jusqu'au 15 mars 2027 pour les inscriptions aux ateliers.
                """).deadline()).isNull();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Fin des candidatures : 15 mars 2027",
        "Date de fin d'affichage : 15/03/2027", "Réponse attendue avant le 15/03/2027",
        "Kandidaturen worden ingewacht tot 15 maart 2027", "Kandidaatstelling vóór 15 maart 2027",
        "Kandidaturen voor 15/03/2027 naar rh@exemple.be"})
    void moreWaysOfSayingWhenApplicationsClose(String line) {
        assertThat(extractor.extract("Chargé de mission (H/F)\n\nAssociation Exemple, Lille\n\n" + line + "\n").deadline())
                .isEqualTo(LocalDate.of(2027, 3, 15));
    }

    @Test
    void aRangeOfDatesAboutInterviewsIsNoDeadline() {
        assertThat(extractor.extract("""
                Maître de conférences en chimie

                Auditions des candidats retenus 12/05/2027-15/05/2027.
                """).deadline()).isNull();
    }

    @Test
    void aNumberInAReferenceIsNoRange() {
        assertThat(extractor.extract("""
                Technicien de laboratoire

                Référence du dossier 12/03/2027-1, à rappeler dans tout courrier.
                """).deadline()).isNull();
    }

    @Test
    void anOfferOnlineUntilADayClosesThatDay() {
        assertThat(extractor.extract("""
                Medewerker communicatie

                Deze vacature staat online tot en met 14-09-2027.
                """).deadline()).isEqualTo(LocalDate.of(2027, 9, 14));
        assertThat(extractor.extract("""
                Agent d'accueil (H/F)

                Date de publication : 01/02/2027
                Date de fin de publication : 15/03/2027
                """).deadline()).isEqualTo(LocalDate.of(2027, 3, 15));
    }

    @Test
    void anEnglishTextWritingItsDatesDayFirstReadsNumericDatesDayFirst() {
        assertThat(extractor.extract("""
                Senior system administrator

                Closing date: 04/06/2027

                Approved: 31st March 2027 by the Director of Digital Services.
                """).deadline()).isEqualTo(LocalDate.of(2027, 6, 4));
        assertThat(extractor.extract("""
                Senior system administrator

                Closing date: 04/06/2027

                Approved on March 31, 2027 by the Director of Digital Services.
                """).deadline()).isEqualTo(LocalDate.of(2027, 4, 6));
    }
}
