package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Dutch: « zoekt per 1 mei een medewerker » (a lead-in before the job), « ten laatste op » (a deadline's bound), a
 * town in the employer's name (« Stad Brugge ») that its e-mail domain also holds.
 */
class DutchRecruitAndDeadlineTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aDateOrAUnitBeforeTheArticleIsNotTheJob() {
        assertThat(extractor.extract("""
                Over ons
                Stichting Oude Kerk in Amsterdam zoekt per 1 mei een medewerker communicatie.

                Reageren uiterlijk 20 maart 2025 naar sollicitatie@oudekerk.nl.
                """).title()).isEqualTo("Medewerker communicatie");
    }

    @Test
    void atTheLatestOnADate() {
        assertThat(extractor.extract("""
                Jobstudent zomer 2025

                De Stad Brugge zoekt jobstudenten.
                Kandidaten sturen hun cv naar jobs@brugge.be ten laatste op 30 april 2025.
                """).deadline()).isEqualTo(LocalDate.of(2025, 4, 30));
    }

    @Test
    void aReplyDateAndABelgianBy() {
        String[] said = {"Uiterste reactiedatum: 15-03-2025", "Reactietermijn: 15 maart 2025",
            "Kandidaturen worden verwacht tegen 15 maart 2025.", "Solliciteer tegen 15 maart 2025 via e-mail."};
        for (String line : said) {
            assertThat(extractor.extract("Medewerker communicatie\n\nStichting De Brug, Gent.\n\n" + line
                    + "\n\nStuur je cv en motivatiebrief naar vacature@debrug.be\n").deadline()).as(line)
                    .isEqualTo(LocalDate.of(2025, 3, 15));
        }
        // a date that is no deadline after « tegen »: what the job costs, said in a sentence about something else
        assertThat(extractor.extract("Medewerker communicatie\n\nStichting De Brug, Gent.\n\nDe cursus is beschikbaar "
                + "tegen 15 euro.\nWe zijn gesloten tegen 1 mei 2025.\n").deadline()).isNull();
    }

    @Test
    void aTimeBeforeAnHourAndMidnight() {
        assertThat(extractor.extract("Medewerker\n\nStichting De Brug, Gent.\n\nUiterlijk 15 maart 2025 vóór 12u\n"
                + "\nStuur je cv naar vacature@debrug.be\n").deadlineTime()).isEqualTo(java.time.LocalTime.NOON);
        assertThat(extractor.extract("Medewerker\n\nStichting De Brug, Gent.\n\nUiterlijk 15 maart 2025 om middernacht\n"
                + "\nStuur je cv naar vacature@debrug.be\n").deadlineTime()).isEqualTo(java.time.LocalTime.of(23, 59));
    }

    @Test
    void aTownInTheEmployersNameThatItsEmailDomainAlsoHolds() {
        assertThat(extractor.extract("""
                Jobstudent zomer 2025

                De Stad Brugge zoekt jobstudenten.
                Kandidaten sturen hun cv naar jobs@brugge.be.
                """).location()).isEqualTo("Brugge");
    }

    @Test
    void aNameWithItsArticleAfterALegalForm() {
        assertThat(extractor.extract("""
                Coördinator (m/v/x)

                Over ons
                VZW De Link is een organisatie in Gent die werkt rond armoede.

                Stuur je cv naar vacature@delink.be
                """).organization()).isEqualTo("De Link");
    }
}
