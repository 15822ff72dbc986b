package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An address for questions about the procedure, for more about the job, or for unsolicited applications receives no
 * application for this job (rules 28).
 */
class AddressForOtherThingsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void questionsAboutTheProcedure() {
        assertThat(extractor.extract("Medewerker marketing\n\nHorizons\n\nVoor vragen over de sollicitatieprocedure kun je je "
                + "wenden tot Simone (s.jansen@horizons.nl).\n\nSchriftelijke sollicitaties met cv kun je vóór 30 oktober sturen "
                + "naar personeel@horizons.nl.\n").applicationEmails()).containsExactly("personeel@horizons.nl");
        assertThat(extractor.extract("Contentmanager\n\nHorizons\n\nStuur een motivatiebrief met cv naar pz@horizons.nl.\n\n"
                + "Nadere inhoudelijke informatie over de functie kun je inwinnen bij Natalie via n.bos@horizons.nl.\n")
                .applicationEmails()).containsExactly("pz@horizons.nl");
        // the information asked is the application
        assertThat(extractor.extract("Rails developer\n\nHorizons\n\nStuur de volgende informatie naar erik@horizons.nl.\n")
                .applicationEmails()).containsExactly("erik@horizons.nl");
    }

    @Test
    void unsolicitedApplications() {
        assertThat(extractor.extract("Stages\n\nHorizons Santé\n\nSi aucune de nos offres ne correspond à votre profil, "
                + "envoyez-nous votre candidature spontanée à l'adresse : contact@horizons.fr\n\nAssistant(e) chef de projet\n\n"
                + "Pour postuler, envoyez un CV et une lettre de motivation à Stéphanie : stephanie@horizons.fr\n")
                .applicationEmails()).containsExactly("stephanie@horizons.fr");
    }
}
