package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A page titled « Nous rejoindre » names a part of a site, not the job (rules 28).
 */
class JoinUsPageTitleTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aJoinUsPageIsNoTitle() {
        assertThat(extractor.extract("+++\ntitle = \"Nous rejoindre\"\n+++\n\n# Aspirant architecte logiciel\n\n"
                + "La transformation numérique s'accélère. Produire de la qualité est le défi que nous avons choisi de relever.\n")
                .title()).isEqualTo("Aspirant architecte logiciel");
    }
}
