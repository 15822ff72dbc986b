package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A quoted front-matter value's escapes (« d\u2019emploi », « r\xE9inventer ») are read as their chars (rules 28). */
class EscapedFrontMatterTest {

    @Test
    void escapesAreReadAsTheirChars() {
        String text = "---\ntitle: \"D\\u00e9veloppeur d\\u2019applications web\"\ndate: 2010-05-31\n---\n\n"
                + "Horizons est une jeune entreprise innovante.\n";
        assertThat(new RuleExtractor().extract(text).title()).isEqualTo("Développeur d’applications web");
        assertThat(Clean.value("r\\xE9inventer le web")).isEqualTo("réinventer le web");
        // a backslash that escapes nothing stays
        assertThat(Clean.value("C:\\data")).isEqualTo("C:\\data");
    }
}
