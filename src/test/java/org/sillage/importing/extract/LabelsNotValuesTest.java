package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A label whose value is the job, a heading that only names a label, and a month's last day. */
class LabelsNotValuesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void theLineAfterALabelIsTheJobNotTheEmployer() throws Exception {
        // a PDF whose first line is "Open Position:" and whose second, set large, is the job (the text alone does
        // not show the layout that made the second line a candidate)
        var read = new org.sillage.importing.PostingReader(org.sillage.importing.ReadLimits.DEFAULT)
                .read(java.nio.file.Path.of("src/test/resources/corpus/pool-twentysixth/2606_hypha-pt-backend-developer.pdf"));
        var fields = extractor.extract(read.text(), read.structure());
        assertThat(fields.title()).isEqualTo("Part-Time Back End Developer");
        assertThat(fields.organization()).isEqualTo("Hypha Worker Co-operative");
    }

    @Test
    void aHeadingAboutThePlaceIsNoPlace() {
        assertThat(extractor.extract("""
                Project Manager

                Location Requirement

                We work with clients all over North America, so any time zone between them will do.
                """).location()).isNotEqualTo("Requirement");
    }

    @Test
    void theLastDayOfAMonth() {
        assertThat(extractor.extract("""
                Python Developer

                This is a rolling recruitment programme and the closing date for this vacancy is the last day of
                December 2016.
                """).deadline()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(DateGrammar.findIn("le dernier jour de fevrier 2024.", 0, 40, DateGrammar.Order.DAY_FIRST))
                .extracting(DateGrammar.DateMatch::day).isEqualTo(29);
        assertThat(DateGrammar.findIn("the last day of february.", 0, 30, DateGrammar.Order.DAY_FIRST)).isNull();
    }
}
