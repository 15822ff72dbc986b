package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The salary's span: the amount's phrase when a verb links it to a sentence, before conditions and other benefits. */
class SalaryPhraseTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The annual salary is $48,000-52,000 plus dental cover and a transit pass.                  | $48,000-52,000
            The salary will be in the range of $30 – $34 per hour, depending on the shift pattern.| $30 – $34 per hour
            Le salaire mensuel brut est de 1 980,50 €. Une mutuelle est prise en charge.               | 1 980,50 €
            La rémunération sera fixée selon le parcours et comprise entre 31 000 € et 36 000 € pour les profils seniors. | entre 31 000 € et 36 000 €
            The salary is expected to be between 1200 and 1500 €/month commensurate with the diploma. | between 1200 and 1500 €/month
            Une indemnité à 4,35 €/heure (brut) est versée.                                            | 4,35 €/heure (brut)
            Rémunération prévue : 2 700 € brut par mois + chèques déjeuner + vélo de fonction.          | Rémunération prévue : 2 700 € brut par mois
            Salaire : 2100 € brut mensuel (identique pour toute l'équipe salariée)                      | 2100 € brut mensuel
            Rémunération selon la convention collective (groupe B, environ 1750 € brut par mois).      | Rémunération selon la convention collective (groupe B, environ 1750 € brut par mois)
            The salary for this role is: GS-13 Step 2 - $98,000 to GS-13 Step 8 $112,000, full benefits. | GS-13 Step 2 - $98,000 to GS-13 Step 8 $112,000
            La rémunération mensuelle brute est de **1&nbsp;980,50&nbsp;€.** Elle évolue après un an.  | 1 980,50 €
            """)
    void keepsTheAmountsPhrase(String text, String expected) {
        assertThat(extractor.extract("Poste\n\n" + text).salaryText()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Statut employé, salaire selon expérience et grille interne, tickets restaurant et 2 jours de télétravail.
            Pay is set by our internal salary scales.
            Une gratification conventionnelle est versée au stagiaire.
            """)
    void aScaleNamedByNoNumberNorGradeIsNoSalary(String text) {
        assertThat(extractor.extract("Poste\n\n" + text).salaryText()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Rémunération : selon la convention collective de l'animation, groupe C.  | selon la convention collective de l'animation, groupe C
            Salaire : indice 412 de la grille de la fonction publique                  | indice 412 de la grille de la fonction publique
            """)
    void aNamedScaleIsASalary(String text, String expected) {
        assertThat(extractor.extract("Poste\n\n" + text).salaryText()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Rate of pay is between £20,000 and £22,000 pro rata, depending on experience. | between £20,000 and £22,000 pro rata
            Un forfait de 200 euros HTVA par journée de travail est prévu.                 | Un forfait de 200 euros HTVA par journée de travail
            De honorering is conform de cao, maximaal schaal 10.                           | De honorering is conform de cao, maximaal schaal 10
            * Echelle barémique selon la CP 329.02                                         | Echelle barémique selon la CP 329.02
            """)
    void ratesOfPayPackagesAndDutchFees(String text, String expected) {
        assertThat(extractor.extract("Poste\n\n" + text).salaryText()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void thePagesOwnPayFieldInTomlFrontMatter() {
        assertThat(extractor.extract("+++\ntitle = \"Research Intern\"\nsalary = \"$25 per hour\"\n+++\n\nJoin us as an intern.")
                .salaryText()).isEqualTo("$25 per hour");
        assertThat(extractor.extract("+++\ntitle = \"Delivery Manager\"\nsalary_range = \"$85,000 - $107,000\"\n+++\n\n"
                + "We are hiring.").salaryText()).isEqualTo("$85,000 - $107,000");
    }

    @org.junit.jupiter.api.Test
    void aFrontMattersPayIsTakenAsTheBodyWritesIt() {
        assertThat(extractor.extract("+++\ntitle = \"Coordinator\"\nsalary = \"65,000-70,000\"\n+++\n\n"
                + "This full-time position pays $65,000-70,000 plus benefits.").salaryText()).isEqualTo("$65,000-70,000");
        assertThat(extractor.extract("+++\ntitle = \"Manager\"\nsalary = \"$65,000-$75,000\"\n+++\n\n"
                + "Salary will be in the range of $65,000 \u2013 $75,000, depending on experience.").salaryText())
                .isEqualTo("$65,000 \u2013 $75,000");
        // the body says it otherwise, or not at all: the field as it is
        assertThat(extractor.extract("+++\ntitle = \"Organizer\"\nsalary = \"22.44/hour\"\n+++\n\n"
                + "The salary for this position is 22.44/hour.").salaryText()).isEqualTo("22.44/hour");
        assertThat(extractor.extract("+++\ntitle = \"Organizer\"\nsalary = \"$7,500/month\"\n+++\n\n"
                + "Pay: $7,500 per month for full-time.").salaryText()).isEqualTo("$7,500/month");
    }

    @org.junit.jupiter.api.Test
    void aLabelAloneOnItsLineHasItsValueBelow() {
        assertThat(extractor.extract("Grants Fundraiser\n\nSalary\n£23,000 - £25,000 per annum\n\nLocation\nLondon\n")
                .salaryText()).isEqualTo("£23,000 - £25,000 per annum");
    }
}
