package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;

/**
 * The posting's title line against the job its recruiting sentence names: the sentence wins when it says more
 * (« L'association recrute un chargé de mission biodiversité »), not when it names only how someone is hired
 * (« un agent contractuel », « des bénévoles ») or the same job in the plural.
 */
class TitleOverRecruitSentenceTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private PostingFields read(String head) {
        return extractor.extract(head + "\n\nCandidatures (CV et lettre) avant le 12 mai 2025 à rh@horizons.fr\n");
    }

    @Test
    void aStatusIsNotTheJob() {
        assertThat(read("Secrétaire de mairie (H/F)\n\nLa commune de Bondues recrute un agent contractuel pour un remplacement de 6 mois.")
                .title()).isEqualTo("Secrétaire de mairie (H/F)");
        PostingFields f = read("Animateur jeunesse\n\nL'association cherche des bénévoles pour son festival.");
        assertThat(f.title()).isEqualTo("Animateur jeunesse");
        assertThat(f.contractType()).hasToString("VOLUNTEER");
    }

    @Test
    void thePluralOfTheTitlesJobNamesTheSameJob() {
        assertThat(read("Animateur jeunesse\n\nL'association cherche des animateurs pour son festival.").title())
                .isEqualTo("Animateur jeunesse");
    }

    @Test
    void aSentenceThatSaysMoreStillWins() {
        assertThat(read("Offre d'emploi\n\nL'association Horizons recrute un chargé de mission biodiversité en CDI.").title())
                .isEqualTo("Chargé de mission biodiversité");
    }

    @Test
    void theKindOfContractAfterADashIsItsOwnField() {
        PostingFields f = read("Animateur (H/F) – Convention Premier Emploi");
        assertThat(f.title()).isEqualTo("Animateur (H/F)");
        assertThat(read("Agent d'accueil - remplacement").title()).isEqualTo("Agent d'accueil");
    }

    @Test
    void dutchContractsForATimeOrNot() {
        assertThat(read("Beleidsmedewerker\n\nWij bieden een contract voor onbepaalde tijd.").contractType()).hasToString("CDI");
        assertThat(read("Beleidsmedewerker\n\nWij bieden een contract voor bepaalde tijd (1 jaar).").contractType()).hasToString("CDD");
    }

    @Test
    void aColleagueIsSomeoneNotAJob() {
        assertThat(extractor.extract("Vacature\nMedewerker Communicatie (24-32 uur)\n\nStichting Buurtwerk Utrecht zoekt een "
                + "enthousiaste collega voor het team Communicatie.\n\nStuur je cv uiterlijk 15 maart 2025 naar "
                + "vacatures@buurtwerkutrecht.nl\n").title()).isEqualTo("Medewerker Communicatie (24-32 uur)");
    }
}
