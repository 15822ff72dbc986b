package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An amount said gross by the month, the hour or the year needs no label (rules 34). */
class SalaryByThePeriodTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void dutchGrossByTheMonth() {
        String text = "Operator\n\nSalaris & arbeidsvoorwaarden\n\n€ 2.550 bruto per maand op basis van 40 uur per week\n\n"
                + "8% vakantiegeld\n";
        assertThat(extractor.extract(text).salaryText()).isEqualTo("€ 2.550 bruto per maand op basis van 40 uur per week");
        String range = "Storingsmonteur\n\nWat bieden wij?\n\n€ 3.200 – € 3.800 bruto p/m o.b.v. ervaring\n";
        assertThat(extractor.extract(range).salaryText()).startsWith("€ 3.200 – € 3.800 bruto p/m");
    }

    @Test
    void byTheHourInFiguresAndByTheYear() {
        String hour = "Technicien\n\nAvantages\n\nÀ partir de 13 €/h\n";
        assertThat(extractor.extract(hour).salaryText()).contains("13 €/h");
        String year = "Librarian\n\nThe post is offered at £31,000 per annum, pro rata.\n";
        assertThat(extractor.extract(year).salaryText()).contains("£31,000 per annum");
    }
}
