package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Open until the right person is found (rules 27): the job stays open until filled, in other words. */
class OpenUntilTheRightPersonTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private boolean open(String line) {
        return extractor.extract("Community Officer\n\nHorizons Co-op\n\nYou will support the groups we work with.\n\n" + line + "\n")
                .deadlineOpenUntilFilled();
    }

    @Test
    void untilWeFindTheRightPerson() {
        assertThat(open("If there are no suitable applicants by May 16th, we will keep this job ad open until we find the right person.")).isTrue();
        assertThat(open("We are accepting rolling invites to the role, and will close this advert when we find the right person.")).isTrue();
        assertThat(open("L'offre reste ouverte jusqu'à trouver la bonne personne.")).isTrue();
        assertThat(open("De vacature blijft open tot we de juiste persoon gevonden hebben.")).isTrue();
        // finding the right person for something else
        assertThat(open("We help groups find the right person for their events.")).isFalse();
    }

    @Test
    void openUntilItIsFilledInDutch() {
        assertThat(open("Deze vacature blijft open tot ze is ingevuld.")).isTrue();
        assertThat(open("De vacature staat open totdat de functie is vervuld.")).isTrue();
        assertThat(open("De winkel blijft open tot 18 uur.")).isFalse();
    }
}
