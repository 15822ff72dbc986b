package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who recruits, read from « X recherche » when an opening adverb, a place's postcode in brackets or a file's format
 * stands around the name (rules 31).
 */
class RecruitingSentenceNameTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private String organization(String sentence) {
        return extractor.extract("Offre d'emploi\n\n" + sentence + "\n\nMissions : animer les ateliers du quartier.\n"
                + "Envoyer CV et lettre de motivation.\n").organization();
    }

    @Test
    void aPostcodeInBracketsSaysWhereTheNameIs() {
        var fields = extractor.extract("Offre d'emploi\n\nLe Centre Municipal de Santé de Capestang (34310), recherche un "
                + "médecin généraliste salarié.\n\nEnvoyer CV et lettre de motivation.\n");
        assertThat(fields.organization()).isEqualTo("Centre Municipal de Santé de Capestang");
        assertThat(fields.evidence().get("organization")).extracting(e -> e.rule()).containsExactly("organization.recruits");
    }

    @Test
    void anOpeningAdverbIsNoPartOfTheName() {
        assertThat(organization("Aujourd'hui, la Gaîté Lyrique recherche son régisseur général."))
                .isEqualTo("la Gaîté Lyrique");
        assertThat(organization("Ville de Lille, Direction des Sports recrute un animateur sportif."))
                .isEqualTo("Ville de Lille, Direction des Sports");
    }

    @Test
    void aFileFormatIsNeverTheEmployer() {
        String text = "Médecin généraliste\n\nTélécharger l'annonce (PDF, 1 Mo)\n\nActivité salariée en CDI.\n\n"
                + "Télécharger la fiche (PDF, 2 Mo)\n\nTélécharger le formulaire (PDF, 1 Mo)\n";
        assertThat(extractor.extract(text).organization()).isNotEqualTo("PDF");
    }

    @Test
    void aTownGluedToAnotherWordIsNoPlace() {
        var fields = extractor.extract("Assistant logistique\n\nCROIX ROUGE FRANCAISE\n\nSous la responsabilité du "
                + "coordinateur, l'assistant participe au service.\n\nÉtablissement : Croix-Rouge française\n\n"
                + "Envoyer CV et lettre de motivation.\n");
        assertThat(fields.organization()).isEqualTo("Croix-Rouge française");
        assertThat(fields.location()).isNotEqualTo("Croix");
    }

    @Test
    void aBodyNamedInLowerCaseAfterItsArticle() {
        assertThat(organization("La maison de santé pluriprofessionnelle de Magalas (34480), recherche un médecin généraliste."))
                .isEqualTo("maison de santé pluriprofessionnelle de Magalas");
        assertThat(organization("La mairie de Lambersart recrute un animateur périscolaire.")).isEqualTo("mairie de Lambersart");
        assertThat(organization("La maison de santé pluriprofessionnelle des Haut Cantons (St Pons de Thomières 34 220), "
                + "recherche un médecin généraliste.")).isEqualTo("maison de santé pluriprofessionnelle des Haut Cantons");
        assertThat(organization("Le Centre social Nord Lille-Est recherche un animateur.")).isEqualTo("Le Centre social Nord Lille-Est");
    }
}
