package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * « cf. », "Prof.", « Mme » and the like end no sentence (rules 27): the documents after « (cf. modèle annexé) » are
 * still in the sentence that asks for them; and "Applications as well as informal inquiries … to Prof. X (x@y)" sends
 * the applications there.
 */
class AbbreviationsInSentencesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private List<String> required(String text) {
        return RequiredDocuments.of(text);
    }

    @Test
    void aReferenceToAFormEndsNoSentence() {
        assertThat(required("Chercheur contractuel\n\nÉcole Horizons\n\nLe dossier sera ainsi composé : a) une demande "
                + "d'admission (cf. modèle annexé) ; b) un curriculum vitae ; c) une copie des diplômes.\n"))
                .contains("cv", "diploma");
    }

    @Test
    void applicationsAndInquiriesToTheSameAddressAreApplications() {
        var fields = extractor.extract("Postdoctoral researcher in metaphysics\n\nUniversity of Horizons\n\nPlease send a CV "
                + "and a writing sample in a single PDF document.\n\nApplications as well as informal inquiries should be "
                + "directed by e-mail only to Prof. Sam Weber (sam.weber@horizons.edu).\n");
        assertThat(fields.applicationEmails()).containsExactly("sam.weber@horizons.edu");
        // an inquiry alone is no application
        var info = extractor.extract("Postdoctoral researcher in metaphysics\n\nUniversity of Horizons\n\nApply through the "
                + "online form.\n\nInformal inquiries should be directed to Prof. Sam Weber (sam.weber@horizons.edu).\n");
        assertThat(info.applicationEmails()).isEmpty();
    }
}
