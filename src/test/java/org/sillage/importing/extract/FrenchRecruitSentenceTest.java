package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;

/**
 * « X recrute … » as French associations and communes write it: a lead-in before the job (« par voie statutaire
 * ou contractuelle », « pour son service AEMO »), the line above that names the whole job, a body's word and
 * its adjective (« Centre social »), an apposition between commas (« L'AFEJI, association de …, recrute »).
 */
class FrenchRecruitSentenceTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private PostingFields read(String head) {
        return extractor.extract(head + "\n\nMissions : accueil du public.\n\nEnvoyez CV et lettre de motivation à rh@example.org\n");
    }

    @Test
    void theLineAboveNamesTheWholeJob() {
        assertThat(read("Offre d'emploi\n\nAnimateur socioculturel (H/F)\n\nL'association Les Petits Débrouillards recrute un "
                + "animateur.").title()).isEqualTo("Animateur socioculturel (H/F)");
        assertThat(read("Animateur jeunesse\n\nLa commune de Marcq-en-Barœul recrute par voie statutaire ou contractuelle un "
                + "animateur.").title()).isEqualTo("Animateur jeunesse");
    }

    @Test
    void bothPossessivesBeforeTheJob() {
        assertThat(read("Recrutement\n\nNotre association d'éducation populaire, présente dans 12 quartiers de Roubaix, recherche "
                + "son/sa futur(e) directeur(trice).").title()).isEqualTo("Directeur(trice)");
    }

    @Test
    void aFooterNamesTheEmployerBeforeItsAddress() {
        assertThat(read("FICHE DE POSTE\n\nIntitulé du poste : Chargé(e) d'accueil\n\nCandidatures avant le 15 mars 2026.\n\n"
                + "Association Horizons – 12 rue des Arts – 59000 Lille – SIRET 123 456 789 00012").organization())
                .isEqualTo("Association Horizons");
    }

    @Test
    void aRecruitmentLineLosesItsWordsAndItsGenderedArticle() {
        assertThat(read("Recrutement d'un(e) animateur(trice) jeunesse\n\nLa MJC de Lomme recrute.").title())
                .isEqualTo("Animateur(trice) jeunesse");
        assertThat(read("Association Les Amis\n12 rue de Paris 59000 Lille\n\nLille, le 3 février 2025\n\n"
                + "Objet : recrutement d'un éducateur spécialisé (H/F)").title()).isEqualTo("Éducateur spécialisé (H/F)");
    }

    @Test
    void aQuoteTheTitleOpensClosesWithIt() {
        assertThat(read("Chargé-e de mission « observatoire de la qualité »\n\nLa DINUM recrute.").title())
                .isEqualTo("Chargé-e de mission « observatoire de la qualité »");
        assertThat(read("« Chargé de mission »\n\nLa DINUM recrute.").title()).isEqualTo("Chargé de mission");
    }

    @Test
    void aLeadInBeforeTheJobIsNotTheJob() {
        assertThat(read("Offre d'emploi\n\nLa Sauvegarde du Nord recrute pour son service AEMO un éducateur spécialisé.").title())
                .isEqualTo("Éducateur spécialisé");
    }

    @Test
    void aBodysWordAndItsAdjective() {
        assertThat(read("Coordinateur(trice) de projets\n\nLe Centre social Nord Lille-Est recherche un(e) coordinateur.")
                .organization()).contains("Centre social Nord Lille-Est");
    }

    @Test
    void anAppositionBetweenCommas() {
        assertThat(read("Intervenant social\n\nL'AFEJI, association de l'économie sociale et solidaire, recrute un intervenant.")
                .organization()).isEqualTo("AFEJI");
    }
}
