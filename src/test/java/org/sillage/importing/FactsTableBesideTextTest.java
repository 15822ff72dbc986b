package org.sillage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;
import org.sillage.importing.extract.RuleExtractor;

/**
 * A page whose key facts stand in a table beside the block of text (its title and « Closing Date | … » above the
 * description): the main content keeps them, and whom the job reports to is not who offers it.
 */
class FactsTableBesideTextTest {
    private static final String PAGE = """
            <html><body><div class="row">
            <div class="vacancy"><h2>Children's Village Project Manager</h2></div>
            <div class="facts"><table>
            <tr><th>Report to</th><td>Head of Operations</td></tr>
            <tr><th>Location</th><td>Kisemvule, Mkuranga</td></tr>
            <tr><th>Duration</th><td>1 Year</td></tr>
            <tr><th>Closing Date</th><td>Wednesday 15th January 2014</td></tr>
            <tr><th>Apply at:</th><td>vacancies@example.org</td></tr>
            </table></div>
            <div class="text"><h2>The Children's Village</h2><p>%s</p>
            <h2>Purpose of the Post</h2><p>To lead the village staff and provide overall leadership for the programme.</p>
            </div></div></body></html>
            """.formatted("The village is a three-year project of a charity, set on thirty acres, with homes, a school and a farm. ".repeat(8));

    @Test
    void theFactsTableAndTheTitleAreKept() {
        SourceDocument doc = new PostingReader(ReadLimits.DEFAULT).readBytes(PAGE.getBytes(StandardCharsets.UTF_8), "vacancy.php");
        assertThat(doc.text()).contains("Closing Date").startsWith("Children's Village Project Manager");
        PostingFields f = new RuleExtractor().extract(doc.text(), doc.structure());
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2014, 1, 15));
        assertThat(f.applicationEmails()).containsExactly("vacancies@example.org");
        assertThat(f.title()).isEqualTo("Children's Village Project Manager");
        assertThat(f.organization()).isNotEqualTo("Report to Head of Operations");
    }

    @Test
    void aTemplatesOneHeadingBeforeTheTextIsItsTitle() {
        String page = """
                @extends('master')
                @section('contents')
                <div class="wrap"><div class="row"><h2><strong>Job Vacancy</strong> Voluntary Position : FIELD OFFICER</h2></div></div>
                <div class="wrap"><article class="post">
                <strong>Location</strong><p>Dar es Salaam &amp; Pwani Region</p>
                <strong>Closes</strong><p>30 Aug 2016</p>
                <p>%s</p>
                </article></div>
                @endsection
                """.formatted("We are looking to recruit a field officer to work with the young people's programme. ".repeat(6));
        SourceDocument doc = new PostingReader(ReadLimits.DEFAULT).readBytes(page.getBytes(StandardCharsets.UTF_8), "job.blade.php");
        assertThat(doc.text()).startsWith("Job Vacancy Voluntary Position : FIELD OFFICER");
        assertThat(new RuleExtractor().extract(doc.text(), doc.structure()).title()).isEqualTo("FIELD OFFICER");
    }
}
