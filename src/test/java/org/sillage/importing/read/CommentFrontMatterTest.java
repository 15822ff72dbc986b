package org.sillage.importing.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;
import org.sillage.importing.PostingReader;
import org.sillage.importing.ReadLimits;
import org.sillage.importing.extract.RuleExtractor;

/** A Wiki.js page keeps its front matter in a comment on top: its title and date are read, not dropped. */
class CommentFrontMatterTest {
    private static final String HEADER = "<!--\ntitle: Vacancy: Finance Coordinator\ndescription: Keep our books\n"
            + "published: true\ndate: 2020-06-26T09:46:38.312Z\ntags: \neditor: ckeditor\n-->\n\n";

    @Test
    void anHtmlPagesTitleAndDateReachTheRules() {
        String page = HEADER + "<p>We are looking for a Finance Coordinator.</p>"
                + "<p>Send a short letter and CV before the 12th of July to <a href=\"mailto:jobs@example.org\">jobs@example.org</a>.</p>";
        var doc = new PostingReader(ReadLimits.DEFAULT).readBytes(page.getBytes(StandardCharsets.UTF_8), "finance.html");
        assertThat(doc.text()).startsWith("---\ntitle: \"Vacancy: Finance Coordinator\"\n").doesNotContain("<!--", "-->");
        PostingFields f = new RuleExtractor().extract(doc.text());
        assertThat(f.title()).isEqualTo("Finance Coordinator");
        assertThat(f.postedDate()).hasToString("2020-06-26");
        assertThat(f.deadline()).hasToString("2020-07-12"); // its year from the page's date
    }

    @Test
    void aMarkdownPageToo() {
        var doc = new PostingReader(ReadLimits.DEFAULT).readBytes(
                (HEADER + "# Finance Coordinator\n\nWe are looking for a volunteer.\n").getBytes(StandardCharsets.UTF_8), "finance.md");
        assertThat(doc.text()).startsWith("---\ntitle: \"Vacancy: Finance Coordinator\"\n").contains("# Finance Coordinator");
    }

    @Test
    void aCommentThatIsNoFrontMatterIsLeftAlone() {
        assertThat(CommentFrontMatter.of("<!--\nTODO: fix\nNOTE: later\n-->\n<p>Texte</p>")).isEmpty();
        assertThat(CommentFrontMatter.of("<p>Texte</p>\n<!--\ntitle: x\ndate: 2020-01-01\n-->")).isEmpty();
    }
}
