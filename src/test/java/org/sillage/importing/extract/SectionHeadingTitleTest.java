package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A part's heading (« Over de functie », "About the role") is never the title. */
class SectionHeadingTitleTest {
    @Test
    void headingsOfPartsAreNotTitles() {
        assertThat(TitleFilters.notATitle("Over de functie")).isTrue();
        assertThat(TitleFilters.notATitle("About the role:")).isTrue();
        assertThat(TitleFilters.notATitle("## Vos missions")).isTrue();
        assertThat(TitleFilters.notATitle("Wat ga je doen?")).isTrue();
        assertThat(TitleFilters.notATitle("Functie omschrijving")).isTrue();
        assertThat(TitleFilters.notATitle("Wij vragen:")).isTrue();
    }

    @Test
    void titlesHoldingThoseWordsStayTitles() {
        assertThat(TitleFilters.notATitle("Chargé·e de missions internationales")).isFalse();
        assertThat(TitleFilters.notATitle("Profil data engineer")).isFalse();
    }

    @Test
    void theTitleIsTakenPastTheHeading() {
        assertThat(new RuleExtractor().extract("""
                Over de functie

                Wij zoeken een ervaren timmerman voor ons team in Sneek.
                """).title()).isNotEqualTo("Over de functie");
    }

    @Test
    void aPageHeadingAboveADutchPartsHeadingIsTheTitle() {
        var html = """
                <html><body><div class="vacature"><h2>Zelfstandig elektromonteur woningbouw (regio Zaanstad)</h2>
                <h4>Functie omschrijving</h4><p>Voor een opdrachtgever zijn wij op zoek naar een elektromonteur.</p>
                <p>Wij zoeken/vragen:</p><ul><li>Een rijbewijs B;</li><li>Een geldig VCA certificaat.</li></ul></div>
                </body></html>""";
        var doc = org.sillage.importing.read.HtmlReader.readString(html, "vacature.php");
        assertThat(new RuleExtractor().extract(doc.text(), doc.structure()).title())
                .isEqualTo("Zelfstandig elektromonteur woningbouw (regio Zaanstad)");
    }
}
