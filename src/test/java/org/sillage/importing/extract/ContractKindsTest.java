package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.ContractType;
import org.sillage.domain.PostingFields;

/** Contract types a research or freelance posting states without the usual words. */
class ContractKindsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aResearchSubjectThatSpeaksOfThisInternshipIsAnInternship() {
        PostingFields f = extractor.extract("""
                Index compacts pour séquences longues

                Contexte
                Le but de ce stage est de concevoir une structure de données.
                """);
        assertThat(f.contractType()).isEqualTo(ContractType.STAGE);
    }

    @Test
    void aMasterLevelInternshipIsAnInternship() {
        PostingFields f = extractor.extract("""
                Robots d'assistance et apprentissage
                Équipe Robotique
                Stage M2 2025
                """);
        assertThat(f.contractType()).isEqualTo(ContractType.STAGE);
    }

    @Test
    void aMissionOpenToSelfEmployedPeopleIsFreelance() {
        PostingFields f = extractor.extract("""
                Coach en conduite de projet

                Poste ouvert aux indépendant·e·s pour une durée de trois mois.
                """);
        assertThat(f.contractType()).isEqualTo(ContractType.FREELANCE);
    }

    @Test
    void aFrontMatterContractKeyNamesTheContractWhateverItsSynonyms() {
        PostingFields f = extractor.extract("""
                ---
                role: Développeur·se
                contrat: indépendant/freelance
                ---

                Mission de six mois renouvelable au sein de l'équipe.
                """);
        assertThat(f.contractType()).isEqualTo(ContractType.FREELANCE);
    }

    @Test
    void aContractOfASelfEmployedPersonIsFreelance() {
        PostingFields f = extractor.extract("""
                Développeur cartographie

                Contrat d'indépendant, à temps plein.
                """);
        assertThat(f.contractType()).isEqualTo(ContractType.FREELANCE);
    }
}
