package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A town in a line of facts at the top, and a town before "-based". */
class ChipAndHyphenPlaceTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void theTownAmongTheFactsUnderTheTitle() {
        assertThat(extractor.extract("""
                (Junior) Cloud Platform Engineer
                Rotterdam · naast Centraal Hybride · min. 50% kantoor Fulltime

                Je bouwt mee aan open dataplatformen voor de zorg.
                """).location()).isEqualTo("Rotterdam");
    }

    @Test
    void barsPartTheFactsToo() {
        assertThat(extractor.extract("""
                Développeur Java
                CDI | Lille | Télétravail partiel

                Vous rejoignez une équipe de six personnes.
                """).location()).isEqualTo("Lille");
    }

    @Test
    void anAcronymAmongTheFactsIsNoTown() {
        assertThat(extractor.extract("""
                PhD: 3D scene generation
                diffusion | GAN | point clouds

                The thesis studies generative models.
                """).location()).isNotEqualTo("GAN");
    }

    @Test
    void aTownBeforeBased() {
        assertThat(extractor.extract("""
                Developer

                We are an Edinburgh-based software developer, working to make the world a better place.
                """).location()).isEqualTo("Edinburgh");
    }

    @Test
    void anAcronymBeforeBasedIsNoTown() {
        assertThat(extractor.extract("""
                PhD position

                Research lines include GAN-based architectures and diffusion models.
                """).location()).isNull();
    }
}
