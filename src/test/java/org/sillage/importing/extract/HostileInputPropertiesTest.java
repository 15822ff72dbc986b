package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.sillage.domain.Evidence;
import org.sillage.domain.PostingFields;

/** The extractor never throws, keeps its evidence inside the text and stays fast on random and hostile text. */
class HostileInputPropertiesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Property(tries = 300)
    void neverThrowsOnAnyText(@ForAll @StringLength(max = 3000) String text) {
        PostingFields f = extractor.extract(text);
        assertEvidenceInside(f, text);
    }

    @Property(tries = 200)
    void neverThrowsOnPostingLikeNoise(@ForAll("postingNoise") String text) {
        PostingFields f = extractor.extract(text);
        assertEvidenceInside(f, text);
    }

    @Property(tries = 25)
    void finishesQuicklyOnHundredThousandCharLines(@ForAll("hostileLines") String text) {
        long start = System.nanoTime();
        PostingFields f = extractor.extract(text);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isLessThan(Duration.ofSeconds(2));
        assertEvidenceInside(f, text);
    }

    @Provide
    Arbitrary<String> postingNoise() {
        Arbitrary<String> pieces = Arbitraries.of("jusqu'au ", "avant le ", "date limite : ", "deadline ", "15/03/2024",
                "31 février ", "12h00", " à minuit", "@", "[at]", "«", "»", "\"", "**", "#", "\n", "\n\n", " ", "---\n",
                "title: ", "CV", "lettre de motivation", "https://", "www.", "recrute", "(SNC)", "75001 Paris",
                "ans d'expérience", "9999999999", "\u00A0", "\u202F", "ﬂ", "’", "•", "- ", "(", ")", "Ville de Lille",
                "{\"@type\": \"JobPosting\", \"validThrough\": \"", "uiterlijk op ", "Posted on 99-99-9999", "\uD83D\uDCA1");
        return pieces.list().ofMaxSize(300).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> hostileLines() {
        Arbitrary<String> unit = Arbitraries.of("1", " ", "@", "«", "a", "9 ", "jusqu'au ", "avant le 1", "-", "/", "(",
                "date limite ", "é", "**", "x@y.fr ", "CDI ", "exp ", " a B", "12345 ");
        return unit.flatMap(u -> Arbitraries.integers().between(1, 3).map(k -> {
            StringBuilder b = new StringBuilder(100_000);
            while (b.length() < 100_000) {
                b.append(u);
                if (k == 2) {
                    b.append('1');
                }
            }
            return k == 3 ? b.toString().replace(' ', '\n') : b.toString();
        }));
    }

    private static void assertEvidenceInside(PostingFields f, String text) {
        for (Map.Entry<String, List<Evidence>> e : f.evidence().entrySet()) {
            for (Evidence ev : e.getValue()) {
                assertThat(ev.start()).isBetween(0, text.length());
                assertThat(ev.end()).isBetween(ev.start(), text.length());
            }
        }
    }
}
