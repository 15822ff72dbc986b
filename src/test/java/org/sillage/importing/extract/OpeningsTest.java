package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** {@link Openings#find} finds what a search of the region finds, match after match, on any text. */
class OpeningsTest {
    private static final Pattern WORDS = Pattern.compile("(?<![\\p{L}])(?:la|le|son) (?:site|agence)(?: de| a)?");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d{1,2} ?(?:e|er)\\b(?= a)?");

    private static List<String> searched(Pattern p, String s, int regionStart) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s).region(regionStart, s.length());
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> tried(Pattern p, String s, int regionStart, Openings.Opens opens) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        for (int from = regionStart; Openings.find(m, s, regionStart, from, opens); from = m.end()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static void same(String s, int regionStart) {
        int r = Math.min(regionStart, s.length());
        assertThat(tried(WORDS, s, r, Openings.wordStartOn("ls"))).as("words in «%s» from %d", s, r)
                .isEqualTo(searched(WORDS, s, r));
        assertThat(tried(NUMBER, s, r, Openings.NUMBER_START)).as("numbers in «%s» from %d", s, r)
                .isEqualTo(searched(NUMBER, s, r));
    }

    @Test
    void theEdges() {
        same("le site de Lille, la agence a Roubaix", 0);
        same("xle site", 0);
        same("xle site", 1); // (at the region's start, the letter before it is out of sight: a match)
        same("12e a Paris, 3 er", 0);
        same("a12e", 1);
        same("a12e", 2);
        assertThat(tried(WORDS, "xle site", 1, Openings.wordStartOn("ls"))).containsExactly("1:le site");
    }

    @Property(tries = 3000)
    void anyText(@ForAll @StringLength(max = 40) @Chars({' ', 'l', 'e', 'a', 's', 'i', 't', 'o', 'n', 'g', 'c', 'd', '1', '2',
        'r', 'x', 'é'}) String s, @ForAll @IntRange(max = 6) int regionStart) {
        same(s, regionStart);
    }
}
