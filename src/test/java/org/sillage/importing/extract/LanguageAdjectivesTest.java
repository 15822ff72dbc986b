package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A language named by its adjective (« la langue française », « Nederlandstalig ») is read like its noun, and one with
 * a level in brackets is asked (rules 28); one said later not to be needed is not required.
 */
class LanguageAdjectivesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void theLanguageByItsAdjective() {
        assertThat(extractor.extract("Coordonnateur des événements\n\nGroupe Horizons\n\nProfil\n\n- Parfaite maîtrise de la "
                + "langue française et bonne connaissance de la langue anglaise\n").languagesRequired())
                .containsExactly("en", "fr");
        assertThat(extractor.extract("Service technieker\n\nHorizons NV\n\n(m/v) Dagwerk – voltijds – Nederlandstalig\n")
                .languagesRequired()).containsExactly("nl");
        // the Dutch-speaking clients a job serves ask nothing of the one who takes it
        assertThat(extractor.extract("Service technieker\n\nHorizons NV\n\nJe bezoekt onze Nederlandstalige klanten.\n")
                .languagesRequired()).isEmpty();
    }

    @Test
    void ableToWriteALanguage() {
        assertThat(extractor.extract("Communications Coordinator\n\nWho are we looking for?\n\nYou like working in a team.\n\n"
                + "You are able to write English well.\n").languagesRequired()).containsExactly("en");
        assertThat(extractor.extract("Coordinator\n\nYou will be able to learn from activists all over Europe.\n")
                .languagesRequired()).isEmpty();
    }

    @Test
    void notNeededPastAComma() {
        assertThat(extractor.extract("Volontaire\n\nHorizons\n\nLa maîtrise de la langue française, qui est la langue "
                + "nationale du pays, n'est pas nécessaire.\n").languagesRequired()).isEmpty();
    }

    @Test
    void skillsInTwoLanguages() {
        assertThat(extractor.extract("Stagiaire développeur\n\nHorizons\n\nProfil recherché\n\nCompétences en français et "
                + "anglais.\n").languagesRequired()).containsExactly("en", "fr");
    }

    @Test
    void aLevelInBrackets() {
        assertThat(extractor.extract("Ploegverantwoordelijke\n\nHorizons NV\n\nTalenkennis\n\n/\n\nNederlands (goed)\n\nRijbewijs\n\nB\n")
                .languagesRequired()).containsExactly("nl");
        // a language named for what the job deals with, with no level, asks nothing
        assertThat(extractor.extract("Vertaler\n\nHorizons NV\n\nJe vertaalt teksten over het Nederlands (Vlaanderen) en de "
                + "geschiedenis ervan.\n").languagesRequired()).isEmpty();
    }

    @Test
    void languagesBeyondTheTenFirst() {
        assertThat(extractor.extract("Children's Village Director\n\nHorizons Charity\n\nFluency in Swahili and English is "
                + "required.\n").languagesRequired()).containsExactly("en", "sw");
        assertThat(extractor.extract("Assistant diplômé\n\nUniversité Horizons\n\nProfil\n\nConnaissance de l'ourdou et "
                + "maîtrise du français.\n").languagesRequired()).containsExactly("fr", "ur");
        // a language named for the people served asks nothing
        assertThat(extractor.extract("Caseworker\n\nHorizons Refugee House\n\nMany of our residents come from Ukrainian "
                + "and Persian communities.\n").languagesRequired()).isEmpty();
    }
}
