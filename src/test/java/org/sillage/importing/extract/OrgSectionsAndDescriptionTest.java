package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A section's heading at the end of a page is no signature; a page's description names the body after « bij »; a
 * Dutch "X biedt" names X, but not an adverb opening the sentence; a legal form's abbreviation keeps its dot.
 */
class OrgSectionsAndDescriptionTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aSectionHeadingAtTheEndIsNoSignature() {
        var e = extractor.extract("""
                Online coach (part-time)

                We are looking for coaches who work from home. Send your CV to jobs@mindwell-coaching.example.

                Company Information

                Mindwell Coaching is a private company offering online coaching since 2009.
                """);
        assertThat(e.organization()).isEqualTo("Mindwell Coaching");
    }

    @Test
    void aPagesDescriptionNamesTheBodyAfterBij() {
        var e = extractor.extract("""
                ---
                title: Word vrijwilliger
                description: "Word vrijwilliger bij Jeugdhuis De Klaproos in Oostkamp. Help mee met onze activiteiten."
                ---

                ## Word vrijwilliger

                We zoeken mensen die een paar uur per maand willen helpen. Neem contact op met de coördinator.
                """);
        assertThat(e.organization()).isEqualTo("Jeugdhuis De Klaproos");
    }

    @Test
    void aDutchBodyOffersButAnAdverbDoesNot() {
        var e = extractor.extract("""
                Vacature: online psycholoog

                Hiermee biedt je onze cliënten een luisterend oor.

                Over ons
                Mindwell Consulting biedt psychologische hulp via internet sinds 2009.
                """);
        assertThat(e.organization()).isEqualTo("Mindwell Consulting");
    }

    @Test
    void aLegalFormsAbbreviationKeepsItsDot() {
        assertThat(Clean.value("Lumen Software B.V.")).isEqualTo("Lumen Software B.V.");
        assertThat(Clean.value("Northwind Resources Ltd.")).isEqualTo("Northwind Resources Ltd.");
        assertThat(Clean.value("Stichting De Brug.")).isEqualTo("Stichting De Brug");
    }

    @Test
    void aSignaturesEvidenceIsItsNameWithoutTheLineBreak() {
        String text = """
                Animateur d'ateliers du mercredi

                Vous animerez des ateliers de sciences pour les enfants du quartier.

                Les ateliers ont lieu le mercredi après-midi.

                Envoyez votre CV.

                Association Les Curieux du Nord

                Merci de votre intérêt.
                """;
        var e = extractor.extract(text);
        assertThat(e.organization()).isEqualTo("Association Les Curieux du Nord");
        var ev = e.evidence().get("organization").get(0);
        assertThat(text.substring(ev.start(), ev.end())).isEqualTo("Association Les Curieux du Nord");
    }

    @Test
    void aSignaturesLegalFormKeepsItsDot() {
        var e = extractor.extract("""
                Java developer

                You will build our booking platform.

                We work in small teams and ship every week.

                Send your CV.

                Lumen Software B.V.

                Thank you for your interest.
                """);
        assertThat(e.organization()).isEqualTo("Lumen Software B.V.");
    }
}
