package org.sillage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sillage.importing.extract.RuleExtractor;

/**
 * Words that name no employer, wherever they stand (rules 36): a page's listing heading under the title ("Current
 * Vacancies"), and a site name that is the job's own title. Better no organisation than one of those.
 */
class NoEmployerWordsTest {
    private final PostingReader reader = new PostingReader(ReadLimits.DEFAULT);
    private final RuleExtractor rules = new RuleExtractor();

    @Test
    void aListingHeadingUnderTheTitleIsNoEmployer() {
        var fields = rules.extract("""
                Developer
                Current Vacancies
                Location: remote
                Salary: £30,000 a year
                Contract: permanent

                You will build the tools our analysts use every day. Send your CV to hello@example.org.
                """);
        assertThat(fields.organization()).isNull();
    }

    @Test
    void aSiteNameThatIsTheJobsTitleIsNoEmployer() {
        String page = """
                <html><head><title>Home - Woonbegeleider m/v voor de groep</title></head>
                <body><h1>Woonbegeleider m/v voor de groep</h1>
                <p>Voor onze leefgroep in Gent zoeken we een woonbegeleider voor 30 uur per week.</p>
                <p>Je begeleidt jongeren in hun dagelijks leven en werkt nauw samen met het team.</p>
                <p>Stuur je cv en motivatiebrief naar de verantwoordelijke.</p></body></html>
                """;
        SourceDocument doc = reader.readBytes(page.getBytes(StandardCharsets.UTF_8), "job.html");
        var fields = rules.extract(doc.text(), doc.structure());
        assertThat(fields.title()).isEqualTo("Woonbegeleider m/v voor de groep");
        assertThat(fields.organization()).isNull();
    }
}
