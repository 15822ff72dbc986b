package org.sillage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;
import org.sillage.importing.extract.RuleExtractor;

/**
 * A shop's or a small body's page names its town only in the postal address of its footer, which the text the
 * user sees leaves out: when nothing else places the job, that town is the workplace.
 */
class FooterAddressTest {
    private final PostingReader reader = new PostingReader(ReadLimits.DEFAULT);
    private final RuleExtractor rules = new RuleExtractor();

    private PostingFields read(String body, String footer) {
        String page = """
                <html><head><title>Vacatures</title></head><body>
                <main><h1>Keukenmedewerker M/V/X</h1>
                <p>%s</p>
                <p>Stuur je cv naar restaurant@voorbeeld.be.</p></main>
                <footer>%s</footer></body></html>
                """.formatted(body, footer);
        SourceDocument doc = reader.readBytes(page.getBytes(StandardCharsets.UTF_8), "vacatures.html");
        assertThat(doc.text()).doesNotContain("Kerkstraat");
        return rules.extract(doc.text(), doc.structure());
    }

    private static final String BODY = "Ons restaurant zoekt een gemotiveerde keukenmedewerker voor de avonden. "
            + "Je helpt de chef bij de bereiding van de gerechten en houdt de keuken netjes.";

    @Test
    void theFootersTownPlacesTheJob() {
        assertThat(read(BODY, "<p>'t Restaurant<br>Kerkstraat 12<br>9880 Aalter<br>09 123 45 67</p>").location())
                .isEqualTo("Aalter");
        assertThat(read(BODY, "<div class=\"contact\">Kerkstraat 110A/B<br>1446 WJ - Purmerend</div>").location())
                .isEqualTo("Purmerend");
    }

    @Test
    void aTownAfterTheStreetsNumberWithoutAPostcode() {
        assertThat(read(BODY, "<p>info@voorbeeld.nl 030-2601602 Kerkstraat 40, Nieuwegein</p>").location())
                .isEqualTo("Nieuwegein");
        // a phone number is no street's number, and a word that is no town is no place
        assertThat(read(BODY, "<p>Bel 030-2601602, Kerkstraat</p>").location()).isNull();
        assertThat(read(BODY, "<p>Kerkstraat 40, Achterhuis</p>").location()).isNull();
    }

    @Test
    void aTownInCapitalsIsNamedAsUsual() {
        assertThat(read(BODY, "<address>Kerkstraat 4, 30000 NÎMES</address>").location()).isEqualTo("Nîmes");
    }

    @Test
    void theTextsOwnPlaceComesFirstAndAYearIsNoPostcode() {
        assertThat(read(BODY + "</p><p>Standplaats: Brugge", "<p>Kerkstraat 12, 9880 Aalter</p>").location())
                .isEqualTo("Brugge");
        assertThat(read(BODY, "<p>Kerkstraat, © 2024 Gent Events</p>").location()).isNull();
    }
}
