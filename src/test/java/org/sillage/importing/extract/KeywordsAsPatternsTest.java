package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * {@link Keywords}' hand-written tests give what the patterns they stand for give: {@link Keywords#wordBoundary}
 * holds where {@code \b} holds, the text seen whole; {@link Keywords#asciiAlnum} removes what {@code [^a-z0-9]} matches.
 */
class KeywordsAsPatternsTest {
    private static final Pattern BOUNDARY = Pattern.compile("\\b");

    private static void same(String s) {
        for (int i = 0; i <= s.length(); i++) {
            boolean pattern = BOUNDARY.matcher(s).region(i, s.length()).useTransparentBounds(true).lookingAt();
            assertThat(Keywords.wordBoundary(s, i)).as("at %d in «%s»", i, s).isEqualTo(pattern);
        }
    }

    @Test
    void theEdges() {
        for (String s : new String[] {"", "a", " ", "cdd ou cdi", "d'apprentissage", "_x_", "l'été", "12/2024", "stage/"}) {
            same(s);
        }
        assertThat(Keywords.wordBoundary("cdd ou", 3)).isTrue();
        assertThat(Keywords.wordBoundary("cdds", 3)).isFalse();
    }

    @Property(tries = 2000)
    void asciiAlnumAsThePattern(@ForAll @StringLength(max = 30) @Chars({' ', 'a', 'z', 'é', 'Z', '0', '9', '_', '-', '\uD835',
        '\uDC00'}) String s) {
        assertThat(Keywords.asciiAlnum(s)).isEqualTo(Pattern.compile("[^a-z0-9]").matcher(s).replaceAll(""));
    }

    @Property(tries = 2000)
    void anyText(@ForAll @StringLength(max = 30) @Chars({' ', 'a', 'é', 'Z', '1', '_', '\'', '/', '-', '.'}) String s) {
        same(s);
    }
}
