package org.sillage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sillage.importing.extract.RuleExtractor;

/**
 * A page whose title stands in a header block apart from the post, its author a person the text calls "Dr", a
 * job board it was seen on, and the place it says it is "in the heart of".
 */
class PageHeaderAndBoardsTest {
    private final PostingReader reader = new PostingReader(ReadLimits.DEFAULT);
    private final RuleExtractor rules = new RuleExtractor();

    private static final String PAGE = """
            <html><head><title>Research Engineer for Microscopy Tools</title>
            <meta name="author" content="Marta Kowalska"></head>
            <body><nav><a href="/">Home</a> <a href="/team">Team</a></nav>
            <section class="page-header"><div><h2>Research Engineer for Microscopy Tools</h2><span>Monday, Mar 2, 2026</span></div></section>
            <section class="post"><div class="post-content">
            <p><strong>Description</strong></p>
            <p>The project develops open tools for microscopy images. %s
            Located in the heart of Bristol, Westbury University brings together teaching and research.
            Westbury University is investing in the people who drive it. We are looking for a research engineer.</p>
            <p>To apply, register with the Westbury University application portal.</p>
            <p>If you have any questions please contact the supervisor, Dr Marta Kowalska: m.kowalska@westbury.example.ac.uk</p>
            <p><strong>See on FindAPostDoc:</strong> <a href="https://www.findapostdoc.com/search/Job-Details.aspx?jobcode=1">https://www.findapostdoc.com/search/Job-Details.aspx?jobcode=1</a></p>
            </div></section></body></html>
            """.formatted("The engineer builds and maintains the group's software. ".repeat(6));

    @Test
    void thePagesTitleInAHeaderBlockOfItsOwnIsRead() {
        SourceDocument doc = reader.readBytes(PAGE.getBytes(StandardCharsets.UTF_8), "job.html");
        assertThat(doc.text()).startsWith("Research Engineer for Microscopy Tools\n\nDescription");
        var fields = rules.extract(doc.text(), doc.structure());
        assertThat(fields.title()).isEqualTo("Research Engineer for Microscopy Tools");
        assertThat(fields.location()).isEqualTo("Bristol");
        // neither the author the text calls "Dr" nor the job board the offer was seen on
        assertThat(fields.organization()).isEqualTo("Westbury University");
    }

    @Test
    void aFullStopBeforeANewSentenceEndsAName() {
        var fields = rules.extract("""
                Research engineer

                Located in the heart of Bristol, Westbury is a hub of teaching and research. Westbury is investing in
                the people who drive it, from the region and across the globe, who are invited to join Westbury. We are
                looking for a strong commitment to research. Apply at jobs@westbury.example.org.
                """);
        assertThat(fields.organization()).isEqualTo("Westbury");
    }
}
