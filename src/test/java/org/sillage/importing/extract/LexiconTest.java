package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The lexicon finds every occurrence of its keywords, ascending, wherever they stand: a long text is walked in
 * quarters, so a keyword astride two quarters must be found once, by one of them.
 */
class LexiconTest {
    private static final List<String> KEYWORDS = List.of("stage", "stagiaire", "contrat", "contrat de travail", "cdd",
            "date limite", "candidature", "recrute");
    private final Lexicon lexicon = new Lexicon(KEYWORDS);

    @Property(tries = 200)
    void findsWhatASearchFinds(@ForAll("keywordText") String text) {
        Lexicon.Hits hits = lexicon.scan(text);
        for (String k : KEYWORDS) {
            assertThat(hits.of(k)).as(k).containsExactly(searched(text, k));
        }
    }

    @Test
    void keywordsAstrideEveryQuarterOfALongTextAreFoundOnce() {
        int n = 4000; // quarters start at 1000, 2000 and 3000
        for (String k : List.of("contrat de travail", "cdd")) {
            for (int before = -12; before <= 20; before++) {
                StringBuilder b = new StringBuilder("x".repeat(n));
                for (int quarter = 1; quarter < 4; quarter++) {
                    int start = quarter * (n / 4) - before;
                    b.replace(start, start + k.length(), k);
                }
                Lexicon.Hits hits = lexicon.scan(b.toString());

                assertThat(hits.of(k)).as(k + " " + before).containsExactly(1000 - before, 2000 - before, 3000 - before);
            }
        }
    }

    private static int[] searched(String text, String k) {
        List<Integer> found = new ArrayList<>();
        for (int i = text.indexOf(k); i >= 0 && found.size() < Lexicon.MAX_OCCURRENCES; i = text.indexOf(k, i + 1)) {
            found.add(i);
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    @Provide
    Arbitrary<String> keywordText() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(KEYWORDS),
                Arbitraries.of(" ", "  ", "\n", "stag", "contra", "date ", "de ", "x", "é"),
                Arbitraries.strings().withChars("abcdeinrstu ").ofMaxLength(30));
        return piece.list().ofMaxSize(400).map(l -> String.join("", l));
    }
}
