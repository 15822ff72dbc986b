package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Documents asked in a few words, in Dutch (« Reageer met cv en motivatie ») and English ("if available"). */
class DocumentsAskedBrieflyTest {
    private List<String> required(String text) {
        return RequiredDocuments.of(text);
    }

    @Test
    void dutchRespondWithACv() {
        assertThat(required("Projectmedewerker\n\nStichting Horizons\n\nTaken: workshops geven en de vrijwilligers begeleiden.\n\n"
                + "Reageer met cv en motivatie via vacatures@horizons.nl.\n")).containsExactlyInAnyOrder("cv", "cover_letter");
        // no CV needed: none asked
        assertThat(required("Monteur\n\nVan Dis\n\nTaken: storingen verhelpen bij klanten in de regio.\n\n"
                + "Geen cv nodig, reageer in 1 minuut via het formulier.\n")).isEmpty();
    }

    @Test
    void ifAvailableMakesTheDocumentOptional() {
        assertThat(required("Project Officer\n\nHorizons Foundation\n\nResponsibilities: run workshops for the volunteers of the "
                + "foundation and report on them.\n\nPlease submit your resume, cover letter, and, if available, a writing sample "
                + "to jobs@horizons.org.\n")).containsExactlyInAnyOrder("cv", "cover_letter");
    }

    @Test
    void theApplicationsFileNamedByItselfAsksItsDocuments() {
        String head = "Chargé de projet (H/F)\n\nL'association Horizons recrute un chargé de projet.\n\n";
        assertThat(required(head + "Dossier : CV, relevés de notes de master, lettre de recommandation, projet de recherche.\n"))
                .containsExactlyInAnyOrder("cv", "references", "other:relevés de notes de master", "other:projet de recherche");
        assertThat(required(head + "Composition du dossier : CV, lettre de motivation et copie du diplôme.\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter", "diploma");
        assertThat(required(head + "Le dossier devra contenir un CV et une lettre de motivation.\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter");
        assertThat(required(head + "Documents : CV et lettre de motivation.\n")).containsExactlyInAnyOrder("cv", "cover_letter");
        assertThat(required("Medewerker\n\nStichting Horizons\n\nJe cv en motivatie ontvangen we graag via rh@horizons.nl\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter");
        // a CV in a sentence about something else is still not asked
        assertThat(required(head + "Vous aiderez les bénévoles à rédiger leur CV.\n")).isEmpty();
    }

    @Test
    void englishAsksInAFewWords() {
        String head = "Project Officer\n\nHorizons Foundation is hiring a project officer.\n\n";
        assertThat(required(head + "To apply, please send your CV and a short motivation to jobs@horizons.org.\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter");
        assertThat(required(head + "Please email a CV and a brief note telling us why you are interested.\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter");
        // items parted by semicolons share the sentence that asks for them
        assertThat(required(head + "Your application must include: a motivation letter; a CV; copies of diplomas.\n"))
                .containsExactlyInAnyOrder("cover_letter", "cv", "diploma");
    }

    @Test
    void anExampleOfAProjectIsAPortfolio() {
        assertThat(required("Chargé de projet (H/F)\n\nL'association Horizons recrute.\n\nUn CV et une lettre de motivation, "
                + "ainsi qu'un exemple de projet réalisé, sont à envoyer à rh@horizons.fr.\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter", "portfolio");
    }

    @Test
    void writeToUsAndSayWhatMakesYouWantToJoinIsTheLetter() {
        assertThat(required("Actuaire junior\n\nAppenin\n\nMissions : la tarification des produits.\n\n"
                + "Ecrivez nous à candidatures@appenin.example et parlez nous de ce qui vous donne envie de nous rejoindre. "
                + "N'hésitez pas à y joindre un CV !\n")).containsExactly("cover_letter");
        // said without sending anything: no letter asked
        assertThat(required("Actuaire junior\n\nAppenin\n\nParlez-nous de ce qui vous plaît lors de l'entretien.\n")).isEmpty();
    }
}
