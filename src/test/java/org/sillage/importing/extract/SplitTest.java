package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntPredicate;
import java.util.regex.Pattern;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

/** {@link Split} gives what the patterns it stands for give, on any text. */
class SplitTest {
    private static void same(String s) {
        check(s, "\\s+", Split.SPACE);
        check(s, "[\\s,;:]+", Split.SPACE_OR_PUNCTUATION);
        check(s, "[^\\p{L}\\d]+", Split.NOT_LETTER_OR_DIGIT);
    }

    private static void check(String s, String regex, IntPredicate separator) {
        String[] pieces = Pattern.compile(regex).split(s);
        assertThat(Split.at(s, separator)).as("%s on «%s»", regex, s).containsExactly(pieces);
        assertThat(Split.count(s, separator)).as("count of %s on «%s»", regex, s).isEqualTo(pieces.length);
        assertThat(Split.last(s, separator)).as("last of %s on «%s»", regex, s)
            .isEqualTo(pieces.length == 0 ? null : pieces[pieces.length - 1]);
    }

    @Test
    void theEdgesAsPatternSplitHasThem() {
        for (String s : new String[] {"", " ", "   ", "a", " a", "a ", "  a  b  ", "a, b; c: d", ",a,,b,", "l'été 2024",
            "Ville de Lille\n\tService", "\u00A0a\u00A0b", "𝐀𝐁 x", "a\u000Bb\fc\rd", "12-14 rue"}) {
            same(s);
        }
    }

    @Property(tries = 2000)
    void anyText(@ForAll @StringLength(max = 40) @Chars({' ', '\t', '\n', ',', ';', ':', 'a', 'é', 'Z', '1', '-', '\'',
        '\u00A0', '\u2019'}) String s) {
        same(s);
    }
}
