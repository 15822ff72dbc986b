package org.sillage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Marks made on a text found again in the same words set with other whitespace (a newer reader's line breaks). */
class TextStructureRebaseTest {

    @Test
    void marksAreFoundAgainInTheSameWordsOtherwiseSpaced() {
        String newer = "Stage de master\nen hydrologie\nMerci d'envoyer votre CV et\nd'une lettre.";
        String older = "Stage de master\n\nen hydrologie\n\nMerci d'envoyer votre CV et\n\nd'une lettre.";
        TextStructure s = new TextStructure.Builder()
                .block(TextStructure.Kind.TITLE, 0, "Stage de master en hydrologie")
                .metaTitle("Stage")
                .build(newer);
        TextStructure rebased = s.rebase(newer, older);
        var title = rebased.of(TextStructure.Kind.TITLE).get(0);
        assertThat(older.substring(title.start(), title.end())).isEqualTo("Stage de master\n\nen hydrologie");
        assertThat(rebased.of(TextStructure.Kind.META_TITLE)).hasSize(1);
    }

    @Test
    void aMarkWhoseWordsAreGoneIsDropped() {
        String newer = "Ingénieur logiciel\nà Lille";
        TextStructure s = new TextStructure.Builder().block(TextStructure.Kind.HEADING, 2, "Ingénieur logiciel").build(newer);
        assertThat(s.rebase(newer, "Autre texte entièrement").marks()).isEmpty();
    }
}
