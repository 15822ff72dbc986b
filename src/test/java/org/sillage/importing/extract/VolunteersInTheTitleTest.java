package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.ContractType;

/**
 * A page titled for volunteers is a volunteer's role (rules 28): « Volontaire », "Vrijwilligers", a board seat said to be
 * « vrijwilligersfunctie »; « Volontaire en service civique » stays a service civique.
 */
class VolunteersInTheTitleTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aTitleForVolunteers() {
        assertThat(extractor.extract("---\ntitle: Volontaire\n---\n\nSi vous voulez vivre une expérience au Sénégal, "
                + "rejoignez-nous pour six mois.\n").contractType()).isEqualTo(ContractType.VOLUNTEER);
        assertThat(extractor.extract("# Vrijwilligers\n\nWij zoeken mensen die hun tijd en energie willen geven aan hun "
                + "medemens.\n").contractType()).isEqualTo(ContractType.VOLUNTEER);
        assertThat(extractor.extract("---\ntitle: Volontaire en service civique\n---\n\nMission de huit mois à Lille.\n")
                .contractType()).isEqualTo(ContractType.SERVICE_CIVIQUE);
        // the volunteers a job looks after are not its contract
        assertThat(extractor.extract("---\ntitle: Chargé·e de communication bénévoles\n---\n\nCDI à temps plein à Lille.\n")
                .contractType()).isEqualTo(ContractType.CDI);
    }

    @Test
    void aVolunteersSeat() {
        assertThat(extractor.extract("Bestuurslid gezocht\n\nBuurthuis De Spil heeft een vacature voor een bestuurslid "
                + "(vrijwilligersfunctie).\n").contractType()).isEqualTo(ContractType.VOLUNTEER);
    }
}
