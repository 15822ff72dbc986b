package org.sillage.importing.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Zero-width spaces a PDF maker wrote in pairs for the spaces between words part the words; one alone stays. */
class ZeroWidthSpacesTest {
    @Test
    void a_pair_between_words_is_a_space() {
        assertThat(Texts.tidy("Tracking finance\u200B\u200Brelating\u200B\u200Bto taxes\u200B\u200B\u200B, and"))
                .isEqualTo("Tracking finance relating to taxes , and");
    }

    @Test
    void one_alone_or_beside_a_space_adds_none() {
        assertThat(Texts.tidy("TERM\u200B: November")).isEqualTo("TERM\u200B: November");
        assertThat(Texts.tidy("families.\u200B\u200B\nNext \u200B\u200Bline")).isEqualTo("families.\nNext line");
    }
}
