package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The employer written as a brand (« fileAI », "pyOpenSci"), after « Chez » opening a sentence, or under the title the
 * way job boards print it ("at PrizePicks"): rules 36. Texts written for the test, in the shapes the corpus shows.
 */
class BrandNamesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aJobBoardPrintsTheEmployerUnderTheTitle() {
        String text = "Product Analyst\n\nat Brightlane\n\nRemote\n\nWe are looking for an analyst to build our reporting "
                + "tools. You will work with the product team.\n\nWhat you have:\n- 3+ years of analytics\n";
        var fields = extractor.extract(text);
        assertThat(fields.organization()).isEqualTo("Brightlane");
        assertThat(fields.evidence().get("organization")).extracting(e -> e.rule())
                .containsExactly("organization.job-board-header");
    }

    @Test
    void aBrandOpeningOnSmallLetters() {
        String text = "Account Executive\n\nAbout quillAI\nquillAI is the leading platform for reading invoices. "
                + "quillAI is growing fast across Europe.\n\nAbout the role\nYou will own a territory.\n";
        assertThat(extractor.extract(text).organization()).isEqualTo("quillAI");
    }

    @Test
    void chezOpeningASentenceIsNoPartOfTheName() {
        String text = "Développeur back-end\n\nDescription de l'entreprise\nL'expérience Tramelo\nTramelo conçoit des bancs "
                + "de test pour l'industrie. Chez Tramelo, nous aimons les défis.\n\nTramelo fait partie des sociétés "
                + "les mieux gérées. Rejoignez Tramelo à Montréal.\n";
        assertThat(extractor.extract(text).organization()).isEqualTo("Tramelo");
    }

    @Test
    void aNameThatIsAWholeAddressDomainOutranksAShortOne() {
        String text = "Stage M2 : séparation de sources sonores\n\nLieu : Brest - Kerlan Atlantique / ENSMO\n\n"
                + "Le stage se déroulera dans les locaux de Kerlan Atlantique, avec des réunions dans les locaux de l'ENSMO.\n\n"
                + "Encadrants : Axel Morvan (Kerlan Atlantique), Dorian Caze (ENSMO). Dorian Caze est enseignant à l'ENSMO.\n\n"
                + "Envoyer CV et lettre de motivation à axel.morvan@kerlan-atlantique.fr et dorian.caze@ensmo.fr.\n";
        assertThat(extractor.extract(text).organization()).isEqualTo("Kerlan Atlantique");
    }
}
