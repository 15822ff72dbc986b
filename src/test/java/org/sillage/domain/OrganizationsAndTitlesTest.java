package org.sillage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationsAndTitlesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ville de Lille            | VILLE DE LILLE
            La Ville de Roubaix       | Ville de Roubaix
            Oxybulle SARL             | oxybulle
            Oxybulle S.A.R.L.         | Oxybulle
            Société Générale SA       | societe generale
            Éducation & Cie           | EDUCATION
            Randstad Nederland B.V.   | Randstad Nederland
            Croix-Rouge asbl          | croix rouge
            Acme Ltd.                 | ACME Inc
            """)
    void spellings_of_one_organisation_share_a_key(String a, String b) {
        assertThat(Organizations.key(a)).isEqualTo(Organizations.key(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ville de Lille      | Ville de Roubaix
            Oxybulle            | Oxyboule
            Métropole de Lille  | Lille
            """)
    void different_organisations_have_different_keys(String a, String b) {
        assertThat(Organizations.key(a)).isNotEqualTo(Organizations.key(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Chargé de mission emploi (H/F)       | Chargée de mission emploi
            Chargé(e) de mission emploi          | CHARGE DE MISSION EMPLOI - F/H
            Comptable                            | Comptable fournisseurs
            Coordinateur(trice) de projets       | Coordinateur de projet
            Développeur Java senior              | Développeur Java Senior (m/v/x)
            """)
    void titles_naming_the_same_job_are_similar(String a, String b) {
        assertThat(Titles.similar(a, b)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Chef de projet informatique   | Chef de projet marketing
            Développeur Java              | Développeur Python
            Chargé de mission             | Chargé de communication
            Assistant administratif       | Comptable
            """)
    void titles_of_other_jobs_are_not(String a, String b) {
        assertThat(Titles.similar(a, b)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jean.dupont@ville-roubaix.fr | true
            a@b.co                       | true
            jean.dupont                  | false
            jean@localhost               | false
            jean @x.fr                   | false
            a@@b.fr                      | false
            """)
    void an_email_is_checked_for_its_form(String email, boolean valid) {
        assertThat(Contact.isEmailValid(email)).isEqualTo(valid);
    }
}
