package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sillage.domain.PostingFields;

/** E-mails, application URL and required subject. */
class ContactRulesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Envoyez votre candidature à jean.dupont@asso.fr avant la fin du mois.       | jean.dupont@asso.fr
            Candidatures : prenom.nom [at] org.fr                                         | prenom.nom@org.fr
            Send your application to jobs (at) example [dot] org                          | jobs@example.org
            Candidatures à Marie‐Claire.Durand@Ville‑Lille.FR                             | marie-claire.durand@ville-lille.fr
            Apply: [hr@example.com](mailto:hr@example.com)                                | hr@example.com
            Contact: Nicolas.Thiery at u-psud.fr                                          | nicolas.thiery@u-psud.fr
            """)
    void readsApplicationEmails(String text, String email) {
        assertThat(extractor.extract(text).applicationEmails()).containsExactly(email);
    }

    @Test
    void readsSeveralAddressesOfOneMailtoLink() {
        PostingFields f = extractor.extract("Applicants should send an email to [a@x.fr and b@x.fr](mailto:a@x.fr,b@x.fr)");
        assertThat(f.applicationEmails()).containsExactly("a@x.fr", "b@x.fr");
    }

    @Test
    void listsAddressesInCopyAlsoAsCc() {
        PostingFields f = extractor.extract(
                "Adresser toute candidature à chef@org.fr avec, en copie rh@org.fr, avant le 31 mai 2020");
        assertThat(f.applicationEmails()).containsExactly("chef@org.fr", "rh@org.fr");
        assertThat(f.ccEmails()).containsExactly("rh@org.fr");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Si tu as des questions avant de postuler, n'hésite pas à les poser à recrutement@org.fr !
            For requests of further information about the position, send an email to info@lab.no.
            Pour toute question relative à vos données personnelles : dpo@org.fr
            Interested candidates should send an email to Professor X (x.y@uni.ac.uk) for further information about the position.
            Contact us at example.com for anything.
            """)
    void leavesOutAddressesForQuestionsOnly(String text) {
        assertThat(extractor.extract(text).applicationEmails()).isEmpty();
    }

    @Test
    void keepsAnAddressForApplicationsAndQuestions() {
        assertThat(extractor.extract("Pour postuler ou pour toute question, écrivez à jobs@org.fr").applicationEmails())
                .containsExactly("jobs@org.fr");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Clique ici pour candidater -> [https://www.demarches-simplifiees.fr/commencer/x](https://www.demarches-simplifiees.fr/commencer/x) | https://www.demarches-simplifiees.fr/commencer/x
            Please apply through [the webpages](https://www.lab.no/jobs).                                                                      | https://www.lab.no/jobs
            Postulez via notre formulaire : https://forms.gle/abc123                                                                             | https://forms.gle/abc123
            """)
    void readsTheApplicationUrl(String text, String url) {
        assertThat(extractor.extract(text).applicationUrl()).isEqualTo(url);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Pour plus d'informations : www.essor-ong.org
            Voir conditions sur : http://www.france-volontaires.org/vsi
            Vous pouvez télécharger la fiche de poste : http://example.org/fiche.pdf
            The successful candidate will work on the project [OSSCAR](https://www.osscar.org) funded by the school.
            Envoyez votre candidature par mail à jobs@ong.org ou consultez www.ong-example.com
            Plus d'informations et modalités de candidature sur cette page : https://www.service-public.example/offre/42
            """)
    void leavesOutInformationPages(String text) {
        assertThat(extractor.extract(text).applicationUrl()).isNull();
    }

    @org.junit.jupiter.api.Test
    void aButtonsLabelAboveItsLinkSaysWhatTheLinkIsFor() {
        assertThat(extractor.extract("Service civique\n\nParticiper à la vie de l'association.\n\nJe postule !\n\n"
                + "https://www.service-civique.gouv.fr/trouver-ma-mission/mission-42\n").applicationUrl())
                .isEqualTo("https://www.service-civique.gouv.fr/trouver-ma-mission/mission-42");
        // a whole sentence ending with « ! » above a link is no label of it
        assertThat(extractor.extract("Service civique\n\nRejoignez une équipe formidable pour postuler à l'aventure !\n\n"
                + "https://www.asso.example/qui-sommes-nous\n").applicationUrl()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            More information and the application link can be found [here](https://emploi.cnrs.fr/Offres/CDD/X-003/Default.aspx). | https://emploi.cnrs.fr/Offres/CDD/X-003/Default.aspx
            More details, requirements and instructions on how to apply can be found at <https://www.psi.ch/en/jobs/60368>.        | https://www.psi.ch/en/jobs/60368
            """)
    void anApplyLinkBesideAnInformationPhraseIsStillTheApplyLink(String text, String url) {
        assertThat(extractor.extract(text).applicationUrl()).isEqualTo(url);
    }

    @Test
    void readsALinkAloneOnItsLineUnderItsApplyLabel() {
        assertThat(extractor.extract("""
                Two postdoc positions

                Candidates must apply through CNRS:
                https://emploi.cnrs.fr/Offres/CDD/UMR1-003/Default.aspx
                """).applicationUrl()).isEqualTo("https://emploi.cnrs.fr/Offres/CDD/UMR1-003/Default.aspx");
        assertThat(extractor.extract("""
                Senior System Administrator

                Apply online
                https://jobs.example.gov/Home/JobDetails?rtfId=1
                """).applicationUrl()).isEqualTo("https://jobs.example.gov/Home/JobDetails?rtfId=1");
    }

    @Test
    void readsTheApplyLinkOfTheFrontMatter() {
        assertThat(extractor.extract("""
                ---
                title: Animateur·trice
                emploi_url: https://docs.google.com/forms/d/19OKA/viewform
                ---

                Rejoignez notre équipe d'animation.
                """).applicationUrl()).isEqualTo("https://docs.google.com/forms/d/19OKA/viewform");
        assertThat(extractor.extract("""
                +++
                title = "Research Analyst"
                link = "https://bisc.bamboohr.com/careers/33"
                +++

                Join our research team.
                """).applicationUrl()).isEqualTo("https://bisc.bamboohr.com/careers/33");
        // a front-matter link to the organisation's own page is not a way to apply
        assertThat(extractor.extract("""
                +++
                title = "Program Assistant"
                link = "https://www.globaldoctors.example.org"
                +++

                Join our team.
                """).applicationUrl()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'Candidatures par courriel intitulé « Coordination Maroc – Nom + Prénom » à x@y.org'               | Coordination Maroc – Nom + Prénom
            'Lettre de motivation + CV, sous référence ESSOR – ALTERNANCE CHARGE.E DE MISSION ECSI à adresser par mail' | ESSOR – ALTERNANCE CHARGE.E DE MISSION ECSI
            'Envoyez-nous un courriel et indiquez « Chef de la conception » dans la ligne d’objet.'             | Chef de la conception
            'Email us with "Head of Outreach" in the subject line.'                                            | Head of Outreach
            '(merci de préciser [Candidature Loc@docs] dans le sujet)'                                          | [Candidature Loc@docs]
            'Objet : Candidature stage RH 2024'                                                                | Candidature stage RH 2024
            'Please send an email with the subject line "Application Postdoc - DarTwin" to x@uni.be.'          | Application Postdoc - DarTwin
            """)
    void readsTheRequiredSubject(String text, String subject) {
        assertThat(extractor.extract(text).applicationSubject()).isEqualTo(subject);
    }

    @Test
    void aReferenceQuotedOverAWrappedLineIsTheSubject() {
        assertThat(extractor.extract("PhD position\n\nPlease send applications to lab@example.nl with the reference 'Application\n"
                + "PhD'. Attach a motivation letter (max one page) on why you would like to join our group.\n"
                + "Also attach a CV.\n").applicationSubject()).isEqualTo("Application PhD");
    }

    @Test
    void thePurposeOfAnAssociationIsNotASubject() {
        assertThat(extractor.extract("""
                Animateur·trice

                Des ateliers sur la citoyenneté, en adéquation avec l'objet de l'association ainsi que du système politique.
                Envoyez votre CV à jobs@asso.be.
                """).applicationSubject()).isNull();
    }

    @Test
    void readsThePostalAddressOverSeveralLines() {
        PostingFields f = extractor.extract("""
                · Les candidatures doivent être envoyées à l’adresse suivante :
                M. Rudy Demotte
                Agence de l’Eurométropole
                Doorniksestraat 63
                BE-8500 Kortrijk
                · Une copie doit obligatoirement être envoyée par mail au directeur : loic@euro.eu
                """);
        assertThat(f.postalAddress()).isEqualTo("M. Rudy Demotte, Agence de l'Eurométropole, Doorniksestraat 63, BE-8500 Kortrijk");
        assertThat(f.ccEmails()).containsExactly("loic@euro.eu");
    }

    @Test
    void readsThePostalAddressOnOneLine() {
        PostingFields f = extractor.extract(
                "Envoyez CV et lettre par mail à : contact@guidoline.com ou par courrier à l'adresse suivante : _Guidoline 36-38 rue Molière, 76000 Rouen_");
        assertThat(f.postalAddress()).isEqualTo("Guidoline 36-38 rue Molière, 76000 Rouen");
    }

    @Test
    void anEmailAddressIsNoPostalAddress() {
        assertThat(extractor.extract("Envoyez-nous votre candidature à l'adresse suivante : rh@org.fr (Paris 75001 Paris)")
                .postalAddress()).isNull();
    }

    @Test
    void evidenceOfEveryEmailPointsAtIt() {
        String text = "Ofﬁce\u00A0: Lille\nEnvoyez votre CV à  rh@org.fr";
        PostingFields f = extractor.extract(text);
        var ev = f.evidence().get("application_emails");
        assertThat(ev).hasSize(1);
        assertThat(text.substring(ev.get(0).start(), ev.get(0).end())).isEqualTo("rh@org.fr");
        assertThat(List.of(f.applicationEmails().get(0))).containsExactly("rh@org.fr");
    }
}
