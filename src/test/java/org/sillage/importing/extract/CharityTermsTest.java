package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;

/** What small charities and community projects write about pay and place: a day rate, a remote post set in bold. */
class CharityTermsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aFreelancersDayRateIsThePay() {
        PostingFields f = extractor.extract("""
                Social Media Coordinator

                We are a community land trust looking for help with our share offer.

                Remuneration dependent on experience and agreed weekly workload. We have an upper limit of £160 per day.
                """);
        assertThat(f.salaryText()).contains("£160 per day");
        PostingFields hours = extractor.extract("""
                Coordinator

                The role is 7 hours per day, two days a week.
                """);
        assertThat(hours.salaryText()).isNull();
    }

    @Test
    void aRemotePostSetInBoldIsSaidNotAHeading() {
        PostingFields f = extractor.extract("""
                Volunteer Coordinator

                **This is a remote position**

                We are recruiting volunteers who will coordinate our programme.
                """);
        assertThat(f.remoteText()).isEqualTo("This is a remote position");
        PostingFields heading = extractor.extract("""
                Coordinator

                #### Remote work

                Two days a week from home are possible.
                """);
        assertThat(heading.remoteText()).isNotEqualTo("Remote work");
    }

    @Test
    void aCooperativeInATownIsWhereTheJobIs() {
        PostingFields f = extractor.extract("""
                Events Coordinator

                We're a cooperative in Edinburgh working for a world without waste.

                Send a CV and a cover letter to jobs@coop.example.org.
                """);
        assertThat(f.location()).isEqualTo("Edinburgh");
    }

    @Test
    void aFrenchTownWithAuxAfterItsPostcodeKeepsItsWholeName() {
        PostingFields f = extractor.extract("""
                Proposition de sujet de master

                Adresse : Bât 02 BP17 92262 Fontenay aux Roses cedex

                Le stage porte sur la dosimétrie.
                """);
        assertThat(f.location()).isEqualTo("Fontenay aux Roses");
    }

    @Test
    void aJobPacksLabelOpensTheFirstLineAndABenefitIsNoTitle() {
        PostingFields f = extractor.extract("""
                Information Sheet Early Years Practitioners

                St George's is a local registered charity. We currently have a number of vacancies within our nurseries.

                • Pension Scheme - employer contribution up to 5%
                """);
        assertThat(f.title()).isEqualTo("Early Years Practitioners");
    }
}
