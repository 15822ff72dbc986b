package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A careers page copied whole into a text: its cookie banner's buttons and its menus before the offer. */
class CopiedPageTest {
    @Test
    void theMenusBeforeTheOfferAreNoTitle() {
        String page = """
                We value your privacy

                We use cookies to enhance your browsing experience. By clicking "Accept All", you consent to our use of cookies.

                Customise
                Reject All
                Accept All
                Necessary
                Functional
                Analytics
                Advertisement
                Save My Preferences
                Countries
                Careers
                Finance
                Home
                Job openings
                Thèse CIFRE : Modélisation thermo-hydraulique des roulements F/H

                Company :
                Safran Aircraft Engines
                Location :
                Réau, Ile de France, France

                La thèse se déroulera principalement sur le site du laboratoire. Candidatures en ligne.
                """;
        assertThat(new RuleExtractor().extract(page).title())
                .isEqualTo("Thèse CIFRE : Modélisation thermo-hydraulique des roulements F/H");
        // a posting's own short lines at its top (a name, a place, a date) are no menu
        assertThat(new RuleExtractor().extract("""
                Animateur jeunesse
                Mairie de Bondues
                Bondues
                CDD 6 mois

                La commune recrute un animateur jeunesse pour son centre de loisirs. CV avant le 12 mai 2025 à rh@bondues.example.
                """).title()).isEqualTo("Animateur jeunesse");
    }
}
