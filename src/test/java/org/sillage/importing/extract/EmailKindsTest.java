package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Addresses written in shorthand. */
class EmailKindsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void theClauseJustBeforeAnAddressSaysItIsForQuestions() {
        assertThat(extractor.extract("Data analyst\n\nApplications to jobs@example.org, questions to info@example.org.\n")
                .applicationEmails()).containsExactly("jobs@example.org");
        assertThat(extractor.extract("Data analyst\n\nSend your CV and cover letter to jobs@example.org, cc hr@example.org.\n")
                .applicationEmails()).containsExactly("jobs@example.org", "hr@example.org");
    }

    @Test
    void anAddressForHelpWithADisabilityReceivesNoApplication() {
        assertThat(extractor.extract("""
                Stage développeur

                Postulez sur notre site. Si vous souhaitez postuler et avez besoin de mesures d'adaptation pour remplir
                votre candidature, écrivez à aide@example.com.
                """).applicationEmails()).isEmpty();
        assertThat(extractor.extract("""
                Quality manager

                Send your CV to jobs@example.org. If you require reasonable adjustments to submit your application,
                please contact access@example.org.
                """).applicationEmails()).containsExactly("jobs@example.org");
        assertThat(extractor.extract("""
                Quality manager

                Send your CV to jobs@example.org; tell us in your application if you need adjustments at interview.
                """).applicationEmails()).containsExactly("jobs@example.org");
    }

    @Test
    void aLongSentenceAboutApplyingKeepsItsAddressEvenWhenTheSameAddressTakesQuestions() {
        assertThat(extractor.extract("""
                Research Software Engineer

                How to Apply:

                In order to apply, please send a cover letter, one page resume (ideally with links to previous pull requests or other contributions to open source projects), and a list of 2-3 names and contact information for people who have agreed to serve as a reference to Ana Lima at ana.lima@example.org with the subject line "Research Software engineer".
                For questions about this position, please contact Ana Lima at ana.lima@example.org .
                """).applicationEmails()).containsExactly("ana.lima@example.org");
    }

    @Test
    void namesInBracesShareTheDomain() {
        assertThat(extractor.extract("Send your CV and a cover letter to {ana.lima,tom.berg}@ecology.example.org by June 1.")
                .applicationEmails()).containsExactly("ana.lima@ecology.example.org", "tom.berg@ecology.example.org");
    }

    @Test
    void bracketedAtAndDotInTheNameAndTheDomain() {
        // « ¡dot¿ » is how LaTeX's old font encoding prints "<dot>" in a PDF
        assertThat(extractor.extract("Applicants are required to send the following documents to "
                + "peter\u00a1dot\u00bfbrown\u00a1at\u00bftelecom-paris\u00a1dot\u00bffr\n\n• Your CV\n")
                .applicationEmails()).containsExactly("peter.brown@telecom-paris.fr");
        assertThat(extractor.extract("Students interested are encouraged to contact any of the supervisors. Email addresses:\n"
                + "jd.bancal[[at]]gmail.com\n\npeter.brown[[at]]telecom-paris.fr\n\nmirjam.weil[[at]]oeaw.ac.at\n")
                .applicationEmails()).containsExactly("jd.bancal@gmail.com", "peter.brown@telecom-paris.fr", "mirjam.weil@oeaw.ac.at");
        assertThat(extractor.extract("Envoyez votre CV à anne.roy[at]univ-lille[[dot]]fr avant le 3 mars.\n")
                .applicationEmails()).containsExactly("anne.roy@univ-lille.fr");
        assertThat(extractor.extract("To apply, send your resume to jobs<at>riverside<dot>org.\n")
                .applicationEmails()).containsExactly("jobs@riverside.org");
        assertThat(extractor.extract("To apply, send your resume to anne <dot> roy <at> riverside <dot> org.\n")
                .applicationEmails()).containsExactly("anne.roy@riverside.org");
    }

    @Test
    void bracesThatAreNotNamesGiveNoAddress() {
        assertThat(extractor.extract("Envoyez votre CV à {le responsable du recrutement}@asso.example.fr.")
                .applicationEmails()).isEmpty();
    }

    @Test
    void aContactForInformalDiscussionsIsNoApplicationAddress() {
        assertThat(extractor.extract("Research Associate\n\nFor informal discussions about the position, please contact "
                + "Dr. Ana Lima, ana.lima@lab.example.ac.uk.\n\nApply through the university's careers site.")
                .applicationEmails()).isEmpty();
        // "Applicants are requested to send by email a CV … Please send enquiries to x@lab.fr": the only addresses
        // given, where the e-mail goes
        assertThat(extractor.extract("Postdoc in optics\n\nApplicants are requested to send by email a CV and a list of "
                + "publications.\n\nPlease send enquiries to ana.lima@lab.example.fr and tom.berg@lab.example.fr.\n")
                .applicationEmails()).containsExactly("ana.lima@lab.example.fr", "tom.berg@lab.example.fr");
    }

    @Test
    void aFrontMatterContactIsNoApplicationAddress() {
        assertThat(extractor.extract("""
                ---
                role: Chargé·e de projets
                contact: claire.martin@agence.example.fr
                ---

                Vous rejoindrez une équipe de six personnes.
                """).applicationEmails()).isEmpty();
    }
}
